package ui

import (
	"strings"
	"testing"

	"brief/briefing"
)

// TestRenderShowsPunctuationAsItself renders a paragraph holding the
// characters Markdown would read as syntax, in the reader's style and in the
// piped one, and checks that each shows as itself, with no backslash
// before it and no offset lost: "Q&A" is not "Q\&A".
func TestRenderShowsPunctuationAsItself(t *testing.T) {
	const text = `The council's Q&A put costs up ~5% at AT&T rates, a*b and [draft] #2 <ok>, and a path C:\pier\plans & more.`
	for _, style := range []string{"dark", "notty"} {
		rp := renderChunk(&briefing.Briefing{Sections: []briefing.Section{{Paragraphs: []string{text}}}}, 0, 0, 200, style, 1).paras[0]
		got := strings.TrimSpace(strings.Join(rp.plain, " "))
		if got != text {
			t.Errorf("%s: rendered %q, want %q", style, got, text)
		}
		i := strings.Index(text, "AT&T")
		want := strings.Index(rp.plain[0], "AT&T")
		if from, to, ok := rp.columns(text, 0, i, i+len("AT&T")); !ok || from != want || to != want+4 {
			t.Errorf("%s: AT&T found at cells %d-%d (%v), want %d-%d", style, from, to, ok, want, want+4)
		}
	}
}
