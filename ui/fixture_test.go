package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
)

// seedPath is the example article, shared read-only outside the repository.
var seedPath = filepath.Join("..", "..", "shared", "testdata", "seed", "000_c3a08c2fcaf44687.txt")

// seedText returns the example article's text, skipping the test when the
// shared test data is absent (a fresh clone has none).
func seedText(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("shared test data absent (%v): the seed article is needed", err)
	}
	return string(data)
}

// handQuote is a quote of the hand-built seed reading.
type handQuote struct {
	text, speaker, role string
	partial             bool
}

// seedBriefing builds the seed article's reading by hand: the lead and one
// subheading, its captions, its quotes and a few facts, with spans found by
// strings.Index. It stands in for the importer while extraction is written.
func seedBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(seedText(t), "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	find := func(prefix string) int {
		for i, p := range paras {
			if strings.HasPrefix(p, prefix) {
				return i
			}
		}
		t.Fatalf("seed article has no paragraph starting %q", prefix)
		return -1
	}
	lead, head, end := find("MOSCOW --"), find("Protecting sovereignty"), find("Popular in the Community")
	b := &briefing.Briefing{
		Name:     "seed.txt",
		Title:    "China and Russia Forge Cybersecurity Partnership Without the U.S.",
		Source:   "HuffPost",
		Origin:   "Kommersant, translated by Worldcrunch",
		Authors:  []string{"Elena Chernenko", "Vladislav Novyii", "Ivan Safronov"},
		Dateline: "MOSCOW",
		Captions: []briefing.Caption{{
			Text:   "Russian President Vladimir Putin (L) and Chinese President Xi Jingping (R) attend a welcoming ceremony on May 20, 2014 in Shanghai, China.",
			Credit: "Sasha Mordovets/Getty Images",
		}},
		Sections: []briefing.Section{
			{Paragraphs: append([]string(nil), paras[lead:head]...)},
			{Heading: paras[head], Paragraphs: append([]string(nil), paras[head+1:end]...)},
		},
	}
	b.Sections[0].Paragraphs[0] = strings.TrimPrefix(b.Sections[0].Paragraphs[0], "MOSCOW -- ")
	for _, q := range []handQuote{
		{"non-aggression pact", "", "", true},
		{"a bilateral agreement between Russia and China -- two major cyber powers -- is long overdue.", "Valeria Yashchenko", "vice director of the Institute of Cybersecurity at Moscow State University", false},
		{"Not necessarily. Moscow and Beijing just want to work together.", "Valeria Yashchenko", "vice director of the Institute of Cybersecurity at Moscow State University", false},
		{"for the use of interfering in the internal affairs of a country", "document", "", false},
		{"internationalization", "", "", true},
		{"The United State's incorrect position does not permit us to renew the Sino-American talks on this subject,", "Yang Jiechi", "former Chinese foreign minister and State Council member", false},
	} {
		sp := spanOf(t, b, q.text)
		b.Quotes = append(b.Quotes, briefing.Quote{
			Text: q.text, Speaker: q.speaker, Role: q.role, Partial: q.partial,
			Section: sp.Section, Paragraph: sp.Paragraph, Start: sp.Start, End: sp.End,
		})
	}
	for _, f := range []struct {
		kind         briefing.FactKind
		text, detail string
	}{
		{briefing.Person, "Vladimir Putin", "President"},
		{briefing.Person, "Yang Jiechi", "former Chinese foreign minister"},
		{briefing.Organization, "Huawei", ""},
		{briefing.Place, "Russian Far East", ""},
		{briefing.Figure, "$60 million", "Huawei contract"},
	} {
		b.Facts = append(b.Facts, briefing.Fact{Kind: f.kind, Text: f.text, Detail: f.detail, Mentions: spansOf(b, f.text)})
	}
	return b
}

// spanOf finds the first occurrence of text in the briefing's paragraphs.
func spanOf(t testing.TB, b *briefing.Briefing, text string) briefing.Span {
	t.Helper()
	if s := spansOf(b, text); len(s) > 0 {
		return s[0]
	}
	t.Fatalf("%q is not in the briefing", text)
	return briefing.Span{}
}

// spansOf finds every occurrence of text in the briefing's paragraphs.
func spansOf(b *briefing.Briefing, text string) []briefing.Span {
	var out []briefing.Span
	for s, sec := range b.Sections {
		for p, para := range sec.Paragraphs {
			for off := 0; ; {
				i := strings.Index(para[off:], text)
				if i < 0 {
					break
				}
				out = append(out, briefing.Span{Section: s, Paragraph: p, Start: off + i, End: off + i + len(text)})
				off += i + len(text)
			}
		}
	}
	return out
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
