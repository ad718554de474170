package briefing

import "testing"

// heldSite8Floors are heldSiteFloors for the eighth held-out set,
// testdata/heldsites8: 30 more made-up articles of late 2026, each laid out
// as the article page of a site not used before, with that site's own
// furniture (19 English news sites, one of them a local paper's page
// carrying an AP story; 7 news sites in Swedish, Spanish, Dutch, Polish and
// German; and 4 blogs or newsletters on Ghost, Substack, Medium and
// WordPress). 10 are pasted from the headline to the last paragraph and 20
// whole, menus and footer and all; 8 have no blank line between blocks.
// Their bylines take many forms (a name over a role, "Name | Date",
// "Por:", "Von ... und ...", a staff byline, an agency under the names, a
// date with an update time); 12 have subheadings, 23 a standfirst and 27 a
// photo's credit. The set was written by a helper who read neither the
// import rules, nor the lexicon, nor the pastes of the other sets, and no
// rule has been tuned on it. On 2c94e60, the build it was written against,
// the rules reached 27 titles, 26 authors, 26 all kept, 13 with no
// furniture and 18 of 23 standfirsts; the rules written in the same stop
// from other sets raised that to 28 titles, 14 with no furniture and 19
// standfirsts, and the next stop's rules to 27 all kept. The rules for the
// inserts of heldsites15 (b9d73ae) lost one page's paragraph again, back
// to 26 all kept: a held-out loss, reported and left as it is, since
// finding its cause would mean reading the page. The floors are these.
var heldSite8Floors = heldSiteCounts{Sites: 30, Titles: 28, Authors: 26, AllKept: 26, NoFurniture: 14, Standfirsts: 19, WithStand: 23}

// TestHeldOutSitePastesEighth scores the eighth held-out set of site
// pastes as TestSitePastesOnceHeldOut scores the first set, in sum only.
func TestHeldOutSitePastesEighth(t *testing.T) {
	checkHeldSites(t, "heldsites8", "held-out site pastes, eighth set", heldSite8Floors)
}
