package briefing

import "testing"

// heldSite12Floors are heldSiteFloors for the twelfth set,
// testdata/heldsites12: 30 more made-up articles, each laid out as the
// article page of a site not used in the other sets, chosen for the head
// and the inside of the article, where readers are most often wrong: the
// kicker over the headline, the standfirst above or below the byline, a
// lead photo's caption and credit in every order, video cards, buttons,
// reading and listening times, dates with their updates, bylines with
// roles, places, desks and two writers; and in the body, related links,
// advertisements, captions, pull quotes, newsletter plugs, a chart's
// title and source, subheadings, lists under a colon, a correction or
// editor's note and a writer's bio at the foot. 20 are in English (US,
// UK, Australian, Indian and Canadian papers, wires, broadcasters, trade
// press, science and tech sites and newsletters) and 10 in German,
// Spanish, French, Portuguese, Italian, Dutch, Polish, Swedish, Japanese
// and Korean; 15 pasted from the headline to the last paragraph and 15
// whole, 8 with no blank line between blocks. The set was written by a
// helper who read neither the import rules nor the lexicon. It is tuning
// data from the start: its misses may be read and rules written from
// them. When it landed (on 4c26f08) the rules reached 23 titles, 25
// authors, 25 all kept, 10 with no furniture and 17 of 21 standfirsts;
// the rules written from its misses in the same stop raised that to 30
// titles, 30 authors, 28 all kept, 19 with no furniture and 21
// standfirsts. The floors are these.
var heldSite12Floors = heldSiteCounts{Sites: 30, Titles: 30, Authors: 30, AllKept: 28, NoFurniture: 19, Standfirsts: 21, WithStand: 21}

// TestSitePastesTwelfth scores the twelfth set of site pastes, tuning data,
// as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesTwelfth(t *testing.T) {
	checkHeldSites(t, "heldsites12", "site pastes, twelfth set (tuning)", heldSite12Floors)
}
