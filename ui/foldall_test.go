package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// TestScreenFoldAllTwiceKeepsThePlace reads into the cyber briefing's third
// section, folds every section with Z to see the outline and unfolds them
// with Z again, at 80x24, 60x20 and 120x40: the text is back at the line it
// was at. It came back at the top of the lead, the place lost, since the
// folded outline fits on one screen and starts at its top.
func TestScreenFoldAllTwiceKeepsThePlace(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			s.waitText("▾ Lead")
			s.typeKeys("}}jjj")
			s.waitFor("the third section", func(txt string) bool { return strings.Contains(footerLine(txt), "§ 3/") })
			before := paneBody(s.settle(), w, h)
			s.typeKeys("Z")
			s.waitText("▸ Lead")
			s.typeKeys("Z")
			s.waitFor("every section unfolded", func(txt string) bool { return !strings.Contains(txt, "▸ ") })
			if got := paneBody(s.settle(), w, h); strings.Join(got, "\n") != strings.Join(before, "\n") {
				t.Errorf("Z twice lost the place: was\n%s\nis\n%s", strings.Join(before, "\n"), strings.Join(got, "\n"))
			}
		})
	}
}

// TestScreenSectionHeadingsShowWhole opens the cables briefing at 80x24
// and 100x30, where the text shares the screen with a side pane: every
// section's heading is shown whole, with its reading time, and the
// paragraph count gives way when there is no room for both. "A network
// older than the internet" was cut to "A network older than the…" to make
// room for "· 4 paragraphs".
func TestScreenSectionHeadingsShowWhole(t *testing.T) {
	b := &briefing.Briefing{Title: "Headings", Sections: []briefing.Section{
		{Paragraphs: []string{"Lead text."}},
		{Heading: "A network older than the internet", Paragraphs: []string{"One.", "Two.", "Three.", "Four."}},
		{Heading: "Accidents, anchors and suspicion", Paragraphs: []string{"One.", "Two."}},
	}}
	for _, size := range [][2]int{{80, 24}, {100, 30}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			txt := s.waitText("▾ Lead")
			for _, want := range []string{"▾ A network older than the internet · ", "▾ Accidents, anchors and suspicion · "} {
				if !strings.Contains(txt, want) {
					t.Errorf("no %q whole on screen:\n%s", want, txt)
				}
			}
			if !strings.Contains(txt, " · 1 min") {
				t.Errorf("the reading time went with the count:\n%s", txt)
			}
		})
	}
}
