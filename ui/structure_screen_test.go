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

// TestScreenListItemsHangUnderTheirText draws bullet, numbered and nested
// items that wrap: every line after an item's first starts under its text,
// not under its marker (a hanging indent), and a search still paints a
// word on those lines.
func TestScreenListItemsHangUnderTheirText(t *testing.T) {
	md := "---\ntitle: Items that wrap\n---\n\nA paragraph before the list.\n\n" +
		"- He would defend the decisions of his government against critics following protests in Kenya and elsewhere in the region this year.\n" +
		"  - A nested item that is long enough to wrap on a narrow screen, and then some more words.\n\n" +
		"9. A numbered item which is long enough to wrap across more than one line at this width.\n" +
		"10. The tenth item, which is also long enough to wrap across more than one line here.\n"
	b, err := briefing.Import("items.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{60, 24}, {100, 30}} {
		w, h := size[0], size[1]
		t.Run(itoa(w), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			pal := m.c.pal
			s := startScreen(t, m, w, h)
			txt := s.waitText("A paragraph before", "The tenth item")
			lines := strings.Split(txt, "\n")
			for _, first := range []string{"He would defend", "A nested item", "A numbered item", "The tenth item"} {
				y := -1
				for i, l := range lines {
					if strings.Contains(l, first) {
						y = i
					}
				}
				if y < 0 || y+1 >= len(lines) {
					t.Fatalf("no %q on screen:\n%s", first, txt)
				}
				col := len([]rune(lines[y][:strings.Index(lines[y], first)]))
				next := []rune(lines[y+1])
				indent := len(next) - len([]rune(strings.TrimLeft(string(next), " ")))
				if indent != col {
					t.Errorf("%q: its second line starts at column %d, its text at %d:\n%s\n%s", first, indent, col, lines[y], lines[y+1])
				}
			}
			s.typeKeys("/kenya\r")
			s.waitText("1/1 match")
			s.waitFor("the match painted", func(string) bool {
				x, y := s.find("Kenya")
				return x >= 0 && sameColor(s.bg(x, y), pal.Selected)
			})
		})
	}
}

// TestScreenLinkTargetsStayWhole shows a link's target after its text as
// Glamour does: one that fits a line is never broken at its hyphens, a
// longer one is cut with an ellipsis on one line, and the hyperlink still
// goes to the whole address.
func TestScreenLinkTargetsStayWhole(t *testing.T) {
	short := "https://ex.org/new-zealand-beached-whales"
	long := "https://www.radionz.co.nz/news/national/377272/new-zealand-beached-whales-why-are-so-many-getting-stranded"
	md := "---\ntitle: Links\n---\n\nClimate change is to blame too, scientists [think](" + long + "), with warming oceans.\n\n" +
		"Experts on the coast [say](" + short + ") the beachings come in waves, and more.\n"
	b, err := briefing.Import("links.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{60, 24}, {100, 30}} {
		w, h := size[0], size[1]
		t.Run(itoa(w), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("scientists", "the beachings")
			lines := strings.Split(txt, "\n")
			found := 0
			for i, l := range lines {
				switch {
				case strings.Contains(l, "https://www.radionz"):
					found++
					if !strings.Contains(l, "…") {
						t.Errorf("the long target is not cut with an ellipsis on its line: %q", l)
					}
					if i+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i+1]), "zealand") {
						t.Errorf("the long target goes on on the next line:\n%s\n%s", l, lines[i+1])
					}
				case strings.Contains(l, "https://ex.org/"):
					found++
					if !strings.Contains(strings.ReplaceAll(l, "\u2011", "-"), short) {
						t.Errorf("a target that fits a line is broken: %q", l)
					}
				}
			}
			if found != 2 {
				t.Errorf("%d targets on screen, want 2:\n%s", found, txt)
			}
		})
	}
	sec := renderChunk(b, 0, 0, 56, "dark", 1)
	all := ""
	for _, p := range sec.paras {
		all += strings.Join(p.lines, "\n")
	}
	for _, href := range []string{long, short} {
		if !strings.Contains(all, ";"+href+"\a") {
			t.Errorf("no hyperlink to %s in:\n%q", href, all)
		}
	}
}
