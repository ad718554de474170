package ui

import (
	"bytes"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"

	"brief/briefing"
	"brief/library"
)

// standfirstBriefing is a made-up article with a standfirst and a caption.
func standfirstBriefing() *briefing.Briefing {
	return &briefing.Briefing{
		Name:       "pier.txt",
		Title:      "North pier to be rebuilt",
		Standfirst: "The vote ends two years of argument over whether the town can afford a new pier",
		Authors:    []string{"Lena Marsh"},
		Captions:   []briefing.Caption{{Text: "The old north pier after the storms", Credit: "Jane Roe"}},
		Sections: []briefing.Section{{Paragraphs: []string{
			"The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter.",
			"Work is to start in the spring and last two years, the council said in a statement.",
		}}},
	}
}

// TestScreenShowsTheStandfirst checks, at 80x24 and 40x12, that the
// standfirst stands at the head of the lead, in italics and not dimmed
// like the caption under it, above the first paragraph; and that a search
// finds and paints a word of it.
func TestScreenShowsTheStandfirst(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{standfirstBriefing()})}).(*model)
		s := startScreen(t, m, w, h)
		s.waitText("▾ Lead", "The vote ends")
		sx, sy := s.findArticle(w, h, "The vote ends")
		_, cy := s.findArticle(w, h, "The old north")
		if cy >= 0 && cy <= sy {
			t.Errorf("%dx%d: the caption (line %d) is not under the standfirst (line %d)", w, h, cy, sy)
		}
		if _, py := s.findArticle(w, h, "The harbour council"); py >= 0 && py <= sy {
			t.Errorf("%dx%d: the first paragraph (line %d) is not under the standfirst (line %d)", w, h, py, sy)
		}
		s.mu.Lock()
		c := s.emu.CellAt(sx, sy)
		italic := c != nil && c.Style.Attrs&uv.AttrItalic != 0
		dim := c != nil && sameColor(c.Style.Fg, m.c.pal.Dim)
		s.mu.Unlock()
		if !italic || dim {
			t.Errorf("%dx%d: the standfirst is italic %v, dimmed %v; want italic and not dimmed", w, h, italic, dim)
		}
		s.typeKeys("/argument\r")
		s.waitText("1/1 match")
		// The one match is the current one: drawn selected.
		selected := m.c.pal.Selected
		s.waitFor("the standfirst's match painted", func(string) bool {
			x, y := s.findArticle(w, h, "argument")
			return x >= 0 && sameColor(s.bg(x, y), selected)
		})
		s.quit()
	}
}

// TestPrintShowsTheStandfirst checks that piped output has the standfirst
// between the details and the captions, with no escape byte.
func TestPrintShowsTheStandfirst(t *testing.T) {
	var buf bytes.Buffer
	if err := Print(&buf, standfirstBriefing(), 80, ""); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	a, s, c := strings.Index(out, "Authors: Lena Marsh"), strings.Index(out, "The vote ends two years"), strings.Index(out, "The old north pier")
	if a < 0 || s < a || c < s {
		t.Errorf("details at %d, standfirst at %d, caption at %d; want them in that order:\n%s", a, s, c, out)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("escape byte in piped output:\n%q", out)
	}
}

// TestScreenSearchShowsAMatchDeepInTheStandfirst checks, at 30x10, that
// a search whose match stands on a late line of a long standfirst brings
// that line on screen.
func TestScreenSearchShowsAMatchDeepInTheStandfirst(t *testing.T) {
	b := standfirstBriefing()
	b.Standfirst = "The vote ends two years of argument over whether the town can afford a new pier, and the long wait of the fishermen who land their catch there every morning, from the first boats at dawn to the last ones at dusk, is finally over for the seaweed gatherers"
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
	s := startScreen(t, m, 30, 10)
	s.waitText("The vote ends")
	s.typeKeys("/seaweed\r")
	s.waitText("1/1 match")
	s.waitFor("the match on screen", func(string) bool {
		x, _ := s.findArticle(30, 10, "seaweed")
		return x >= 0
	})
}
