package briefing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// wholeArticle is the answer for one page of testdata/heldsites15.
type wholeArticle struct {
	Title      string   `json:"title"`
	Authors    []string `json:"authors"`
	Paragraphs []string `json:"paragraphs"`
	Layout     string   `json:"layout"`
}

// articlePasteCase is a page of testdata/heldsites15 as a pasteCase, its
// answer's paragraphs as the gold text.
func articlePasteCase(t *testing.T, file string) (pasteCase, wholeArticle) {
	t.Helper()
	name := strings.TrimSuffix(filepath.Base(file), ".txt")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(strings.TrimSuffix(file, ".txt") + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var ans wholeArticle
	if err := json.Unmarshal(raw, &ans); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := pasteCase{name: name, headline: string(src), headlineText: ans.Title, title: ans.Title}
	c.setGold(ans.Paragraphs)
	return c, ans
}

// articlePastesHeldOut tells the held-out pages of testdata/heldsites15:
// the even-numbered ones. They are reported only in sum.
func articlePastesHeldOut(name string) bool {
	n, err := strconv.Atoi(name[:2])
	return err == nil && n%2 == 0
}

// TestArticlePastes imports the 40 whole-article pastes of
// testdata/heldsites15 (made-up pages in the layouts of 40 sites, junk
// inside the article included, written by a helper who read neither the
// rules, nor the lexicon, nor the other test data) and measures them as
// TestPastedPages measures the readability pastes: titles, authors (the
// same names, none where the page names no writer), the article's words
// kept, and body paragraphs or headings that are not the article's.
// The odd-numbered pages are tuned on; the even-numbered ones are held
// out, reported in sum only. The first figures, taken on ea01dfe before
// any rule was written from the set, are in articlePasteFloors' comment.
func TestArticlePastes(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "heldsites15", "*.txt"))
	if err != nil || len(files) != 40 {
		t.Fatalf("want the 40 pages of testdata/heldsites15, found %d: %v", len(files), err)
	}
	var tuned, held pasteFigures
	for _, f := range files {
		c, ans := articlePasteCase(t, f)
		s := c.score(t, c.headline)
		// Every page either has writers or says it has none: authors are
		// scored on every page.
		s.hasByline, s.authorsOK = true, sameNames(s.authors, ans.Authors)
		if articlePastesHeldOut(c.name) {
			held.add(s)
			continue
		}
		tuned.add(s)
		if s.junk > 0 || !s.titleOK || !s.authorsOK || s.kept < 0.95 {
			t.Logf("%s: title %v %q, authors %v %q (want %q), kept %.3f, junk %d/%d %q", c.name, s.titleOK, s.title, s.authorsOK, s.authors, ans.Authors, s.kept, s.junk, s.paras, s.junkLines)
		}
	}
	t.Logf("article pastes, tuned (odd): %s", tuned)
	t.Logf("article pastes, held out (even): %s", held)
	articlePasteFloors.tuned.check(t, "tuned: ", tuned)
	articlePasteFloors.held.check(t, "held out: ", held)
}

// articlePasteFloors are the least figures TestArticlePastes accepts of
// the tuned and of the held-out pages. The first figures, on ea01dfe:
// tuned titles 16/20, authors 19/20, words kept median 1.000 and least
// 1.000, junk median 2.5, pages with junk 17/20; held out titles 15/20,
// authors 20/20, kept 1.000 and 0.937, junk median 1.5, pages with junk
// 15/20. The tuned floors follow the tuned figures as the rules raise
// them (on 61f525b: titles 19/20, authors 20/20, junk median 1.0, pages
// with junk 11/20), so that a rule that loses what another won fails;
// the held-out floors stay at the first figures.
var articlePasteFloors = struct{ tuned, held pasteFloor }{
	tuned: pasteFloor{titles: 0.95, authors: 1, keptMedian: 1, keptMin: 0.999, junkMedian: 1, junkPages: 0.55},
	held:  pasteFloor{titles: 0.75, authors: 1, keptMedian: 1, keptMin: 0.937, junkMedian: 1.5, junkPages: 0.75},
}
