package briefing

import "strings"

// colonSubject reads a lead-in that introduces a quote with a colon but no
// reporting verb ("Whitcomb put it more bluntly:", "Ortiz was more cautious
// in a note to clients:"): its speaker is the first person the sentence
// before toks[hi] of paragraph p names, or its personal pronoun. A
// sentence that names nobody the text knows gives nobody.
func (qf *quoteFinder) colonSubject(p, hi int) (subject, bool) {
	l := qf.l
	d := &qf.paras[p]
	toks := d.toks
	known := qf.known(p)
	for i := sentenceStart(d, hi); i < hi; i++ {
		t := toks[i]
		if kind, ok := l.pronouns[t.lower()]; ok {
			if kind != "person" {
				return subject{}, false
			}
			return subject{p: p, a: i, b: i + 1}, true
		}
		if !known(i) || t.possessive() {
			continue
		}
		j := i + 1
		for j < hi && isNameWord(l, toks[j]) {
			j++
		}
		if toks[j-1].possessive() {
			i = j - 1 // "Ortiz's note was blunt:" names an owner
			continue
		}
		sub := subject{p: p, a: i, b: j}
		if x, y, ok := appositive(l, toks, j, false); ok && y <= hi && opensAppositive(l, toks[x]) {
			sub.app = tokRange{a: x, b: y}
		}
		return sub, true
	}
	return subject{}, false
}

// endsWithColon reports whether paragraph p ends in a colon, so that it
// introduces the paragraph after it; it returns the colon's token.
func (qf *quoteFinder) endsWithColon(p int) (int, bool) {
	qf.bufs.ensure(qf.paras, p)
	toks := qf.paras[p].toks
	n := len(toks)
	return n - 1, n > 0 && toks[n-1].isPunct(":")
}

// passiveAt reports whether the verb toks[i] is a past participle after a
// form of "be" ("was accused", "were asked"): its subject did not speak.
func passiveAt(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].lower(), "ed") {
		return false
	}
	switch toks[i-1].lower() {
	case "was", "were", "been", "being", "is", "are", "be":
		return true
	}
	return false
}

// leadIn reads a paragraph without quotes before a paragraph of speech:
// the subject of its last sentence, when that is a person the text knows
// or a personal pronoun.
func (qf *quoteFinder) leadIn(p int) (subject, bool) {
	qf.bufs.ensure(qf.paras, p)
	toks := qf.paras[p].toks
	n := len(toks)
	if n == 0 || !toks[n-1].sentenceEnd() {
		return subject{}, false
	}
	for _, t := range toks {
		if t.kind == tQuote {
			return subject{}, false
		}
	}
	return qf.colonSubject(p, n-1)
}

// sentenceBefore attributes a quote that opens a sentence after another
// sentence of its paragraph ("Brandt laughed. "Ask me after the final."")
// to the person that sentence is about, when it names a person the text
// knows or has a personal pronoun; it reports whether it did.
func (qf *quoteFinder) sentenceBefore(p, t0 int, q *Quote) bool {
	toks := qf.paras[p].toks
	if !toks[t0-1].sentenceEnd() {
		return false
	}
	sub, ok := qf.colonSubject(p, t0-1)
	if !ok {
		return false
	}
	q.Speaker, q.Role, q.Cue = qf.speaker(sub)
	if qf.last.set && q.Speaker == qf.last.name {
		q.Role = qf.last.role // the speaker goes on, as they were introduced
	}
	return q.Speaker != ""
}
