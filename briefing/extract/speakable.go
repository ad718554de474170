package extract

// Rules that keep the speaker model to speakers: the model ranks every
// name, pronoun and noun phrase near a quote, and these say which of them
// a reporting phrase gives the quote, which quotes are no one's words, and
// which candidates cannot speak at all.

// besidePhrase returns the index of the candidate that a reporting phrase
// of several words gives as the speaker of q, in the sentence the quote
// closes or opens: the name or noun phrase right after one that ends in
// "to" ("…,” according to the Forestry Board"), or the name, noun phrase
// or pronoun right before another ("the mayor pointed out"), unless a
// reporting verb stands on the same side in the sentence: the one who
// said it speaks, the source only passes it on. The speaker model reads
// reporting verbs one word at a time and does not see phrases.
func (an *analysis) besidePhrase(q quoteAt, cands []candidate) (int, bool) {
	for _, side := range []string{"after", "before"} {
		p, vi := an.phraseCue(q, side)
		if vi < 0 {
			continue
		}
		if v, _, _ := an.quoteCue(q, side); v != "" {
			continue // "“It is over,” she told reporters, according to the Herald": she said it
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

// unattributedTerm reports whether q is a quoted term or scare quote
// that no reporting verb or phrase in its sentence gives to anyone ("the
// so-called “growth market,” which …", "this is called a “floating
// rate”"): a term reported only in the passive is nobody's either. A
// short quote inside a sentence that ends with a comma is such a term too
// when nothing reports it, the comma being the sentence's, and so is a
// quote of any length that stands where a noun phrase does (governed).
func (an *analysis) unattributedTerm(q quoteAt) bool {
	if !q.partial && !(q.words <= 4 && q.closed && q.open > 0 && an.doc.Paras[q.p0].Toks[q.open-1].Kind == Word && an.endsWithComma(q)) && !an.governed(q) {
		return false
	}
	for _, side := range []string{"after", "before"} {
		if v, p, i := an.quoteCue(q, side); v != "" && !passiveAt(an.doc.Paras[p].Toks, i) {
			return false
		}
		if _, i := an.phraseCue(q, side); i >= 0 {
			return false
		}
	}
	return true
}

// passiveAt reports whether the reporting verb ts[i] is in the passive
// with no agent ("it is called", "what was described as"), which reports
// no one's words.
func passiveAt(ts []Token, i int) bool {
	if i == 0 || i+1 < len(ts) && ts[i+1].Lower() == "by" {
		return false
	}
	switch ts[i-1].Lower() {
	case "is", "are", "was", "were", "be", "been", "being", "it's", "that's":
		return true
	}
	return false
}

// endsWithComma reports whether the quoted text of q ends with a comma.
func (an *analysis) endsWithComma(q quoteAt) bool {
	ts := an.doc.Paras[q.p1].Toks
	return q.closed && q.close > 0 && ts[q.close-1].Is(",")
}

// mayUseTerm reports whether candidate c, chosen as the speaker of a
// quoted term no reporting verb gives to anyone, may be the one whose
// word it is: a person or an organisation the tagger names in the term's
// paragraph ("Trump went after Bush, calling him a “stiff.”"), or "he"
// or "she" in the term's own sentence. A pronoun such as "it" or "we", a
// noun phrase, a place or capitals the tagger did not take for a name
// use no words of their own there: the term is the writer's.
func (an *analysis) mayUseTerm(q quoteAt, c candidate) bool {
	switch c.kind {
	case candName, candCap:
		return c.para == q.p0 && c.entity >= 0 && (an.ents[c.entity].Kind == PersonName || an.ents[c.entity].Kind == OrgName)
	case candPronoun:
		ts := an.doc.Paras[c.para].Toks
		return c.para == q.p0 && ts[c.from].Sent == an.doc.Paras[q.p0].Toks[q.open].Sent && lex().pronouns[ts[c.from].Lower()] == "person"
	}
	return false
}

// subjectOfCue reports whether candidate c stands right beside the
// reporting verb of q, as its subject: "Beijing said", "said Paris
// Hilton". A place there is its government speaking, and a person the
// tagger took for a place still speaks; but a word that is the surname of
// a person named in full in the quote's paragraph is left to the choice
// of speaker, which finds that person there (see someonesSurnameNamedBy).
func (an *analysis) subjectOfCue(q quoteAt, c candidate) bool {
	if c.kind != candName && c.kind != candCap || an.someonesSurnameNamedBy(q, c) {
		return false
	}
	for _, side := range []string{"after", "before"} {
		if v, vp, vi := an.quoteCue(q, side); v != "" && c.para == vp && (c.to == vi || c.from == vi+1) {
			return true
		}
	}
	return false
}

// someonesSurnameNamedBy reports whether candidate c, of one word, is the
// last word of the name of a person of two words or more named in the
// quote's own paragraphs: that person's second mention ("Michael Jordan …
// “…,” Jordan said"), whom the choice of speaker finds there by itself. A
// person named in an earlier paragraph is not found so, and the surname
// beside the verb speaks.
func (an *analysis) someonesSurnameNamedBy(q quoteAt, c candidate) bool {
	if c.to-c.from != 1 {
		return false
	}
	w := an.doc.Paras[c.para].Toks[c.from].Lower()
	for _, e := range an.ents {
		if e.Kind != PersonName || len(e.words) < 2 || e.words[len(e.words)-1] != w {
			continue
		}
		for _, m := range e.Mentions {
			if m.Para >= q.p0 && m.Para <= q.p1 && m.To-m.From > 1 {
				return true
			}
		}
	}
	return false
}

// partOf are the words that take a part of a group with "of": "one of
// the nurses", "some of the residents".
var partOf = map[string]bool{
	"one": true, "two": true, "three": true, "some": true, "many": true, "most": true, "all": true, "each": true,
	"several": true, "few": true, "none": true, "any": true, "both": true, "either": true, "neither": true,
}

// mayBeSpeaker reports whether candidate c can be the one who speaks: not
// a place standing alone (a name the tagger reads as a place, of an
// entity that is one), not a time ("this month"), and not a noun phrase
// or capitals governed by a preposition ("at the same time", "of the
// school year"). A place that qualifies a title speaks as the whole
// phrase ("the Florida senator", see attribute).
func (an *analysis) mayBeSpeaker(c candidate) bool {
	if c.kind == candName && c.ekind == PlaceName && an.kindOf(c) == PlaceName && an.placePhraseEnd(c) < 0 {
		return false
	}
	ts := an.doc.Paras[c.para].Toks
	if c.kind == candNominal && c.to-c.from == 2 && ts[c.from].in(inRelFirst) && lex().facts.relative[ts[c.from].Lower()+" "+ts[c.from+1].Lower()] {
		return false // "this month"
	}
	if (c.kind == candNominal || c.kind == candCap && c.entity < 0) && c.from > 0 {
		t := &ts[c.from-1]
		if t.in(inPrep) {
			if t.Lower() == "of" && c.from > 1 && partOf[ts[c.from-2].Lower()] {
				return true // "one of the nurses"
			}
			switch t.Lower() {
			case "to", "by", "from", "as", "than", "up", "some", "nearly", "almost", "roughly", "approximately", "only", "just", "more", "less", "least", "most", "early", "late":
			default:
				return false
			}
		}
	}
	return true
}

// placePhraseEnd returns the end of the noun phrase a place name is part
// of, after a determiner and before the title it qualifies ("the Florida
// senator", "a Nevada Democrat", "the Ohio state official"), or -1 when it
// stands alone or before anything else ("the Amazon takeover").
func (an *analysis) placePhraseEnd(c candidate) int {
	ts := an.doc.Paras[c.para].Toks
	if c.from == 0 || !opensNominal(ts[c.from-1].Lower()) {
		return -1
	}
	end := -1
	for j := c.to; j < len(ts) && j-c.to < 3 && ts[j].Kind == Word && !ts[j].Quoted; j++ {
		switch {
		case ts[j].in(inTitles):
			end = j + 1
		case ts[j].in(inModifiers):
		default:
			return end
		}
	}
	return end
}

// kindOf is the kind of the entity candidate c names, or its span's kind.
func (an *analysis) kindOf(c candidate) EntityKind {
	if c.entity >= 0 {
		return an.ents[c.entity].Kind
	}
	return c.ekind
}

// governed reports whether quote q stands where a noun phrase does, right
// after a preposition or an article ("the defence “of national
// independence and the integrity of the territory”"): a quoted term.
func (an *analysis) governed(q quoteAt) bool {
	if q.open == 0 || !q.closed {
		return false
	}
	t := &an.doc.Paras[q.p0].Toks[q.open-1]
	switch t.Lower() {
	case "a", "an", "the", "of", "de", "des", "du", "d'", "la", "le", "les", "une", "un":
		return true
	}
	return false
}
