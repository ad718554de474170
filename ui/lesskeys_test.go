package ui

import (
	"strings"
	"testing"
)

// TestScreenLessPageKeys pages the cyber briefing with ctrl+f and ctrl+b,
// the page keys of less and vim, at 80x24 and 60x20: ctrl+f shows what f
// shows, ctrl+b goes back to the top, and the help lists both. They did
// nothing.
func TestScreenLessPageKeys(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		w, h := size[0], size[1]
		t.Run(itoa(w)+"x"+itoa(h), func(t *testing.T) {
			m := cyberModel(t, nil)
			s := startScreen(t, m, w, h)
			top := paneBody(s.waitText("▾ Lead"), w, h)
			s.typeKeys("f")
			s.waitFor("a page down", func(txt string) bool { return !strings.Contains(footerLine(txt), " 0%") })
			paged := paneBody(s.settle(), w, h)
			s.typeKeys("b")
			s.waitFor("the top again", func(txt string) bool { return strings.Contains(footerLine(txt), " 0%") })
			s.typeKeys("\x06") // ctrl+f
			s.waitFor("ctrl+f to page down", func(txt string) bool { return !strings.Contains(footerLine(txt), " 0%") })
			if got := paneBody(s.settle(), w, h); strings.Join(got, "\n") != strings.Join(paged, "\n") {
				t.Errorf("ctrl+f showed\n%s\nnot what f shows\n%s", strings.Join(got, "\n"), strings.Join(paged, "\n"))
			}
			s.typeKeys("\x02") // ctrl+b
			s.waitFor("ctrl+b to page up", func(txt string) bool { return strings.Contains(footerLine(txt), " 0%") })
			if got := paneBody(s.settle(), w, h); strings.Join(got, "\n") != strings.Join(top, "\n") {
				t.Errorf("ctrl+b did not go back to the top:\n%s", strings.Join(got, "\n"))
			}
			s.typeKeys("?")
			s.waitText("ctrl+f", "ctrl+b")
		})
	}
}
