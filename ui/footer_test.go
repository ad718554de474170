package ui

import (
	"strings"
	"testing"

	"brief/briefing"
	"brief/library"
)

// TestScreenSearchFooterNamesEscOnce searches a briefing opened from the
// library: esc clears the search first, so the footer says "esc back" (when
// it has the room) and not, as well, "esc library".
func TestScreenSearchFooterNamesEscOnce(t *testing.T) {
	for _, w := range []int{80, 140} {
		t.Run(itoa(w), func(t *testing.T) {
			lib, store := morningShelf(t)
			m := New(Options{Library: lib, Store: store}).(*model)
			s := startScreen(t, m, w, 24)
			s.waitText("3 briefings")
			s.typeKeys("\r")
			s.waitText("Kia ora")
			if foot := footerLine(s.settle()); !strings.Contains(foot, "esc library") {
				t.Fatalf("reading, the footer does not offer the library: %q", foot)
			}
			s.typeKeys("/story\r")
			s.waitFor("the search ran", searchRan)
			if foot := footerLine(s.settle()); strings.Count(foot, "esc") > 1 || strings.Contains(foot, "esc library") {
				t.Errorf("the search footer names esc twice, or for the library: %q", foot)
			}
			s.typeKeys("\x1b") // clears the search
			s.waitFor("the search cleared", func(txt string) bool { return strings.Contains(footerLine(txt), "esc library") })
		})
	}
}

// TestScreenNoQuotesNoQuoteKeys opens a briefing without quotes: the footer
// offers neither ] nor i, in the text or in the quotes pane, where enter,
// i and y would do nothing.
func TestScreenNoQuotesNoQuoteKeys(t *testing.T) {
	b := &briefing.Briefing{Name: "plain.txt", Title: "A plain report",
		Sections: []briefing.Section{{Paragraphs: []string{"Nobody said anything in this report.", "It goes on."}}}}
	for _, size := range [][2]int{{100, 30}, {140, 40}} {
		w, h := size[0], size[1]
		t.Run(itoa(w), func(t *testing.T) {
			m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b})}).(*model)
			s := startScreen(t, m, w, h)
			s.waitText("Nobody said")
			foot := footerLine(s.settle())
			if strings.Contains(foot, "quote") || !strings.Contains(foot, "search") {
				t.Errorf("the text's footer with no quote: %q", foot)
			}
			s.typeKeys("\t")
			s.waitText("No quotes")
			foot = footerLine(s.settle())
			if strings.Contains(foot, "in full") || strings.Contains(foot, "copy") || strings.Contains(foot, "show in text") {
				t.Errorf("the quotes pane's footer with no quote: %q", foot)
			}
		})
	}
}

// TestScreenHelpSaysZToggles opens the help: Z folds every section, or
// unfolds them all when all are folded, and the help says both.
func TestScreenHelpSaysZToggles(t *testing.T) {
	m := cyberModel(t, nil)
	s := startScreen(t, m, 120, 40)
	s.waitText("▾ Lead")
	s.typeKeys("?")
	s.waitText("Z", "fold / unfold all")
}
