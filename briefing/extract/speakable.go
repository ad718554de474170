package extract

// Rules that keep the speaker model to speakers: the model ranks every
// name, pronoun and noun phrase near a quote, and these say which of them
// a reporting phrase gives the quote, which quotes are no one's words, and
// which candidates cannot speak at all.

// besidePhrase returns the index of the candidate that a reporting phrase
// of several words gives as the speaker of q, in the sentence the quote
// closes or opens: the name or noun phrase right after one that ends in
// "to" ("…,” according to the Forestry Board"), or the name, noun phrase
// or pronoun right before another ("the mayor pointed out"). The speaker
// model reads reporting verbs one word at a time and does not see them.
func (an *analysis) besidePhrase(q quoteAt, cands []candidate) (int, bool) {
	for _, side := range []string{"after", "before"} {
		p, vi := an.phraseCue(q, side)
		if vi < 0 {
			continue
		}
		ts := an.doc.Paras[p].Toks
		speakerAfter := ts[vi].phraseCue == speakerAfterPhrase
		for i, c := range cands {
			if c.para != p || !an.canSpeak(c) {
				continue
			}
			if side == "after" && c.from <= q.close || side == "before" && c.to > q.open {
				continue
			}
			switch {
			case speakerAfter && c.kind != candPronoun && (c.from == vi+1 || c.from == vi+2 && ts[vi+1].Lower() == "the"):
				return i, true
			case !speakerAfter && c.to == vi:
				return i, true
			}
		}
	}
	return -1, false
}

// canSpeak reports whether candidate c names someone who can speak: a
// person or an organisation the tagger found, a person named before, a
// personal pronoun or a noun phrase.
func (an *analysis) canSpeak(c candidate) bool {
	switch c.kind {
	case candName:
		return c.ekind == PersonName || c.ekind == OrgName
	case candCap:
		return c.entity >= 0
	case candPronoun, candNominal:
		return true
	}
	return false
}

// phraseCue finds the reporting phrase of several words that introduces
// q on the given side, as findCues finds a reporting verb: the first
// after the quote in the sentence it closes, or the last before it in the
// sentence it opens. It returns its paragraph and the token that stands
// for it, or -1.
func (an *analysis) phraseCue(q quoteAt, side string) (p, at int) {
	if side == "after" {
		ts := an.doc.Paras[q.p1].Toks
		if q.close >= len(ts) {
			return q.p1, -1
		}
		s := ts[q.close].Sent
		for i := q.close + 1; i < len(ts) && ts[i].Sent == s && !ts[i].Quoted; i++ {
			if ts[i].phraseCue != 0 {
				return q.p1, i
			}
		}
		return q.p1, -1
	}
	ts := an.doc.Paras[q.p0].Toks
	s := ts[q.open].Sent
	for i := q.open - 1; i >= 0 && ts[i].Sent == s && !ts[i].Quoted; i-- {
		if ts[i].phraseCue != 0 {
			return q.p0, i
		}
	}
	return q.p0, -1
}
