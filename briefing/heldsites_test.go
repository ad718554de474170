package briefing

import (
	"os"
	"path/filepath"
	"testing"
)

// The pastes of testdata/heldsites4 are held out:
// made-up articles laid out as the article pages of sites that none of the
// import rules were written from, with each site's own furniture, in the
// answer format of testdata/sitepastes. They say how the rules do on sites
// they have not seen, so only their sum is reported: per-page misses are
// logged only when BRIEF_SHOW_HELD_OUT=1, and no rule may be tuned on them.
//
// The pastes of testdata/heldsites, heldsites2 and heldsites3 were held
// out before (for two stops, two and one); the rules are tuned on them
// since, and they are scored like the others, in sum, against floors.

// heldSiteCounts are the summary counts of the held-out site pastes.
type heldSiteCounts struct {
	Sites       int // pastes imported
	Titles      int // title right
	Authors     int // authors right
	AllKept     int // every paragraph and heading of the answer kept
	NoFurniture int // no junk, byline or standfirst line in the body
	Standfirsts int // standfirst right, of the pastes whose answer has one
	WithStand   int // pastes whose answer has a standfirst
}

// heldSiteFloors are the counts the importer reaches on the first set of
// site pastes: the test fails when any count falls below its floor. Raise a
// floor when the rules improve; never lower one to let a change through.
// (When the answers of five pastes were brought in line with the tuned
// answers' rule that a writer's bio and a print-edition line are the
// article's own, AllKept went from 28 to 27: one such bio is dropped. When
// a review showed that some entries learned from this set also drop news
// sentences, they went: NoFurniture 16 to 11, Standfirsts 15 to 14.)
var heldSiteFloors = heldSiteCounts{
	Sites:       29,
	Titles:      29,
	Authors:     29,
	AllKept:     28,
	NoFurniture: 16,
	Standfirsts: 14,
	WithStand:   17,
}

// TestSitePastesOnceHeldOut imports the first set of site pastes once held
// out, scores each against its answer as TestSitePastes does, and logs one
// summary line. It fails when an answer does not account for every line of
// its paste once, or when a count falls below heldSiteFloors.
func TestSitePastesOnceHeldOut(t *testing.T) {
	checkHeldSites(t, "heldsites", "site pastes once held out", heldSiteFloors)
}

// checkHeldSites scores the held-out site pastes in testdata/dir, logs
// their sums under the name what, and fails when a count falls below its
// floor.
func checkHeldSites(t *testing.T, dir, what string, floors heldSiteCounts) {
	checkSiteCounts(t, what, scoreSitePastes(t, dir, nil), floors)
}

// scoreSitePastes scores the site pastes in testdata/dir against their
// answers, each paste first rewritten by as when it is not nil (a paste
// without blank lines), and returns the sums. Per-page misses are logged
// only when BRIEF_SHOW_HELD_OUT=1.
func scoreSitePastes(t *testing.T, dir string, as func([]byte) []byte) heldSiteCounts {
	show := os.Getenv("BRIEF_SHOW_HELD_OUT") == "1"
	var c heldSiteCounts
	for _, f := range sitePasteFiles(t, dir) {
		name := filepath.Base(f)
		page, ans := loadSitePaste(t, f)
		if as != nil {
			page = as(page)
		}
		misses := sitePasteMisses(t, name, page, ans)
		k := kindsOfMisses(misses)
		for _, m := range misses {
			if show {
				t.Logf("%s: %s", name, m)
			}
		}
		c.Sites++
		if ans.Standfirst != "" {
			c.WithStand++
			if !k.standfirst {
				c.Standfirsts++
			}
		}
		for n, ok := range map[*int]bool{&c.Titles: !k.title, &c.Authors: !k.authors, &c.AllKept: !k.paragraph && !k.heading, &c.NoFurniture: !k.furniture} {
			if ok {
				*n++
			}
		}
	}
	return c
}

// checkSiteCounts logs the sums c of a set of site pastes under the name
// what, and fails when a count falls below its floor.
func checkSiteCounts(t *testing.T, what string, c, floors heldSiteCounts) {
	t.Helper()
	t.Logf("%s: %d sites, %d titles right, %d authors right, %d with all paragraphs and headings kept, %d with no furniture in the body, %d of %d standfirsts right",
		what, c.Sites, c.Titles, c.Authors, c.AllKept, c.NoFurniture, c.Standfirsts, c.WithStand)
	for _, k := range []struct {
		what      string
		got, want int
	}{
		{"sites", c.Sites, floors.Sites},
		{"titles right", c.Titles, floors.Titles},
		{"authors right", c.Authors, floors.Authors},
		{"pages with all paragraphs and headings kept", c.AllKept, floors.AllKept},
		{"pages with no furniture in the body", c.NoFurniture, floors.NoFurniture},
		{"standfirsts right", c.Standfirsts, floors.Standfirsts},
		{"pastes with a standfirst", c.WithStand, floors.WithStand},
	} {
		if k.got < k.want {
			t.Errorf("%s: %d %s, below the floor of %d", what, k.got, k.what, k.want)
		}
	}
}

