package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
	"brief/library"
)

func TestScreenNextSectionInTheLastSectionStays(t *testing.T) {
	one := &briefing.Briefing{Name: "one.txt", Title: "One section only"}
	sec := briefing.Section{}
	for i := range 40 {
		sec.Paragraphs = append(sec.Paragraphs, strings.Repeat("Words of paragraph "+string(rune('A'+i%26))+" go on. ", 8))
	}
	one.Sections = []briefing.Section{sec}
	for _, tc := range []struct {
		name string
		b    *briefing.Briefing
		keys string
	}{
		{"last section at the end", nil, "G"},
		{"one section, halfway", one, "jjjjjjjjjjjjjjjjjjjj"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := tc.b
			if b == nil {
				b = cyberBriefing(t)
			}
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, 80, 24)
			s.waitText("▾ ")
			s.typeKeys(tc.keys + "}")
			txt := s.waitText("already in the last section")
			final := s.quit()
			want := len(tc.keys) // one line per j
			if tc.keys == "G" {
				want = final.article.maxTop()
			}
			if got := final.article.top; got != want {
				t.Errorf("} in the last section moved the top from line %d to %d:\n%s", want, got, txt)
			}
		})
	}
}

// TestScreenSearchSaysWhichMatch searches the cyber briefing at 120x40 and
// steps with n and N: the footer says which match is shown and, when N
// goes round from the first to the last or n from the last to the first,
// that it did. Going round used to be silent, the text jumping to the other
// end of the article with nothing but the count changed.
func TestScreenSearchSaysWhichMatch(t *testing.T) {
	m := cyberModel(t, nil)
	want := 0
	for _, sec := range m.b.Sections {
		for _, p := range sec.Paragraphs {
			want += strings.Count(strings.ToLower(p), "beijing")
		}
	}
	if want < 3 {
		t.Fatalf("%d matches of beijing, want a few", want)
	}
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("/beijing\r")
	s.waitText(" · 1/" + itoa(want) + " matches")
	s.typeKeys("n")
	s.waitText(" · 2/" + itoa(want) + " matches")
	// Going round the ends says so, in the footer, with where it went.
	s.typeKeys("NN")
	s.waitText("no more matches above: on to the last, " + itoa(want) + "/" + itoa(want) + " matches")
	s.typeKeys("n")
	s.waitText("no more matches below: back to the first, 1/" + itoa(want) + " matches")
	s.typeKeys("n")
	s.waitText(" · 2/" + itoa(want) + " matches")
}

func TestScreenSearchFindsCaptions(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("}}") // away from the caption
	s.settle()
	s.typeKeys("/mordovets\r")
	s.waitText("1/1 match")
	// The one match is the current one: drawn selected.
	selected := m.c.pal.Selected
	s.waitFor("the caption's match painted", func(string) bool {
		x, y := s.findArticle(120, 40, "Mordovets")
		return x >= 0 && sameColor(s.bg(x, y), selected)
	})
}

func TestHeaderShowsEachDetailOnceAndKeepsTheAuthors(t *testing.T) {
	b := &briefing.Briefing{
		Name:      "bbc.html",
		Title:     "A very long headline about the state of the world's undersea cables, the ships that mend them and the people who pay for it",
		Source:    "BBC News",
		Authors:   []string{"BBC News", "Jane Roe"},
		Dateline:  "LONDON",
		Origin:    "This story first appeared in the Weekly Cable.",
		Published: time.Date(2015, 7, 24, 0, 0, 0, 0, time.UTC),
		Sections:  []briefing.Section{{Paragraphs: []string{"Text of the story."}}},
	}
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
	s := startScreen(t, m, 120, 40)
	txt := s.waitText("Text of the story")
	head := strings.Split(txt, "\n")[0]
	if strings.Count(head, "BBC News") != 1 {
		t.Errorf("the source shows %d times: %q", strings.Count(head, "BBC News"), head)
	}
	for _, want := range []string{"A very long headline", "LONDON", "24 Jul 2015", "Jane Roe"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q: %q", want, head)
		}
	}
	if !strings.Contains(txt, "first appeared in the Weekly Cable") {
		t.Errorf("the origin line is not shown:\n%s", txt)
	}
}

// itoa writes a small number.
func itoa(n int) string { return strconv.Itoa(n) }

func TestQuotesPaneEmptySaysSoWhole(t *testing.T) {
	p := newTestQuotes(&briefing.Briefing{})
	got := strings.Join(paneLines(p.viewAt(24, 6, true)), " ")
	if !strings.Contains(squash(got), "No quotes in this briefing.") {
		t.Errorf("at 24 columns the empty pane says %q", squash(got))
	}
}

func TestStyleNottyDrawsNoColours(t *testing.T) {
	b := cyberBriefing(t)
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), Style: "notty"}).(*model)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(tea.KeyPressMsg{Code: ']', Text: "]"})
	v := m.View().Content
	if strings.Contains(v, "38;5;") || strings.Contains(v, "48;5;") {
		t.Errorf("--style notty draws colours")
	}
}
