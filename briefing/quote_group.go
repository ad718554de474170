package briefing

import "strings"

// partRef points at one quote segment: paras[p].segs[s].
type partRef struct{ p, s int }

// tokRange is a range of tokens toks[a:b] of paragraph p.
type tokRange struct{ p, a, b int }

// quoteGroup is one quotation made of one or more segments: a quote running
// over several paragraphs, or a quote interrupted by its attribution. gaps
// are the attributions found between its parts.
type quoteGroup struct {
	parts []partRef
	gaps  []tokRange
}

// segToken returns the index of the token that holds segment s of d.
func segToken(d *docPara, s int) int { return d.segTok[s] }

// groupSegments joins quote segments into quotations and hands each one,
// in reading order, to emit. A segment left open at the end of its
// paragraph continues into the next paragraph of the same section when that
// paragraph opens with a quotation mark; otherwise it ends with its
// paragraph. Two quotes of one paragraph separated only by a short
// attribution ending in a comma or colon ("...," he said, "...") are one
// interrupted quote. Tokens are made for the paragraphs a quote needs and
// dropped once no later quote can need them, their buffers kept in bufs
// for the paragraphs after.
func groupSegments(l *nameLexicon, paras []docPara, bufs *tokenBuffers, emit func(quoteGroup)) {
	var pending *quoteGroup
	released := 0
	flush := func() {
		if pending == nil {
			return
		}
		first, last := pending.parts[0].p, pending.parts[len(pending.parts)-1].p
		for p := first; p <= last; p++ {
			bufs.ensure(paras, p)
		}
		emit(*pending)
		bufs.release(paras, released, last)
		released = max(released, last)
		pending = nil
	}
	taken := -1 // the paragraphs up to this one gave their first segment to a longer quote
	for p := range paras {
		for s := range paras[p].segs {
			if s == 0 && p <= taken {
				continue
			}
			g := quoteGroup{parts: []partRef{{p, s}}}
			cp, cs := p, s
			for continuesNext(paras, cp, cs) {
				cp, cs = cp+1, 0
				taken = cp
				g.parts = append(g.parts, partRef{cp, cs})
			}
			if pending != nil {
				bufs.ensure(paras, p)
				if gap, ok := interruption(l, paras, *pending, g); ok {
					pending.parts = append(pending.parts, g.parts...)
					pending.gaps = append(pending.gaps, gap)
					continue
				}
			}
			flush()
			pending = &g
		}
	}
	flush()
}

// continuesNext reports whether segment s of paragraph p runs on into the
// next paragraph: it is unclosed, the last of its paragraph, opens the
// paragraph or follows a lead-in ending in a colon or comma, and the next
// paragraph of the same section opens with a quotation mark.
func continuesNext(paras []docPara, p, s int) bool {
	d := &paras[p]
	if d.segs[s].closed || s != len(d.segs)-1 || p+1 >= len(paras) {
		return false
	}
	n := &paras[p+1]
	if n.sec != d.sec || len(n.segs) == 0 || strings.TrimSpace(n.text[:n.segs[0].open]) != "" {
		return false
	}
	// speech that runs on opens its paragraph or follows a lead-in ("he said:")
	lead := strings.TrimSpace(d.text[:d.segs[s].open])
	return lead == "" || strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, ",")
}

// interruption reports whether quote b continues quote a after an
// attribution, and returns that attribution's tokens.
func interruption(l *nameLexicon, paras []docPara, a, b quoteGroup) (tokRange, bool) {
	last, first := a.parts[len(a.parts)-1], b.parts[0]
	if last.p != first.p || first.s != last.s+1 {
		return tokRange{}, false
	}
	d := &paras[last.p]
	sa := d.segs[last.s]
	if !sa.closed || !strings.HasSuffix(strings.TrimSpace(d.text[sa.start:sa.end]), ",") {
		return tokRange{}, false
	}
	ta, tb := segToken(d, last.s), segToken(d, first.s)
	if ta < 0 || tb < 0 || tb-ta-1 > 32 || tb-ta < 3 {
		return tokRange{}, false
	}
	gap := d.toks[ta+1 : tb]
	end := gap[len(gap)-1]
	if !end.isPunct(",") && !end.isPunct(":") && !end.isPunct("—") {
		return tokRange{}, false
	}
	hasCue := false
	for i := range gap {
		if gap[i].sentenceEnd() {
			return tokRange{}, false
		}
		if cueAt(l, gap, i) > 0 {
			hasCue = true
		}
	}
	return tokRange{last.p, ta + 1, tb}, hasCue
}
