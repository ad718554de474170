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
// than about ten times longer: the facts rules stay linear in the text,
// also when the whole text is one paragraph full of people's mentions. It
// takes the best of several runs, so a busy machine does not fail it.
func TestFindFactsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	type input struct {
		b      *Briefing
		people []person
	}
	onePara := func(size int) input {
		b := largeBriefing(t, size)
		var paras []string
		for _, s := range b.Sections {
			paras = append(paras, s.Paragraphs...)
		}
		p := strings.Join(paras, " ")
		one := briefingOf(p)
		who := person{name: "Andrew Bailey", role: "governor"}
		for at := 0; ; {
			k := strings.Index(p[at:], "Andrew Bailey")
			if k < 0 {
				break
			}
			who.mentions = append(who.mentions, Span{Start: at + k, End: at + k + len("Andrew Bailey")})
			at += k + 1
		}
		return input{one, []person{who}}
	}
	perByte := func(in input) float64 {
		best := time.Duration(math.MaxInt64)
		for range 5 {
			start := time.Now()
			findFacts(in.b, in.people)
			best = min(best, time.Since(start))
		}
		return float64(best) / float64(bodySize(in.b))
	}
	for _, tc := range []struct {
		name         string
		small, large input
	}{
		{"paragraphs", input{largeBriefing(t, 50<<10), nil}, input{largeBriefing(t, 500<<10), nil}},
		{"one paragraph with people", onePara(50 << 10), onePara(500 << 10)},
	} {
		perByte(tc.small) // warm up: the word lists are parsed on first use
		s, l := perByte(tc.small), perByte(tc.large)
		if l > 6*s { // a quadratic rule would show ten times
			t.Errorf("%s: time per byte grows with size: %.1f ns/B at 50 KB, %.1f ns/B at 500 KB", tc.name, s, l)
		}
	}
}
