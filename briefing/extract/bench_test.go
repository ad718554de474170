package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureParagraphs returns the paragraphs of the hand-written quote
// fixtures, repeated until they hold about size bytes.
func fixtureParagraphs(b *testing.B, size int) []string {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "quote-fixtures", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no quote fixtures: %v", err)
	}
	var unit []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for i, p := range strings.Split(string(data), "\n\n") {
			if p = strings.TrimSpace(p); p != "" && i > 0 {
				unit = append(unit, p)
			}
		}
	}
	var out []string
	for n := 0; n < size; {
		for _, p := range unit {
			out = append(out, p)
			n += len(p)
		}
	}
	return out
}

// BenchmarkAnalyze measures the whole analysis (tokens, names, people,
// quotes, speakers, pronouns) at three sizes: the time per byte must stay
// flat.
func BenchmarkAnalyze(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"25KB", 25 << 10}, {"1.5MB", 3 << 19}, {"15MB", 15 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			paras := fixtureParagraphs(b, size.bytes)
			n := 0
			for _, p := range paras {
				n += len(p)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(NewDoc(paras))
			}
		})
	}
}
