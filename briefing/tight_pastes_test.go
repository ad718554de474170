package briefing

import (
	"maps"
	"regexp"
	"slices"
	"testing"
)

// tightFloors are the least counts TestSitePastesWithoutBlankLines accepts
// of each tuning set of site pastes pasted without blank lines: what the
// rules reach on them.
var tightFloors = map[string]heldSiteCounts{
	"sitepastes":  {Sites: 74, Titles: 74, Authors: 72, AllKept: 72, NoFurniture: 63},
	"heldsites":   {Sites: 29, Titles: 29, Authors: 29, AllKept: 28, NoFurniture: 12},
	"heldsites2":  {Sites: 30, Titles: 30, Authors: 29, AllKept: 22, NoFurniture: 15},
	"heldsites3":  {Sites: 30, Titles: 30, Authors: 28, AllKept: 27, NoFurniture: 20},
	"heldsites4":  {Sites: 30, Titles: 29, Authors: 29, AllKept: 27, NoFurniture: 15},
	"heldsites9":  {Sites: 30, Titles: 29, Authors: 26, AllKept: 25, NoFurniture: 17},
	"heldsites10": {Sites: 30, Titles: 29, Authors: 26, AllKept: 29, NoFurniture: 15},
	"heldsites12": {Sites: 30, Titles: 29, Authors: 30, AllKept: 24, NoFurniture: 16},
	"heldsites5":  {Sites: 30, Titles: 28, Authors: 27, AllKept: 25, NoFurniture: 16},
}

// TestSitePastesWithoutBlankLines pastes the site pastes the rules are
// tuned on as a browser copies a page without blank lines, every block on
// the line right under the one before, and scores them as
// TestSitePastesOnceHeldOut does: a layout in which being set right under
// a line says nothing, and which the fifth held-out set uses on most of
// its pages.
func TestSitePastesWithoutBlankLines(t *testing.T) {
	blank := regexp.MustCompile(`\n[ \t]*\n+`)
	lineUnderLine := func(page []byte) []byte { return blank.ReplaceAll(page, []byte("\n")) }
	for _, dir := range slices.Sorted(maps.Keys(tightFloors)) {
		checkSiteCounts(t, dir+" without blank lines", scoreSitePastes(t, dir, lineUnderLine), tightFloors[dir])
	}
}
