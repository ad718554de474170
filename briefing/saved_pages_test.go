package briefing

import (
	"fmt"
	"strings"
	"testing"
)

// savedScore is how well brief keeps the article of one saved page and
// drops its boilerplate: word-bag precision and recall of the body (with
// headings) against the page's expected.html, whose photo captions and
// link-only blocks are left out (see copiedLines).
type savedScore struct {
	precision, recall float64
}

func (s savedScore) f() float64 {
	if s.precision+s.recall == 0 {
		return 0
	}
	return 2 * s.precision * s.recall / (s.precision + s.recall)
}

// bagOverlap counts the words of got that want holds, each as often as it
// holds it.
func bagOverlap(got, want []string) int {
	bag := map[string]int{}
	for _, w := range want {
		bag[w]++
	}
	n := 0
	for _, g := range got {
		if bag[g] > 0 {
			bag[g]--
			n++
		}
	}
	return n
}

// TestSavedPagesBoilerplate imports the news and blog pages of the
// readability set as saved HTML and reports the boilerplate F (the mean
// over pages of the F of body words against the article's own words), for
// the tuned and held-out pages apart, with published dates and titles.
func TestSavedPagesBoilerplate(t *testing.T) {
	if testing.Short() {
		t.Skip("the saved pages take a few seconds")
	}
	pages := loadReadabilityPages(t)
	byName := map[string]readabilityPage{}
	for _, p := range pages {
		byName[p.name] = p
	}
	type sum struct {
		n                int
		f, p, r          float64
		dates, datesWant int
		titles           int
		emptySections    int
	}
	var tuned, held sum
	for _, name := range pastePages {
		p := byName[name]
		exp, err := readFileShared(name)
		if err != nil {
			t.Fatal(err)
		}
		want := tokens(strings.Join(copiedLines(t, exp), "\n"))
		b, err := Import(name+".html", p.source)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got := tokens(bodyText(b))
		common := bagOverlap(got, want)
		s := savedScore{precision: float64(common) / float64(max(len(got), 1)), recall: float64(common) / float64(max(len(want), 1))}
		sm := &tuned
		if heldOutPastes[name] {
			sm = &held
		}
		sm.n++
		sm.f += s.f()
		sm.p += s.precision
		sm.r += s.recall
		if p.meta.Title != nil && titleMatches(b.Title, *p.meta.Title) {
			sm.titles++
		}
		for i, sec := range b.Sections {
			opensPart := i+1 < len(b.Sections) && b.Sections[i+1].HeadingLevel() > sec.HeadingLevel()
			if sec.Heading != "" && len(sec.Paragraphs) == 0 && !opensPart {
				sm.emptySections++
				t.Logf("%s: empty section %q", name, sec.Heading)
			}
		}
		if hasPublished(p) {
			sm.datesWant++
			if !b.Published.IsZero() {
				sm.dates++
			}
		}
		if !heldOutPastes[name] {
			t.Logf("%s: F %.3f (P %.3f R %.3f), title %q, published %v", name, s.f(), s.precision, s.recall, b.Title, b.Published.Format("2006-01-02"))
		}
	}
	report := func(s sum) string {
		return fmt.Sprintf("%d pages: boilerplate F %.3f (P %.3f, R %.3f), titles %d, published dates %d of %d pages whose metadata has one, empty sections %d",
			s.n, s.f/float64(s.n), s.p/float64(s.n), s.r/float64(s.n), s.titles, s.dates, s.datesWant, s.emptySections)
	}
	t.Logf("tuned: %s", report(tuned))
	t.Logf("held out: %s", report(held))
	for _, s := range []sum{tuned, held} {
		if f := s.f / float64(s.n); f < 0.97 {
			t.Errorf("boilerplate F %.3f, want at least 0.97", f)
		}
		if s.dates*10 < s.datesWant*9 {
			t.Errorf("published dates on %d of %d pages, want at least 90%%", s.dates, s.datesWant)
		}
		if s.emptySections > 0 {
			t.Errorf("%d empty sections", s.emptySections)
		}
	}
}

// hasPublished reports whether a page's metadata gives its published date.
func hasPublished(p readabilityPage) bool {
	s := strings.ToLower(string(p.source))
	for _, m := range []string{"dc.date.issued", "article:published_time", "datepublished", "<time datetime", "<time class", "itemprop=\"datepublished\""} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}
