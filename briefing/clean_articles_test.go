package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing/extract"
)

// cleanArticleDrops pastes each article, its title over its paragraphs as
// the annotated text gives them, and counts the paragraphs that the
// importer leaves out of the body, the dateline, the standfirst and the
// captions (what a reader sees of them).
func cleanArticleDrops(t *testing.T, arts []*extract.Article) (paras, dropped, articlesWithDrops int) {
	for _, a := range arts {
		ps := strings.Split(strings.TrimSpace(a.Text), "\n\n")
		body := ps[1:]
		b, err := Import(a.ID+".txt", []byte(ps[0]+"\n\n"+strings.Join(body, "\n\n")+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		kept := bodyText(b) + "\n" + b.Dateline + "\n" + b.Standfirst
		for _, c := range b.Captions {
			kept += "\n" + c.Text + " " + c.Credit
		}
		lost := false
		for _, p := range body {
			paras++
			// The end of a paragraph: a dateline may be cut off its start.
			p = collapseSpace(p)
			if len(p) > 60 {
				p = p[len(p)-40:]
			}
			if !strings.Contains(kept, p) {
				dropped++
				lost = true
			}
		}
		if lost {
			articlesWithDrops++
		}
	}
	return paras, dropped, articlesWithDrops
}

// TestCleanArticlesKeepTheirParagraphs imports the annotated news articles
// of the shared quote data as pastes of clean articles, and checks that the
// rules for pasted pages leave out few of their paragraphs. What they leave
// out is mostly what the data kept of the sites (rules of underscores,
// "Follow Jane Doe on Twitter @handle.", lists of other headlines,
// standfirsts, pull quotes said twice), so the figures bound the rules'
// mistakes from above. The paste rules were never tuned on the validation
// part; the drops of the part the models learn from were looked at once.
func TestCleanArticlesKeepTheirParagraphs(t *testing.T) {
	if testing.Short() {
		t.Skip("the clean articles take a second")
	}
	all := annotatedArticles(t)
	learn, validation := extract.Split(all)
	for _, part := range []struct {
		name     string
		arts     []*extract.Article
		maxShare float64
	}{
		{"learned-from part", learn, 0.026},
		{"validation part", validation, 0.008},
	} {
		paras, dropped, withDrops := cleanArticleDrops(t, part.arts)
		share := float64(dropped) / float64(max(paras, 1))
		t.Logf("%s: %d articles, %d paragraphs, %d left out (%.4f), articles with one left out %d", part.name, len(part.arts), paras, dropped, share, withDrops)
		if len(part.arts) < 50 {
			t.Errorf("%s: only %d articles", part.name, len(part.arts))
		}
		if share > part.maxShare {
			t.Errorf("%s: %.4f of the paragraphs left out, want at most %.3f", part.name, share, part.maxShare)
		}
	}
}

// annotatedArticles reads the 840 annotated news articles of the shared
// quote data (the test skips without ../shared).
func annotatedArticles(t *testing.T) []*extract.Article {
	t.Helper()
	f, err := os.Open(filepath.Join(needShared(t, "testdata/quotes"), "polnear-train.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := extract.ReadCorpus(f)
	if err != nil {
		t.Fatal(err)
	}
	return all
}
