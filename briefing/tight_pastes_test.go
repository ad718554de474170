package briefing

import (
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// tightFloors are the least counts TestSitePastesWithoutBlankLines accepts
// of each tuning set of site pastes pasted without blank lines: what the
// rules reach on them.
var tightFloors = map[string]heldSiteCounts{
	"sitepastes": {Sites: 74, Titles: 74, Authors: 72, AllKept: 72, NoFurniture: 63},
	"heldsites":  {Sites: 29, Titles: 29, Authors: 28, AllKept: 28, NoFurniture: 12},
	"heldsites2": {Sites: 30, Titles: 30, Authors: 27, AllKept: 22, NoFurniture: 14},
	"heldsites3": {Sites: 30, Titles: 30, Authors: 27, AllKept: 27, NoFurniture: 20},
}

// TestSitePastesWithoutBlankLines pastes the site pastes the rules are
// tuned on as a browser copies a page without blank lines, every block on
// the line right under the one before, and scores them as
// TestSitePastesOnceHeldOut does: a layout in which being set right under
// a line says nothing, and which the fifth held-out set uses on most of
// its pages.
func TestSitePastesWithoutBlankLines(t *testing.T) {
	blank := regexp.MustCompile(`\n[ \t]*\n+`)
	for _, dir := range slices.Sorted(maps.Keys(tightFloors)) {
		floor := tightFloors[dir]
		var c heldSiteCounts
		for _, f := range sitePasteFiles(t, dir) {
			page, ans := loadSitePaste(t, f)
			k := kindsOfMisses(sitePasteMisses(t, filepath.Base(f), blank.ReplaceAll(page, []byte("\n")), ans))
			c.Sites++
			for n, ok := range map[*int]bool{&c.Titles: !k.title, &c.Authors: !k.authors, &c.AllKept: !k.paragraph && !k.heading, &c.NoFurniture: !k.furniture} {
				if ok {
					*n++
				}
			}
		}
		t.Logf("%s without blank lines: %d sites, %d titles right, %d authors right, %d with all paragraphs and headings kept, %d with no furniture in the body",
			dir, c.Sites, c.Titles, c.Authors, c.AllKept, c.NoFurniture)
		if c.Sites < floor.Sites || c.Titles < floor.Titles || c.Authors < floor.Authors || c.AllKept < floor.AllKept || c.NoFurniture < floor.NoFurniture {
			t.Errorf("%s without blank lines: %+v, below the floors %+v", dir, c, floor)
		}
	}
}
