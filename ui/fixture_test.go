package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
	"brief/content"
)

// seedPath is the example article, shared read-only outside the repository.
var seedPath = filepath.Join("..", "..", "shared", "testdata", "seed", "000_c3a08c2fcaf44687.txt")

// seedBriefing imports the seed article with the real importer, skipping
// the test when the shared test data is absent.
func seedBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skipf("shared test data absent (%v): the seed article is needed", err)
	}
	b, err := briefing.ReadFile(seedPath, 0)
	if err != nil {
		t.Fatalf("importing the seed article: %v", err)
	}
	return b
}

// cyberName is the embedded briefing the screen and model tests read: it
// has the seed article's shape (caption, origin line, byline, dateline,
// four sections, quotes with long roles, scare quotes) and ships with the
// repository, so the tests run in a clean clone.
const cyberName = "russia-china-cyber.txt"

// cyberBriefing imports the embedded briefing the tests read.
func cyberBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	b, err := content.Briefing(cyberName)
	if err != nil {
		t.Fatalf("importing the embedded briefing: %v", err)
	}
	return b
}

// quoteBy returns the index of the first non-partial quote by a speaker.
func quoteBy(t testing.TB, b *briefing.Briefing, speaker string) int {
	t.Helper()
	for i, q := range b.Quotes {
		if !q.Partial && q.Speaker == speaker {
			return i
		}
	}
	t.Fatalf("no quote by %s", speaker)
	return -1
}

// nthQuote returns the index of the n-th (from 1) non-partial quote.
func nthQuote(t testing.TB, b *briefing.Briefing, n int) int {
	t.Helper()
	for i, q := range b.Quotes {
		if !q.Partial {
			if n--; n == 0 {
				return i
			}
		}
	}
	t.Fatalf("fewer than %d quotes", n)
	return -1
}

// factNamed returns the fact with the given text.
func factNamed(t testing.TB, b *briefing.Briefing, text string) briefing.Fact {
	t.Helper()
	for _, f := range b.Facts {
		if f.Text == text {
			return f
		}
	}
	t.Fatalf("no fact %q", text)
	return briefing.Fact{}
}

// bigBriefing builds a synthetic briefing of about size bytes: sections of
// six paragraphs, each with a quote, so that benchmarks need no test data.
func bigBriefing(size int) *briefing.Briefing {
	words := strings.Fields("the ministry said on tuesday that talks with its neighbours over the new cable would resume next month after a pause of almost a year while officials in both capitals weighed the cost of the project and the risk to existing lines")
	b := &briefing.Briefing{Name: "big.txt", Title: "A very long briefing", Source: "Synthetic"}
	n, w := 0, 0
	for s := 0; n < size; s++ {
		sec := briefing.Section{Heading: fmt.Sprintf("Part %d of the story", s+1)}
		if s == 0 {
			sec.Heading = ""
		}
		for p := 0; p < 6; p++ {
			var sb strings.Builder
			for sb.Len() < 600 {
				sb.WriteString(words[w%len(words)] + " ")
				w++
			}
			text := sb.String()
			qs := len(text) / 3
			quote := `"We will not give up on this," said Ana Ruiz, the minister. `
			text = text[:qs] + quote + text[qs:]
			start := qs + 1
			b.Quotes = append(b.Quotes, briefing.Quote{
				Text: "We will not give up on this,", Speaker: "Ana Ruiz", Role: "the minister",
				Section: s, Paragraph: p, Start: start, End: start + len("We will not give up on this,"),
			})
			sec.Paragraphs = append(sec.Paragraphs, strings.TrimSpace(text))
			n += len(text)
		}
		b.Sections = append(b.Sections, sec)
	}
	return b
}
