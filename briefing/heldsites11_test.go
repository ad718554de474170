package briefing

import "testing"

// heldSite11Floors are heldSiteFloors for the eleventh held-out set,
// testdata/heldsites11: 30 more made-up articles of late 2026, each laid
// out as the article page of a site not used before, with that site's own
// furniture (18 English news sites: seven national, regional and local
// papers, two wire services' own pages, five broadcasters and four
// business and tech sites; 7 news sites in French, Italian, Portuguese,
// Norwegian, Czech, Turkish and Indonesian; and 5 blogs, newsletters or
// magazines: two magazines, a Dreamwidth journal, a Weebly farm blog with
// no byline, and a Patreon post). 10 are pasted from the headline to the
// last paragraph and 20 whole, menus, cookie banner and footer and all; 8
// have no blank line between blocks. Their bylines take many forms (a name
// over a role, "By ... and ...", "Name | Date", "di ... e ...", a writer
// "with" a co-writer over the agency, "Written By:" over "Edited By:",
// "Reporter" and "Editor" labels, an agency's own byline, stacked names, a
// journal's user line, dates with update times); 10 have subheadings, 16 a
// standfirst and 25 a photo's credit; 3 have a pull quote and 5 a
// writer's bio under the article, which is the article's own. The set was
// written by a helper who read neither the import rules, nor the lexicon,
// nor the pastes of the other sets, and no rule has been tuned on it. On
// 37b26ce, the build it was written against, the rules reached 24 titles,
// 24 authors, 26 all kept, 15 with no furniture and 13 of 16 standfirsts;
// the rules written in the same stop from other sets raised that to 16
// with no furniture. The floors are these.
var heldSite11Floors = heldSiteCounts{Sites: 30, Titles: 24, Authors: 24, AllKept: 26, NoFurniture: 16, Standfirsts: 13, WithStand: 16}

// TestHeldOutSitePastesEleventh scores the eleventh held-out set of site
// pastes as TestSitePastesOnceHeldOut scores the first set, in sum only.
func TestHeldOutSitePastesEleventh(t *testing.T) {
	checkHeldSites(t, "heldsites11", "held-out site pastes, eleventh set", heldSite11Floors)
}
