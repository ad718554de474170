package briefing

import (
	"strings"
	"testing"
)

// FuzzFindQuotes feeds arbitrary paragraphs to people and quote finding:
// nothing may panic, and every quote must point inside its paragraphs,
// start at its first word and end at its last.
func FuzzFindQuotes(f *testing.F) {
	for _, seed := range []string{
		`"We tried," said Jon Berg, a farmer, "but it failed."`,
		"''It is done,'' Mr. Khan said.\n\n''More,'' he added.",
		"“Open.\n\n“Still open,” she said.",
		`A sign read "Closed`,
		`— Ana Ruiz, the mayor`,
		`"" "" ''' “”” «»`,
		`According to the report, "it works." He said: "Fine."`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var paras []string
		for _, p := range strings.Split(s, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		b := &Briefing{Sections: []Section{{Paragraphs: paras}}}
		for _, p := range findPeople(b) {
			for _, m := range p.mentions {
				if b.Text(m) == "" {
					t.Fatalf("mention %+v of %q points nowhere", m, p.name)
				}
			}
		}
		checkQuotePositions(t, b)
		for _, q := range findQuotes(b, findPeople(b)) {
			if q.EndParagraph != 0 && q.EndParagraph <= q.Paragraph {
				t.Fatalf("quote %q ends in paragraph %d before it starts in %d", q.Text, q.EndParagraph, q.Paragraph)
			}
		}
		b.Quotes = findQuotes(b, findPeople(b))
		checkQuotePositions(t, b)
	})
}
