package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
// than about ten times longer: the facts rules stay linear in the text.
func TestFindFactsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	small, large := largeBriefing(t, 100<<10), largeBriefing(t, 1<<20)
	timeIt := func(br *Briefing) float64 {
		r := testing.Benchmark(func(b *testing.B) {
			for b.Loop() {
				findFacts(br, nil)
			}
		})
		return float64(r.NsPerOp()) / float64(bodySize(br))
	}
	perByteSmall, perByteLarge := timeIt(small), timeIt(large)
	if perByteLarge > 4*perByteSmall {
		t.Errorf("time per byte grows with size: %.1f ns/B at 100 KB, %.1f ns/B at 1 MB", perByteSmall, perByteLarge)
	}
}
