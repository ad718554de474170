package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// TestScreenPeopleWithoutARoleTakeOneRow opens the people index of a
// library where every other person is quoted without a role, at 80x24 and
// 60x12: a person without a role takes one row, their name, with the next
// person straight under it (no blank row left for a role), and going to the
// last person with G still shows them selected.
func TestScreenPeopleWithoutARoleTakeOneRow(t *testing.T) {
	names := []string{"Ana Ruiz", "Bo Li", "Carla Mendes", "Dan Okoro", "Eva Nowak", "Femi Bello", "Gus Hart", "Hana Sato", "Ivo Petrov", "Jo Kim"}
	var quotes []briefing.Quote
	for i, n := range names {
		role := ""
		if i%2 == 0 {
			role = "minister of " + strings.Fields(n)[1]
		}
		// More quotes for the earlier names, so the index lists them in order.
		for range len(names) - i {
			quotes = append(quotes, briefing.Quote{Speaker: n, Role: role, Text: "words of " + n})
		}
	}
	bs := []*briefing.Briefing{{Name: "voices", Title: "Many voices", Quotes: quotes}, {Name: "quiet", Title: "Quiet"}}
	for _, size := range [][2]int{{80, 24}, {60, 12}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings(bs)}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("Library")
			s.typeKeys("P")
			txt := s.waitText("People", "10 people")
			rows := strings.Split(txt, "\n")
			for i, n := range names {
				y := -1
				for r, row := range rows {
					if strings.Contains(row, n) {
						y = r
					}
				}
				if y < 0 || y+1 >= len(rows)-1 {
					continue // off screen, or the last row above the footer
				}
				under := strings.TrimSpace(strings.TrimPrefix(rows[y+1], "▌"))
				if i%2 == 1 && i+1 < len(names) && !strings.Contains(under, names[i+1]) {
					t.Errorf("%s has no role, yet the row under them is %q, not %s:\n%s", n, under, names[i+1], txt)
				}
				if i%2 == 0 && !strings.Contains(under, "minister of") {
					t.Errorf("%s's role is not under their name (%q):\n%s", n, under, txt)
				}
			}
			s.typeKeys("G")
			s.waitFor("the last person selected and in view", func(txt string) bool {
				return selectedRowHas(txt, "Jo Kim")
			})
			s.typeKeys("g")
			s.waitFor("the first person selected and in view", func(txt string) bool {
				return selectedRowHas(txt, "Ana Ruiz") && selectedRowHas(txt, "minister of Ruiz")
			})
		})
	}
}
