package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// largeArticle repeats the quote fixtures' bodies into one article of about
// size bytes.
func largeArticle(tb testing.TB, size int) []byte {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "quotes", "*.txt"))
	var body strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		_, rest, _ := strings.Cut(string(data), "\n\n") // drop each title line
		body.WriteString(rest)
		body.WriteString("\n\n")
	}
	unit := body.String()
	var sb strings.Builder
	sb.WriteString("A Large Briefing\n\n")
	for {
		sb.WriteString(unit)
		if sb.Len() >= size {
			break
		}
	}
	return []byte(sb.String())
}

// BenchmarkFindQuotes measures people and quote finding on a 5 MB briefing.
func BenchmarkFindQuotes(b *testing.B) {
	data := largeArticle(b, 5<<20)
	br, err := Import("large.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		findQuotes(br, findPeople(br))
	}
}

// BenchmarkImportLarge measures a whole import of a 5 MB article.
func BenchmarkImportLarge(b *testing.B) {
	data := largeArticle(b, 5<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import("large.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargeArticleQuotes checks that a large article of repeated text keeps
// every quote of its parts: nothing is lost or merged across repeats.
func TestLargeArticleQuotes(t *testing.T) {
	small, err := Import("one.txt", largeArticle(t, 1))
	if err != nil {
		t.Fatal(err)
	}
	big, err := Import("many.txt", largeArticle(t, 200<<10))
	if err != nil {
		t.Fatal(err)
	}
	paras := func(b *Briefing) int {
		n := 0
		for _, s := range b.Sections {
			n += len(s.Paragraphs)
		}
		return n
	}
	n := paras(big) / paras(small)
	if n < 2 || len(big.Quotes) != n*len(small.Quotes) {
		t.Errorf("%d repeats give %d quotes, want %d", n, len(big.Quotes), n*len(small.Quotes))
	}
}

// BenchmarkFindQuotesOneParagraph measures a 1 MB article that is a single
// paragraph of quotes, pronouns and titles: lookups of earlier people must
// not grow with the paragraph.
func BenchmarkFindQuotesOneParagraph(b *testing.B) {
	unit := `Council member Anna Berg said "it works." "It leaks," he said. The deputy mayor, Omar Said, agreed: "Fine." "Yes," the mayor said. `
	text := "One Paragraph\n\n" + strings.Repeat(unit, (1<<20)/len(unit))
	br, err := Import("one.txt", []byte(text))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		findQuotes(br, findPeople(br))
	}
}
