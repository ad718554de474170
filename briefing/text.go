package briefing

import "strings"

// importText reads plain text: the first line is the title, blank lines
// separate paragraphs. (A first cut, replaced by the news-text importer.)
func importText(s string) *Briefing {
	b := &Briefing{}
	var blocks []block
	for _, p := range strings.Split(s, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if b.Title == "" {
			b.Title = p
			continue
		}
		blocks = append(blocks, block{kind: paragraph, text: p})
	}
	assemble(b, blocks)
	return b
}
