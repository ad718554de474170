package briefing

// docPara is one paragraph of the body, read once for quotes and names:
// where it is, its quote segments and its tokens.
type docPara struct {
	sec, idx int
	text     string
	segs     []segment
	toks     []token
	segTok   []int // the token index of each segment
}

// readParagraphs scans every paragraph of the body for quote marks and
// splits it into tokens. It is linear in the size of the body.
func readParagraphs(b *Briefing) []docPara {
	var out []docPara
	for si, s := range b.Sections {
		for pi, p := range s.Paragraphs {
			if s.Kind(pi) == Code {
				out = append(out, docPara{sec: si, idx: pi, text: p})
				continue
			}
			segs := scanQuotes(p)
			d := docPara{sec: si, idx: pi, text: p, segs: segs, toks: tokenize(p, segs), segTok: make([]int, len(segs))}
			for i, t := range d.toks {
				if t.kind == tQuote {
					d.segTok[t.seg] = i
				}
			}
			out = append(out, d)
		}
	}
	return out
}

// span is the Span of p[start:end].
func (d *docPara) span(start, end int) Span {
	return Span{Section: d.sec, Paragraph: d.idx, Start: start, End: end}
}
