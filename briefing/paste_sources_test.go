package briefing

import (
	"strings"
	"testing"
)

// TestPastedSources measures the source read from the tuned select-all
// pastes of the readability pages whose metadata names their site: a
// source is right when one of it and the site's name holds the other
// (letters and digits only, in lower case: "Le Monde" and "Le Monde.fr").
// A wrong source is worse than none: the test fails above the ceiling of
// wrong ones.
func TestPastedSources(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	squash := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	var pages, right, wrong, none int
	for _, c := range pasteCases(t) {
		if c.heldOut || c.site == "" {
			continue
		}
		pages++
		b, err := Import(c.name+".txt", []byte(c.whole))
		if err != nil {
			t.Fatal(err)
		}
		got, want := squash(b.Source), squash(c.site)
		switch {
		case got == "":
			none++
		case strings.Contains(got, want) || strings.Contains(want, got):
			right++
		default:
			wrong++
			t.Logf("%s: source %q, the site is %q", c.name, b.Source, c.site)
		}
	}
	t.Logf("tuned select-all pastes naming their site: %d pages, source right %d, wrong %d, none %d", pages, right, wrong, none)
	if wrong > maxWrongSources {
		t.Errorf("%d wrong sources, above the ceiling of %d", wrong, maxWrongSources)
	}
}

// maxWrongSources is the most wrong sources TestPastedSources allows.
const maxWrongSources = 2

// TestMastheadNamesTheSource checks that the site's name a page pasted
// whole opens with, over its menu, is the source when the page says it
// again as its own (its copyright line, its publisher's there, a credit
// "for" it) or it is a paper's name ("The …"), and not otherwise: a page's
// first line is more often the first item of its menu.
func TestMastheadNamesTheSource(t *testing.T) {
	body := "Ferry fares to rise by a fifth in the spring\n\nBy Jane Roe\n\n" +
		"The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n\n" +
		"Passengers who travel daily will be offered a cheaper monthly pass, which the board expects most commuters to take up.\n\n"
	menu := "News\nSport\nBusiness\nCulture\nOpinion\n\n"
	tests := []struct {
		name, page, want string
	}{
		{"copyright", "Harbour Herald\n" + menu + body + "© 2026 Harbour Herald. All rights reserved.\n", "Harbour Herald"},
		{"credit", "The Harbour Herald\n" + menu + body + "A ferry leaves the quay. Photograph: Sam Lee for The Harbour Herald\n", "The Harbour Herald"},
		{"menu item", "Design\n" + menu + body + "© 2026 Harbour Media Group. All rights reserved.\n", ""},
		{"unsaid", "Harbour Herald\n" + menu + body, ""},
		{"a paper's name", "The Harbour Herald\n" + menu + body, "The Harbour Herald"},
		{"publisher", "Harbour Daily\n" + menu + body + "© 2026 Harbour Media, LLC. All Rights Reserved\n", "Harbour Daily"},
		{"another publisher", "Quayside Daily\n" + menu + body + "© 2026 Harbour Media, LLC. All Rights Reserved\n", ""},
		{"a section's name", "The Big Read\n" + menu + body, ""},
		{"a menu's item", "Harbour Life\n" + menu + body + "© 2026 Harbour Media Group. All rights reserved.\n", ""},
	}
	for _, tt := range tests {
		b, err := Import(tt.name+".txt", []byte(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Source != tt.want || b.Title != "Ferry fares to rise by a fifth in the spring" {
			t.Errorf("%s: source %q, title %q; want source %q", tt.name, b.Source, b.Title, tt.want)
		}
	}
}
