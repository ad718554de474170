package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// TestScreenListsAndTablesStayTogether checks the reader draws a list's
// items and a table's rows on consecutive lines, with the blank line only
// between them and the prose around them.
func TestScreenListsAndTablesStayTogether(t *testing.T) {
	md := "---\ntitle: Ten ports ranked\n---\n\nThe ranking counts containers.\n\n" +
		"1. Rotterdam\n2. Antwerp\n3. Hamburg\n\n| Port | Rank |\n|---|---|\n| Rotterdam | 1 |\n| Antwerp | 2 |\n\n" +
		"A closing paragraph of prose follows the table here.\n"
	b, err := briefing.Import("ports.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
	s := startScreen(t, m, 80, 24)
	txt := s.waitText("3. Hamburg", "Antwerp   │ 2")
	lines := strings.Split(txt, "\n")
	row := func(sub string) int {
		for i, l := range lines {
			if strings.Contains(l, sub) {
				return i
			}
		}
		t.Fatalf("no %q on the screen:\n%s", sub, txt)
		return -1
	}
	if a, b, c := row("1. Rotterdam"), row("2. Antwerp"), row("3. Hamburg"); b != a+1 || c != b+1 {
		t.Errorf("list items on lines %d, %d, %d, want consecutive:\n%s", a, b, c, txt)
	}
	if a, b := row("Rotterdam │ 1"), row("Antwerp   │ 2"); b != a+1 {
		t.Errorf("table rows on lines %d and %d, want consecutive:\n%s", a, b, txt)
	}
	if p, l := row("The ranking counts"), row("1. Rotterdam"); l != p+2 {
		t.Errorf("prose on line %d and the list on line %d, want one blank line between:\n%s", p, l, txt)
	}
	s.quit()
}