// heldSite2Floors are heldSiteFloors for the second set,
// testdata/heldsites2: 30 more sites, written by a helper who read neither
// the rules nor the other sets. It was held out for two stops (its sums
// when it was promoted: 25 titles, 24 authors, 24 all kept, 5 with no
// furniture, 19 of 23 standfirsts) and is tuning data since, its misses
// read. The floors are what the rules reach on it now. (A caption over a
// credit of names raised NoFurniture from 15 to 19; a review then showed
// lines of names in mixed case between paragraphs to be subheadings,
// signatures and organisations as often as credits, and a photo's credit
// there must say it is one: 18; a later stop raised it to 19 and the
// standfirsts to 22.)
var heldSite2Floors = heldSiteCounts{
	Sites:       30,
	Titles:      30,
	Authors:     29,
	AllKept:     24,
	NoFurniture: 19,
	Standfirsts: 22,
	WithStand:   23,
}

// TestSitePastesSecondOnceHeldOut scores the second set of site pastes,
// once held out, as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesSecondOnceHeldOut(t *testing.T) {
	checkHeldSites(t, "heldsites2", "site pastes, second set, once held out", heldSite2Floors)
}

// heldSite3Floors are heldSiteFloors for the third set,
// testdata/heldsites3: 30 more made-up articles, each laid out as the
// article page of a site not used before, 12 of them not in English,
// written by a helper who read neither the import rules nor the pastes of
// the other sets. It was held out for one stop (its sums then: 26 titles,
// 22 authors, 24 all kept, 11 with no furniture, 16 of 20 standfirsts) and
// is tuning data since: its misses were read, and rules were written from
// them. The floors are what the rules reach on it now. (A news agency's
// newsroom over the dateline, "Redazione ANSA" over "CAGLIARI", passes
// for a byline: a known misreading, left so that a writer whose given
// name no list holds keeps the byline over a desk.)
var heldSite3Floors = heldSiteCounts{
	Sites:       30,
	Titles:      30,
	Authors:     28,
	AllKept:     27,
	NoFurniture: 21,
	Standfirsts: 19,
	WithStand:   20,
}

// TestSitePastesThirdOnceHeldOut scores the third set of site pastes, once
// held out, as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesThirdOnceHeldOut(t *testing.T) {
	checkHeldSites(t, "heldsites3", "site pastes, third set, once held out", heldSite3Floors)
}

// heldSite4Floors are heldSiteFloors for the fourth set,
// testdata/heldsites4: 30 more made-up articles, each laid out as the
// article page of a site not used before (16 English news sites, 10 news
// sites in other languages and 4 blogs or newsletters), some pasted from
// the headline to the last paragraph, most whole. The set was written by a
// helper who read neither the import rules nor the pastes of the other
// sets, and no rule has been tuned on it. The build the set was written
// against, fc3ed98, had 23 titles, 22 authors, 26 all kept, 11 pages with
// no furniture and 16 standfirsts right; the rules written from the third
// set then raised that to 26 titles, 24 authors, 13 and 19. A review of
// those rules then found some over-broad (pleas and notices that matched
// news sentences, labels and buttons that matched subheadings and lists);
// narrowed, they leave 12 pages with no furniture, and that floor is 12.
// A wider list of given names (givennames.txt, written from general
// knowledge without opening any test set) raised authors to 26, and
// reading its accented names as well (a tenth review's mends) to 27.
// It was held out for two stops (its sums when it was promoted: 26
// titles, 27 authors, 26 all kept, 12 with no furniture, 19 of 21
// standfirsts) and is tuning data since, its misses read; the seventh and
// eighth sets took its place. Read, its misses gave the rules for a
// story card's byline above the headline, a headline written as
// sentences over its standfirst, labelled bylines ("WRITER:", "Penulis")
// and a writer's name over a co-writer's byline, raising titles to 29 and
// authors to 28; a "By" run into the name and the page's controls in more
// languages, authors to 29 and no furniture to 16; an article's head that
// reads as a story card, standfirsts to 20; more pleas, and the
// subheading kept under a box's button, all kept to 27 and no furniture
// to 17; a thirteenth review then showed the words for comments and
// discussion in other languages to be articles' subheadings too, and
// they no longer cut the paste: 16. The floors are what the rules reach
// on it now.
var heldSite4Floors = heldSiteCounts{
	Sites:       30,
	Titles:      29,
	Authors:     29,
	AllKept:     27,
	NoFurniture: 16,
	Standfirsts: 20,
	WithStand:   21,
}

