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
//
// With quotedOnly, only the paragraphs that hold a quote and the ones right
// after them (where a quote may be signed) are split into tokens: that is
// all that attributing quotes reads.
func readParagraphs(b *Briefing, quotedOnly bool) []docPara {
	var out []docPara
	prevQuoted := false
	for si, s := range b.Sections {
		for pi, p := range s.Paragraphs {
			if s.Kind(pi) == Code {
				out = append(out, docPara{sec: si, idx: pi, text: p})
				prevQuoted = false
				continue
			}
			segs := scanQuotes(p)
			d := docPara{sec: si, idx: pi, text: p, segs: segs, segTok: make([]int, len(segs))}
			if !quotedOnly || len(segs) > 0 || prevQuoted {
				d.toks = tokenize(p, segs)
			}
			prevQuoted = len(segs) > 0
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
