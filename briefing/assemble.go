package briefing

import "strings"

// assemble builds the briefing's sections from blocks. The lead section
// (empty heading) holds what comes before the first heading.
//
// TODO(importers): the news-text rules (title repeats, captions, bylines,
// datelines, provenance, furniture) belong here so that every format gets them.
func assemble(b *Briefing, blocks []block) {
	cur := Section{}
	flush := func() {
		if cur.Heading != "" || len(cur.Paragraphs) > 0 {
			b.Sections = append(b.Sections, cur)
		}
	}
	for _, bl := range blocks {
		switch bl.kind {
		case heading:
			flush()
			cur = Section{Heading: bl.text}
		default:
			cur.Paragraphs = append(cur.Paragraphs, bl.text)
		}
	}
	flush()
}

// importText reads plain text: the first line is the title, blank lines
// separate paragraphs.
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

// importMarkdown is replaced by the goldmark importer.
func importMarkdown(s string) (*Briefing, error) { return importText(s), nil }

// importHTML is replaced by the readability importer.
func importHTML(s string) (*Briefing, error) { return importText(s), nil }

// annotate finds the quotes and key facts of an imported briefing.
func annotate(b *Briefing) {}
