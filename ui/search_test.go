package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// TestScreenSearchIgnoresAccentsAndCase searches a briefing for "maori"
// typed without its macron: it finds "Māori" and "MĀORI" in the
// standfirst, a caption and the text, as the library's filter does, and
// paints the original words whole.
func TestScreenSearchIgnoresAccentsAndCase(t *testing.T) {
	b := &briefing.Briefing{
		Name: "whales.txt", Title: "Whale strandings",
		Standfirst: "Māori tribes fear for the whales",
		Captions:   []briefing.Caption{{Text: "A carving in the MĀORI style"}},
		Sections: []briefing.Section{{Paragraphs: []string{
			"The Māori elders of the coast say the beachings grow.",
			"Whangārei is where the recovery team keeps its tools.",
		}}},
	}
	for _, typed := range []string{"maori", "MĀORI", "Maori"} {
		t.Run(typed, func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			pal := m.c.pal
			s := startScreen(t, m, 80, 24)
			s.waitText("▾ Lead", "recovery team")
			s.typeKeys("/" + typed + "\r")
			s.waitText("1/3 matches")
			s.waitFor("every match painted whole", func(string) bool {
				at := append(s.findAll("Māori"), s.findAll("MĀORI")...)
				if len(at) != 3 {
					return false
				}
				for _, p := range at {
					for _, x := range []int{p[0], p[0] + 4} { // the first letter and the last
						if bg := s.bg(x, p[1]); !sameColor(bg, pal.Selected) && !sameColor(bg, pal.Match) {
							return false
						}
					}
				}
				return true
			})
		})
	}
	t.Run("whangarei", func(t *testing.T) {
		m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
		s := startScreen(t, m, 80, 24)
		s.waitText("▾ Lead", "recovery team")
		s.typeKeys("/whangarei\r")
		s.waitText("1/1 match")
	})
}

// TestFindFoldedSpans checks the spans of folded matches in the original
// text: accents and marks written apart are taken whole.
func TestFindFoldedSpans(t *testing.T) {
	for _, tc := range []struct {
		text, q string
		want    [][2]int
	}{
		{"The Māori elders", "maori", [][2]int{{4, 10}}},
		{"Ma\u0304ori and MAORI", "maori", [][2]int{{0, 7}, {12, 17}}},
		{"café au lait, CAFÉ", "café", [][2]int{{0, 5}, {15, 20}}},
		{"plain ascii text", "ASCII", [][2]int{{6, 11}}},
		{"plain ascii text", "asci text", nil},
		{"Zürich, zurich", "zurich", [][2]int{{0, 7}, {9, 15}}},
	} {
		got := findFolded(tc.text, foldQuery(tc.q))
		if len(got) != len(tc.want) {
			t.Errorf("%q in %q: %v, want %v", tc.q, tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q in %q: %v, want %v", tc.q, tc.text, got, tc.want)
			}
		}
	}
}

// TestScreenSearchCountsEveryMatch searches a word found 6,001 times, once
// in a paragraph whose lower case is longer than it ("İ" is two bytes, its
// lower case three): the footer counts every one, with no cap and no
// paragraph passed over.
func TestScreenSearchCountsEveryMatch(t *testing.T) {
	sec := briefing.Section{}
	for range 60 {
		sec.Paragraphs = append(sec.Paragraphs, strings.Repeat("alpha beta ", 100))
	}
	sec.Paragraphs = append(sec.Paragraphs, "İstanbul has one alpha too.")
	b := &briefing.Briefing{Name: "many.txt", Title: "Many matches", Sections: []briefing.Section{sec}}
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
	s := startScreen(t, m, 100, 30)
	s.waitText("alpha beta")
	s.typeKeys("/alpha\r")
	s.waitText("1/6001 matches")
	s.typeKeys("N")
	s.waitText("6001/6001 matches", "İstanbul")
}
