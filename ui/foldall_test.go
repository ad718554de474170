package ui

import (
	"strings"
	"testing"
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
