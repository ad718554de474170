package briefing

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// orgsPlacesGold is a hand-made list of the organisations and places an
// article names (testdata/orgsplaces; see its README).
type orgsPlacesGold struct {
	Page          string   `json:"page"`
	Organizations []string `json:"organizations"`
	Places        []string `json:"places"`
	Unsure        []string `json:"unsure"`
}

// factScore counts the facts of one kind listed against a gold.
type factScore struct {
	gold, found, right, goldFound int
}

func (s *factScore) add(o factScore) {
	s.gold += o.gold
	s.found += o.found
	s.right += o.right
	s.goldFound += o.goldFound
}

func (s factScore) precision() float64 { return float64(s.right) / float64(max(s.found, 1)) }
func (s factScore) recall() float64    { return float64(s.goldFound) / float64(max(s.gold, 1)) }

func (s factScore) String() string {
	return fmt.Sprintf("precision %.3f (%d of %d listed), recall %.3f (%d of %d named)",
		s.precision(), s.right, s.found, s.recall(), s.goldFound, s.gold)
}

// aliasedNames are the short forms a gold may give for the names the key
// facts list in full.
var aliasedNames = map[string]string{
	"u s": "united states", "us": "united states", "usa": "united states", "america": "united states",
	"u k": "united kingdom", "uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"e u": "european union", "eu": "european union", "u n": "united nations", "un": "united nations",
}

// factWords are the lower-case words of a name, punctuation and a
// leading "the" aside, with the aliases above.
func factWords(n string) []string {
	n = strings.ToLower(n)
	n = strings.Map(func(r rune) rune {
		switch r {
		case '.', ',', '’', '\'', '(', ')', '"', '“', '”':
			return ' '
		}
		return r
	}, n)
	ws := strings.Fields(n)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	if a, ok := aliasedNames[strings.Join(ws, " ")]; ok {
		ws = strings.Fields(a)
	}
	return ws
}

// sameFact reports whether two names name the same thing: the words of
// the shorter are all in the longer ("Whole Foods" and "Whole Foods
// Market"), past "s" of a possessive.
func sameFact(a, b string) bool {
	wa, wb := factWords(a), factWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	have := map[string]bool{}
	for _, w := range wb {
		have[w] = true
	}
	for _, w := range wa {
		if !have[w] && !(w == "s" && len(wa) > 1) {
			return false
		}
	}
	return true
}

// scoreFacts scores the names listed of one kind against the gold ones,
// the unsure counting neither way; same tells whether two names name the
// same one (sameFact, sameName).
func scoreFacts(listed, gold, unsure []string, same func(a, b string) bool) (s factScore, wrong, missed []string) {
	matches := func(n string, names []string) bool {
		for _, x := range names {
			if same(n, x) {
				return true
			}
		}
		return false
	}
	s.gold = len(gold)
	for _, n := range listed {
		switch {
		case matches(n, gold):
			s.found++
			s.right++
		case matches(n, unsure):
		default:
			s.found++
			wrong = append(wrong, n)
		}
	}
	for _, n := range gold {
		if matches(n, listed) {
			s.goldFound++
		} else {
			missed = append(missed, n)
		}
	}
	return s, wrong, missed
}

// orgsPlacesFloors are the least precision and recall of the organisations
// and places listed, on the tuning pages and on the held-out pages of
// testdata/orgsplaces, that TestOrgsAndPlacesAgainstHandMadeGold accepts:
// [tuning, held out][organisations, places][precision, recall]. They are
// what the analysis reaches; before the rules for acronyms, unknown lone
// places and people the tagger took for organisations or places it
// reached 0.356/0.506 and 0.722/0.669 on the tuning pages, 0.405/0.537
// and 0.613/0.593 held out.
var orgsPlacesFloors = [2][2][2]float64{{{0.41, 0.47}, {0.81, 0.64}}, {{0.46, 0.51}, {0.71, 0.58}}}

// TestOrgsAndPlacesAgainstHandMadeGold imports each saved page that
// testdata/orgsplaces has a gold for and scores the organisations and
// places of its key facts against it, as TestPeopleAgainstHandMadeGold
// scores the people: pages in even places of the sorted names are for
// tuning and logged page by page, the others held out and reported in sum
// only, unless BRIEF_SHOW_HELD_OUT=1.
func TestOrgsAndPlacesAgainstHandMadeGold(t *testing.T) {
	show := os.Getenv("BRIEF_SHOW_HELD_OUT") == "1"
	var sums [2][2]factScore
	eachGoldPage(t, "orgsplaces", func(raw []byte, b *Briefing, held int) {
		var g orgsPlacesGold
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", g.Page, err)
		}
		for k, c := range []struct {
			what         string
			listed, gold []string
		}{{"organisations", factTexts(b.Facts, Organization), g.Organizations}, {"places", factTexts(b.Facts, Place), g.Places}} {
			s, wrong, missed := scoreFacts(c.listed, c.gold, g.Unsure, sameFact)
			sums[held][k].add(s)
			if (held == 0 || show) && (len(wrong) > 0 || len(missed) > 0) {
				t.Logf("%s %s: not %s %q; missed %q", g.Page, c.what, c.what, wrong, missed)
			}
		}
	})
	for h, what := range []string{"tuning pages", "held-out pages"} {
		t.Logf("%s: organisations %v; places %v", what, sums[h][0], sums[h][1])
		for k, kind := range []string{"organisations", "places"} {
			s, fl := sums[h][k], orgsPlacesFloors[h][k]
			if s.precision() < fl[0] || s.recall() < fl[1] {
				t.Errorf("%s: %s precision %.3f, recall %.3f: below the floors %.2f and %.2f", what, kind, s.precision(), s.recall(), fl[0], fl[1])
			}
		}
	}
}

// eachGoldPage imports the saved readability page of each hand-made gold
// in testdata/dir (a JSON file naming its "page"), in the sorted order of
// the files, and calls each with the gold's JSON, the briefing and
// whether the page is held out (1, the odd places) or tuned on (0).
func eachGoldPage(t *testing.T, dir string, each func(raw []byte, b *Briefing, held int)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold in testdata/%s (%v)", dir, err)
	}
	sort.Strings(files)
	pages := needShared(t, "testdata/readability")
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Page string `json:"page"`
		}
		if err := json.Unmarshal(raw, &g); err != nil || g.Page == "" {
			t.Fatalf("%s: no page named (%v)", f, err)
		}
		src, err := os.ReadFile(filepath.Join(pages, g.Page, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		b, err := Import(g.Page+".html", src)
		if err != nil {
			t.Fatalf("%s: %v", g.Page, err)
		}
		each(raw, b, i%2)
	}
}
