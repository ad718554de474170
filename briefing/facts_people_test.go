package briefing

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// peopleGold is a hand-made list of the people an article names
// (testdata/people; see its README).
type peopleGold struct {
	Page   string   `json:"page"`
	People []string `json:"people"`
	Unsure []string `json:"unsure"`
}

// nameKeys are the lower-case words of a name, for matching a listed
// person with a gold one: they match when one's words hold the other's
// last word ("Obama" and "Barack Obama"), or its only word ("Elio").
func nameKeys(n string) []string {
	return strings.Fields(strings.ToLower(strings.NewReplacer("’s", "", "'s", "", ".", "").Replace(n)))
}

func sameName(a, b string) bool {
	ka, kb := nameKeys(a), nameKeys(b)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	has := func(ws []string, w string) bool {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
		return false
	}
	return has(kb, ka[len(ka)-1]) || has(ka, kb[len(kb)-1])
}

// peopleFloors are the least precision and recall of the people listed on
// the tuning pages (the first pair) and the held-out pages (the second)
// of testdata/people that TestPeopleAgainstHandMadeGold accepts: what the
// analysis reaches on them (before the rules for names of one word that
// nothing marks as a person's, 0.609 and 0.774 on the tuning pages, 0.615
// and 0.607 held out).
var peopleFloors = [2][2]float64{{0.73, 0.75}, {0.73, 0.58}}

// TestPeopleAgainstHandMadeGold imports each saved page of the news and
// blog pages that testdata/people has a gold for, and scores the people
// of its key facts against it: the sidebar's people on articles outside
// the political news the name tagger learned from (business, technology,
// culture, blogs). The pages in even places of the names' sorted order
// are for tuning and logged page by page; the others are held out and
// reported in sum only, unless BRIEF_SHOW_HELD_OUT=1.
func TestPeopleAgainstHandMadeGold(t *testing.T) {
	show := os.Getenv("BRIEF_SHOW_HELD_OUT") == "1"
	var sums [2]factScore
	eachGoldPage(t, "people", func(raw []byte, b *Briefing, held int) {
		var g peopleGold
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", g.Page, err)
		}
		s, wrong, missed := scoreFacts(factTexts(b.Facts, Person), g.People, g.Unsure, sameName)
		sums[held].add(s)
		if (held == 0 || show) && (len(wrong) > 0 || len(missed) > 0) {
			t.Logf("%s: not people %q; missed %q", g.Page, wrong, missed)
		}
	})
	for k, what := range []string{"tuning pages", "held-out pages"} {
		s, fl := sums[k], peopleFloors[k]
		t.Logf("%s: people %v", what, s)
		if s.precision() < fl[0] || s.recall() < fl[1] {
			t.Errorf("%s: people precision %.3f, recall %.3f: below the floors %.2f and %.2f", what, s.precision(), s.recall(), fl[0], fl[1])
		}
	}
}
