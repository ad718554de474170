package briefing

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
