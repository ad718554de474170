package briefing

// docPara is one paragraph of the body, read once for quotes and names:
// where it is, its quote segments and its tokens.
type docPara struct {
	sec, idx int
	text     string
	segs     []segment
	toks     []token
	segTok   []int // the token index of each segment
	code     bool  // preformatted text: no quotes, no names
}

// readParagraphs scans every paragraph of the body for quote marks. Tokens
// come later, paragraph by paragraph, from ensureTokens, and go again with
// releaseTokens, so that a long article never holds them all at once.
func readParagraphs(b *Briefing) []docPara {
	n := 0
	for _, s := range b.Sections {
		n += len(s.Paragraphs)
	}
	out := make([]docPara, 0, n)
	for si, s := range b.Sections {
		for pi, p := range s.Paragraphs {
			out = append(out, docPara{sec: si, idx: pi, text: p, code: s.Kind(pi) == Code})
		}
	}
	// each paragraph's quote marks are its own: ranges are read in parallel
	inChunks(len(out), minParasPerWorker, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if !out[i].code {
				out[i].segs = scanQuotes(out[i].text)
			}
		}
	})
	return out
}

// ensureTokens splits paragraph p into tokens if it is not yet.
func ensureTokens(paras []docPara, p int) {
	if p < 0 || p >= len(paras) {
		return
	}
	d := &paras[p]
	if d.toks != nil || d.code {
		return
	}
	d.toks = tokenize(d.text, d.segs)
	d.segTok = make([]int, len(d.segs))
	for i, t := range d.toks {
		if t.kind == tQuote {
			d.segTok[t.seg] = i
		}
	}
}

// releaseTokens drops the tokens of the paragraphs before p.
func releaseTokens(paras []docPara, from, p int) {
	for i := from; i < p && i < len(paras); i++ {
		paras[i].toks, paras[i].segTok = nil, nil
	}
}

// span is the Span of p[start:end].
func (d *docPara) span(start, end int) Span {
	return Span{Section: d.sec, Paragraph: d.idx, Start: start, End: end}
}
