package briefing

import "testing"

// heldSite9Floors are heldSiteFloors for the ninth set,
// testdata/heldsites9: 30 more made-up articles of late 2026, each laid out
// as the article page of a news site not used before, with that site's own
// furniture (18 in English, from Sweden, Ireland, Australia, New Zealand,
// Singapore, Hong Kong, the Philippines, Pakistan, India, South Africa,
// Nigeria and Germany, and a European channel; 11 in Spanish, Portuguese,
// German, French and Italian; one in Arabic). 10 are pasted from the headline to the last
// paragraph and 20 whole, menus and footer and all; 8 have no blank line
// between blocks. Their bylines take many forms ("By", "Por", "di", "Par"
// with two writers, a name over a role, a name with its outlet, a news
// agency, an outlet's own byline, updated dates and reading times); 9 have
// subheadings, 21 a standfirst, most a photo's caption with its credit,
// and 5 a writer's bio under the article. The set was written by a helper
// who read neither the import rules, nor the lexicon, nor the pastes of
// the other sets, and it is tuning data from the start: its misses may be
// read and rules written from them. When it landed (on a3931e7) the rules
// reached 28 titles, 22 authors, 26 all kept, 15 with no furniture and 15
// of 21 standfirsts; the rules written from its misses raised that to 29
// titles, 25 authors, 17 with no furniture and 19 standfirsts (an Arabic
// page's subheadings were read for a while, then left again when a review
// showed short Arabic, Hebrew and Hindi paragraphs taken for subheadings:
// 26 all kept); the next stop's rules, from other sets, raised it to 26
// authors and 20 standfirsts. The floors are what the rules reach on it
// now.
var heldSite9Floors = heldSiteCounts{Sites: 30, Titles: 29, Authors: 26, AllKept: 26, NoFurniture: 17, Standfirsts: 20, WithStand: 21}

// TestSitePastesNinth scores the ninth set of site pastes, tuning data,
// as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesNinth(t *testing.T) {
	checkHeldSites(t, "heldsites9", "site pastes, ninth set (tuning)", heldSite9Floors)
}