// TestSitePastesFourthOnceHeldOut scores the fourth set of site pastes,
// once held out, as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesFourthOnceHeldOut(t *testing.T) {
	checkHeldSites(t, "heldsites4", "site pastes, fourth set, once held out", heldSite4Floors)
}

// heldSite5Floors are heldSiteFloors for the fifth set,
// testdata/heldsites5: 30 more made-up articles, each laid out as the
// article page of a site not used before (18 English news sites, 8 news
// sites in other languages and 4 blogs), some pasted from the headline to
// the last paragraph, most whole, some with a blank line between blocks
// and some with none. The set was written by a helper who read neither the
// import rules nor the pastes of the other sets, and no rule has been
// tuned on it. When it landed (on 2239530, as on 2840bbd, the build it was
// written against) the rules reached 20 titles, 21 authors, 24 all kept,
// 9 with no furniture and 12 standfirsts; the stop's start, f0b9cab, 23
// all kept and the rest the same. The rules for pastes without blank lines
// (read from the tuning sets pasted so, see
// TestSitePastesWithoutBlankLines) then raised titles to 21 and all kept
// to 25; the mends of a second review of the rules took them back to 20
// and 24. A wider list of given names (givennames.txt) raised authors to
// 22. It was held out for two stops (its sums when it was promoted: 20
// titles, 22 authors, 24 all kept, 9 with no furniture, 12 of 19
// standfirsts) and is tuning data since, its misses read: the same rules
// as the fourth set's raised it to 25 titles, 24 authors, 10 with no
// furniture and 16 standfirsts; credits in brackets with a bar, marks of
// the archive and credits labelled in more languages, to 26 titles, 25
// all kept and 13 with no furniture; a name with the separator from its
// date, 25 authors and 17 standfirsts. (Its answers, and the fourth
// set's, were then brought in line with the tuned answers' rule that a
// writer's bio under the article is the article's own: seven bios left the
// junk for the paragraphs, and pages with no furniture rose to 15 here,
// none in the fourth set.) Korean and Japanese bylines and dates, a
// Japanese paper's captions and its labels raised titles and authors to
// 27; more pleas, no furniture to 16; the rules from the ninth and tenth
// sets, 17 and 18 standfirsts; the next stop's, 28 titles (a Japanese
// headline's wide space read as a space). The floors are what the rules
// reach on it now.
var heldSite5Floors = heldSiteCounts{
	Sites:       30,
	Titles:      28,
	Authors:     27,
	AllKept:     25,
	NoFurniture: 17,
	Standfirsts: 18,
	WithStand:   19,
}

// TestSitePastesFifthOnceHeldOut scores the fifth set of site pastes,
// once held out, as TestSitePastesOnceHeldOut scores the first set.
func TestSitePastesFifthOnceHeldOut(t *testing.T) {
	checkHeldSites(t, "heldsites5", "site pastes, fifth set, once held out", heldSite5Floors)
}

// heldSite6Floors are heldSiteFloors for the sixth held-out set,
// testdata/heldsites6: 30 more made-up articles, each laid out as the
// article page of a site not used before (18 English news sites, 7 news
// sites in seven other languages and 5 blogs or newsletters), 10 pasted
// from the headline to the last paragraph and 20 whole, 8 of them with no
// blank line between blocks. The set was written by a helper who read
// neither the import rules nor the pastes of the other sets, and no rule
// has been tuned on it. When it landed (on 7d4343d, as on 8feb7ed, the
// build it was written against) the rules reached 26 titles, 25 authors,
// 27 all kept, 15 with no furniture and 15 of 19 standfirsts (the stop's
// start, 702408b, 14 with no furniture and the rest the same). A wider
// list of given names (givennames.txt) raised authors to 27 and
// standfirsts to 16. The floors are these.
var heldSite6Floors = heldSiteCounts{
	Sites:       30,
	Titles:      26,
	Authors:     27,
	AllKept:     27,
	NoFurniture: 15,
	Standfirsts: 16,
	WithStand:   19,
}

// TestHeldOutSitePastesSixth scores the sixth held-out set of site pastes
// as TestSitePastesOnceHeldOut scores the first set, in sum only.
func TestHeldOutSitePastesSixth(t *testing.T) {
	checkHeldSites(t, "heldsites6", "held-out site pastes, sixth set", heldSite6Floors)
}
