package ui

import (
	"fmt"
	"strings"
	"testing"

	"brief/briefing"
	"brief/content"
	"brief/library"
)

func TestPeopleIndexCountsAcrossBriefings(t *testing.T) {
	q := func(speaker, text string) briefing.Quote {
		return briefing.Quote{Speaker: speaker, Role: "minister", Text: text}
	}
	one := &briefing.Briefing{Title: "One", Quotes: []briefing.Quote{q("Ana Ruiz", "a"), q("the document", "b"), q("Ana Ruiz", "c")}}
	two := &briefing.Briefing{Title: "Two", Quotes: []briefing.Quote{q("ANA RUIZ", "d"), {Speaker: "Ana Ruiz", Text: "term", Partial: true}, q("Bo Li", "e")}}
	people := peopleIndex([]library.Entry{{ID: "1", Briefing: one}, {ID: "2", Briefing: two}})
	if len(people) != 2 || people[0].name != "Ana Ruiz" || len(people[0].quotes) != 3 || people[0].briefings != 2 {
		t.Fatalf("people %+v, want Ana Ruiz with 3 quotes in 2 briefings first, then Bo Li", people)
	}
}

func TestScreenPeopleIndexOpensABriefingAtTheQuote(t *testing.T) {
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{120, 40}, {80, 24}, {40, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings(bs)}).(*model)
			s := startScreen(t, m, size[0], size[1])
			s.waitText("Library")
			s.typeKeys("P")
			s.waitText("People", "8 people")
			// Valeria Yashchenko is the third most quoted.
			s.typeKeys("jj")
			txt := s.waitFor("Valeria Yashchenko selected", func(txt string) bool {
				for _, l := range strings.Split(txt, "\n") {
					if strings.Contains(l, "▌") && strings.Contains(l, "Yashchenko") {
						return true
					}
				}
				return false
			})
			if size[0] >= 80 && !strings.Contains(txt, "3 quotes in 1 briefing") {
				t.Errorf("no count of her quotes:\n%s", txt)
			}
			s.typeKeys("\r")
			s.waitText("Valeria Yashchenko", "1/3 quotes", "Russia and China")
			s.typeKeys("j\r") // her second quote
			selected := m.c.pal.Selected
			s.waitFor("the briefing open at her second quote", func(txt string) bool {
				x, y := s.findArticle(size[0], size[1], "necessarily")
				return strings.Contains(txt, "§ ") && x >= 0 && sameColor(s.bg(x, y), selected)
			})
			final := s.quit()
			if q := final.quotes.Selected(); q < 0 || final.b.Quotes[q].Text != "Not necessarily," {
				t.Errorf("selected quote %d, want “Not necessarily,”", q)
			}
		})
	}
}
