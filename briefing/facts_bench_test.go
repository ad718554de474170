package briefing

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// largeBriefing builds a briefing of about size bytes from the fixture
// articles, repeated over many sections.
func largeBriefing(tb testing.TB, size int) *Briefing {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "facts", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no fixture articles in testdata/facts (%v)", err)
	}
	var paras []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			tb.Fatalf("reading %s: %v", f, err)
		}
		paras = append(paras, fixtureBriefing(string(text)).Sections[0].Paragraphs...)
	}
	b, n := &Briefing{}, 0
	for n < size {
		s := Section{Heading: "Part"}
		for _, p := range paras {
			s.Paragraphs = append(s.Paragraphs, p)
			n += len(p)
		}
		b.Sections = append(b.Sections, s)
	}
	return b
}

func bodySize(b *Briefing) int {
	n := 0
	for _, s := range b.Sections {
		n += len(strings.Join(s.Paragraphs, ""))
	}
	return n
}

// BenchmarkFindFacts measures the key facts of a 5 MB briefing.
func BenchmarkFindFacts(b *testing.B) {
	br := largeBriefing(b, 5<<20)
	b.SetBytes(int64(bodySize(br)))
	b.ResetTimer()
	for b.Loop() {
		findFacts(br, nil)
	}
}

// TestFindFactsLinear checks that a briefing ten times larger takes no more
// than about ten times longer: the facts rules stay linear in the text. It
// takes the best of several runs, so a busy machine does not fail it.
func TestFindFactsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	small, large := largeBriefing(t, 50<<10), largeBriefing(t, 500<<10)
	perByte := func(br *Briefing) float64 {
		best := time.Duration(math.MaxInt64)
		for range 5 {
			start := time.Now()
			findFacts(br, nil)
			best = min(best, time.Since(start))
		}
		return float64(best) / float64(bodySize(br))
	}
	perByte(small) // warm up: the word lists are parsed on first use
	s, l := perByte(small), perByte(large)
	if l > 6*s { // a quadratic rule would show ten times
		t.Errorf("time per byte grows with size: %.1f ns/B at 50 KB, %.1f ns/B at 500 KB", s, l)
	}
}
