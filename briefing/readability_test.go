package briefing

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// readabilityPage is one page of the shared readability test set.
type readabilityPage struct {
	name     string
	source   []byte
	expected string // the text of expected.html
	meta     struct {
		Title  *string `json:"title"`
		Byline *string `json:"byline"`
		Lang   *string `json:"lang"`
		// Published is the page's published time, as its metadata gives it.
		Published *string `json:"publishedTime"`
		// SiteName is the site's name, as its metadata gives it.
		SiteName *string `json:"siteName"`
	}
}

// readFileShared reads the expected.html of one readability page.
func readFileShared(page string) (string, error) {
	b, err := os.ReadFile(filepath.Join(sharedDir, "testdata/readability", page, "expected.html"))
	return string(b), err
}

func loadReadabilityPages(t testing.TB) []readabilityPage {
	t.Helper()
	dir := needShared(t, "testdata/readability")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var pages []readabilityPage
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		p := readabilityPage{name: e.Name()}
		base := filepath.Join(dir, e.Name())
		if p.source, err = os.ReadFile(filepath.Join(base, "source.html")); err != nil {
			t.Fatal(err)
		}
		exp, err := os.ReadFile(filepath.Join(base, "expected.html"))
		if err != nil {
			t.Fatal(err)
		}
		p.expected = htmlText(t, string(exp))
		meta, err := os.ReadFile(filepath.Join(base, "expected-metadata.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(meta, &p.meta); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		pages = append(pages, p)
	}
	return pages
}

// htmlText is the text of an HTML fragment: its text nodes outside script
// and style, joined with spaces.
func htmlText(t testing.TB, s string) string {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			parts = append(parts, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	return strings.Join(parts, " ")
}

// tokens splits text into lower-case words (runs of letters, digits and
// marks), each CJK character its own word.
func tokens(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// tokenF1 is the bag-of-words F1 of got against want: 1 when both are
// empty, 0 when only one is.
func tokenF1(got, want []string) float64 {
	if len(got) == 0 && len(want) == 0 {
		return 1
	}
	if len(got) == 0 || len(want) == 0 {
		return 0
	}
	bag := map[string]int{}
	for _, w := range want {
		bag[w]++
	}
	common := 0
	for _, g := range got {
		if bag[g] > 0 {
			bag[g]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(got)), float64(common)/float64(len(want))
	return 2 * p * r / (p + r)
}

// bodyText is every heading and paragraph of a briefing, joined.
func bodyText(b *Briefing) string {
	var sb strings.Builder
	for _, s := range b.Sections {
		sb.WriteString(s.Heading)
		sb.WriteByte('\n')
		for _, p := range s.Paragraphs {
			sb.WriteString(p)
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// TestReadabilityPages imports every page of the shared readability test
// set and measures the share of titles matching expected-metadata.json
// (trimmed, case-insensitive, spaces collapsed) and the median word F1 of
// the body against expected.html. Both must reach 0.9.
func TestReadabilityPages(t *testing.T) {
	if testing.Short() {
		t.Skip("the readability pages take a few seconds")
	}
	pages := loadReadabilityPages(t)
	titles := 0
	var f1s []float64
	for _, p := range pages {
		want := ""
		if p.meta.Title != nil {
			want = *p.meta.Title
		}
		b, err := Import(p.name+".html", p.source)
		if err != nil {
			t.Logf("%s: %v", p.name, err)
			f1s = append(f1s, 0)
			if want == "" {
				titles++
			}
			continue
		}
		if strings.EqualFold(collapseSpace(b.Title), collapseSpace(want)) {
			titles++
		} else {
			t.Logf("%s: title %q, want %q", p.name, b.Title, want)
		}
		f1 := tokenF1(tokens(bodyText(b)), tokens(p.expected))
		if f1 < 0.9 {
			t.Logf("%s: body F1 %.3f", p.name, f1)
		}
		f1s = append(f1s, f1)
	}
	sort.Float64s(f1s)
	median := f1s[len(f1s)/2]
	if len(f1s)%2 == 0 {
		median = (f1s[len(f1s)/2-1] + f1s[len(f1s)/2]) / 2
	}
	share := float64(titles) / float64(len(pages))
	t.Logf("readability pages: %d; titles %d/%d (%.3f); body word F1 median %.3f, min %.3f", len(pages), titles, len(pages), share, median, f1s[0])
	if share < 0.9 {
		t.Errorf("title share %.3f, want at least 0.9", share)
	}
	if median < 0.9 {
		t.Errorf("median body F1 %.3f, want at least 0.9", median)
	}
}
