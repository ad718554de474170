package ui

import (
	"strings"
	"testing"
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
			s.waitText("1/")
			if foot := footerLine(s.settle()); strings.Count(foot, "esc") > 1 || strings.Contains(foot, "esc library") {
				t.Errorf("the search footer names esc twice, or for the library: %q", foot)
			}
			s.typeKeys("\x1b") // clears the search
			s.waitFor("the search cleared", func(txt string) bool { return strings.Contains(footerLine(txt), "esc library") })
		})
	}
}
