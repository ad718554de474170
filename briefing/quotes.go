package briefing

import (
	"strings"
	"unicode"
)

// findQuotes returns every quotation in the body with its attribution.
func findQuotes(b *Briefing, people []person) []Quote {
	return quotesIn(readParagraphs(b, bodyParas(b)), people)
}

// quotesIn is findQuotes on the paragraphs read by readParagraphs.
func quotesIn(paras []docPara, people []person) []Quote {
	l := lexicon()
	qf := quoteFinder{l: l, paras: paras, people: people, ix: newMentionIndex(paras, people), bufs: &tokenBuffers{}}
	var out []Quote
	groupSegments(l, paras, qf.bufs, func(g quoteGroup) {
		out = append(out, qf.quote(g))
	})
	return out
}

// quoteFinder attributes the quotes of one briefing in reading order; it
// remembers the last speaker for quotes that continue a speech and for
// pronouns.
type quoteFinder struct {
	l      *nameLexicon
	paras  []docPara
	people []person
	ix     mentionIndex
	bufs   *tokenBuffers // the token buffers of released paragraphs
	// last is the speaker of the last attributed quote, lastPerson the
	// last one who was a named person; p is the paragraph they spoke in.
	last, lastPerson speakerAt
}

// speakerAt is a speaker remembered for later quotes and pronouns.
type speakerAt struct {
	name, role string
	p, pos     int // paragraph and byte where the speaker was named
	set        bool
	nominal    bool // "the audit report", not a person
}

// quote builds the Quote of a group: its position, text, partial flag and
// attribution.
func (qf *quoteFinder) quote(g quoteGroup) Quote {
	first, last := g.parts[0], g.parts[len(g.parts)-1]
	d0, dl := &qf.paras[first.p], &qf.paras[last.p]
	q := Quote{Section: d0.sec, Paragraph: d0.idx, Start: d0.segs[first.s].start, End: dl.segs[last.s].end}
	if last.p != first.p {
		q.EndParagraph = dl.idx
	}
	texts := make([]string, len(g.parts))
	for i, pr := range g.parts {
		sg := qf.paras[pr.p].segs[pr.s]
		texts[i] = strings.TrimSpace(qf.paras[pr.p].text[sg.start:sg.end])
	}
	q.Text = strings.Join(texts, " ")

	t0 := d0.segTok[first.s]
	lo := sentenceStart(d0, t0)
	tl := dl.segTok[last.s]
	hi := windowEnd(dl, tl)
	q.Partial = isPartialQuote(q.Text, d0.toks[lo:t0])
	title := len(g.parts) == 1 && isWorkTitle(qf.l, d0.toks[lo:t0])
	q.Partial = q.Partial || title
	if q.Partial && len(g.parts) == 1 {
		// a quoted term keeps the sentence's punctuation out: "pact."
		trimmed := strings.TrimRightFunc(q.Text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,;:", r) })
		q.End -= len(q.Text) - len(trimmed)
		q.Text = trimmed
	}

	var sub subject
	ok := false
	if !title && (!q.Partial || !isTitleCase(q.Text)) { // a quoted title has no speaker
		sub, ok = qf.attribution(g, first.p, lo, t0, last.p, tl, hi, q.Partial, q.Text)
	}
	if ok {
		q.Speaker, q.Role, q.Cue = qf.speaker(sub)
	}
	switch {
	case q.Speaker != "":
		if !q.Partial {
			qf.last = speakerAt{name: q.Speaker, role: q.Role, p: last.p, set: true, nominal: !qf.lastPerson.set || qf.lastPerson.name != q.Speaker}
		}
	case !ok && !q.Partial && lo == t0 && t0 > 0 && qf.sentenceBefore(first.p, t0, &q):
		// "Brandt laughed. "Ask me after the final."": the one that sentence is about
		qf.last = speakerAt{name: q.Speaker, role: q.Role, p: last.p, set: true}
	case !ok && !q.Partial && lo == t0 && qf.last.set && qf.last.p >= first.p-1:
		// a quote opening its sentence with no attribution goes on with the last speaker
		q.Speaker, q.Role = qf.last.name, qf.last.role
		qf.last.p = last.p
	case !ok && !q.Partial && t0 == 0 && first.p > 0:
		// a paragraph of quotes after a lead-in: the person it is about
		// ("Asked what had changed, she did not hesitate."), else the
		// person it last named
		if sub, found := qf.leadIn(first.p - 1); found && qf.paras[first.p-1].sec == d0.sec {
			q.Speaker, q.Role, q.Cue = qf.speaker(sub)
			if q.Speaker != "" {
				qf.last = speakerAt{name: q.Speaker, role: q.Role, p: last.p, set: true}
			}
		} else if m, mp, found := qf.ix.lastBefore(qf.paras, first.p-1, len(qf.paras[first.p-1].text), nil); found && mp == first.p-1 && qf.paras[mp].sec == d0.sec {
			pp := qf.people[m.person]
			q.Speaker, q.Role = pp.name, pp.role
			qf.last = speakerAt{name: pp.name, role: pp.role, p: last.p, set: true}
		}
	}
	return q
}

// attribution finds the subject and cue of a quote: in the attribution that
// interrupts it, in a lead-in ending with a comma or colon before it, in
// the words after it, or in any reporting verb earlier in its sentence.
// Partial quotes take only the last.
func (qf *quoteFinder) attribution(g quoteGroup, p0, lo, t0, pl, tl, hi int, partial bool, text string) (subject, bool) {
	l := qf.l
	try := func(p, a, b int, last bool) (subject, bool) {
		toks := qf.paras[p].toks
		c, n := cueIn(l, toks, a, b, last)
		if c < 0 {
			return subject{}, false
		}
		s, ok := subjectOf(l, toks, a, b, c, n, qf.known(p))
		s.p = p
		return s, ok
	}
	before := qf.paras[p0].toks[lo:t0]
	if !partial {
		for _, gp := range g.gaps {
			if s, ok := try(gp.p, gp.a, gp.b, false); ok {
				return s, true
			}
		}
		if n := len(before); n > 0 && (before[n-1].isPunct(",") || before[n-1].isPunct(":")) {
			if s, ok := try(p0, lo, t0-1, true); ok {
				return s, true
			}
		}
		if hi > tl+1 && (endsClause(text) || cueNear(l, qf.paras[pl].toks, tl+1, hi)) {
			if s, ok := try(pl, tl+1, hi, false); ok {
				return s, true
			}
		}
		if n := len(before); n > 0 && before[n-1].isPunct(":") {
			if s, ok := qf.colonSubject(p0, t0-1); ok {
				return s, true
			}
		}
		if t0 == 0 && p0 > 0 && qf.paras[p0-1].sec == qf.paras[p0].sec {
			// a paragraph of speech after "X was more cautious in a note:"
			if c, ok := qf.endsWithColon(p0 - 1); ok {
				if s, ok := qf.colonSubject(p0-1, c); ok {
					return s, true
				}
			}
		}
	}
	if s, ok := try(p0, lo, t0, true); ok || !partial {
		if !ok {
			s, ok = qf.dashAttribution(pl, tl, hi)
		}
		return s, ok
	}
	// a quoted phrase attributed after it: ... "velvet gloves" ..., said X.
	toks := qf.paras[pl].toks
	for i := tl + 1; i+1 < hi; i++ {
		if toks[i].isPunct(",") && cueAt(l, toks, i+1) > 0 {
			return try(pl, i+1, hi, false)
		}
	}
	return subject{}, false
}
