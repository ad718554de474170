package briefing

import "slices"

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

// readParagraphs scans every paragraph of the body (paras, see bodyParas)
// for quote marks. Tokens come later, paragraph by paragraph, from
// tokenBuffers.ensure, and go again with tokenBuffers.release, so that a
// long article never holds them all at once.
func readParagraphs(b *Briefing, paras []paraRef) []docPara {
	out := make([]docPara, len(paras))
	for i, p := range paras {
		si, pi := p.at.Section, p.at.Paragraph
		out[i] = docPara{sec: si, idx: pi, text: p.text, code: b.Sections[si].Kind(pi) == Code}
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

// tokenBuffers keeps the token slices of the paragraphs whose tokens were
// released, so that the paragraphs read next reuse them instead of
// allocating their own. A nil *tokenBuffers keeps nothing.
type tokenBuffers struct {
	toks   [][]token
	segTok [][]int
}

// ensure splits paragraph p into tokens if it is not yet, in a released
// buffer when there is one.
func (tb *tokenBuffers) ensure(paras []docPara, p int) {
	if p < 0 || p >= len(paras) {
		return
	}
	d := &paras[p]
	if d.toks != nil || d.code {
		return
	}
	toks, segTok := tb.take()
	if toks == nil {
		toks = make([]token, 0, len(d.text)/5+1)
	}
	d.toks = tokenizeAppend(toks[:0], d.text, d.segs)
	d.segTok = slices.Grow(segTok[:0], len(d.segs))[:len(d.segs)]
	clear(d.segTok)
	for i, t := range d.toks {
		if t.kind == tQuote {
			d.segTok[t.seg] = i
		}
	}
}

// take returns a released pair of buffers, or nils.
func (tb *tokenBuffers) take() ([]token, []int) {
	if tb == nil || len(tb.toks) == 0 {
		return nil, nil
	}
	n := len(tb.toks) - 1
	toks, segTok := tb.toks[n], tb.segTok[n]
	tb.toks, tb.segTok = tb.toks[:n], tb.segTok[:n]
	return toks, segTok
}

// release drops the tokens of paragraphs from..p-1, keeping their buffers
// for reuse. Nothing may hold on to those tokens afterwards.
func (tb *tokenBuffers) release(paras []docPara, from, p int) {
	for i := from; i < p && i < len(paras); i++ {
		if d := &paras[i]; tb != nil && d.toks != nil {
			tb.toks, tb.segTok = append(tb.toks, d.toks), append(tb.segTok, d.segTok)
		}
		paras[i].toks, paras[i].segTok = nil, nil
	}
}

// span is the Span of p[start:end].
func (d *docPara) span(start, end int) Span {
	return Span{Section: d.sec, Paragraph: d.idx, Start: start, End: end}
}
