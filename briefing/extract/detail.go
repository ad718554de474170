package extract

import "strings"

// clause returns the words cs..ce-1 of the clause that holds words i..j-1:
// the words between the nearest breaks (a comma, dash, bracket, quote mark
// or sentence end) around them, at most maxClauseWords on each side.
func (pp *factPara) clause(i, j int) (cs, ce int) {
	cs = i
	for cs > 0 && i-cs < maxClauseWords && !pp.toks[cs].sent && !clauseBreak(pp.gap(cs)) {
		cs--
	}
	ce = j
	for ce < len(pp.toks) && ce-j < maxClauseWords && !pp.toks[ce].sent && !clauseBreak(pp.gap(ce)) {
		ce++
	}
	return cs, ce
}

// maxClauseWords bounds how far a clause reaches on either side, so text
// without punctuation costs no more than text with it.
const maxClauseWords = 40

// phrase is the short detail read forward from word a, before word end: it
// skips small words at its start, stops at a word that opens another
// clause ("which", "because"), a reporting word ("said") or an infinitive
// ("to build"), keeps at most max words and drops small words at its end.
func (pp *factPara) phrase(a, end, max int) string {
	for a < end && (pp.has(inFunction, a) || pp.has(inCut, a) || pp.has(inCues, a)) {
		a++
	}
	return pp.phraseKeep(a, end, max)
}

// phraseKeep is phrase without skipping small words at the start, for the
// part of a detail that follows other words ("... ceremony" + "in Shanghai").
func (pp *factPara) phraseKeep(a, end, max int) string {
	b := a
	for b < end && b-a < max {
		if b > a && (pp.has(inCut, b) || pp.has(inCues, b) || pp.word(b) == "to" && b+1 < end && pp.infinitive(b+1)) {
			if b-a >= 3 && conjunction(pp.word(b-2)) {
				b -= 2 // "in Eindhoven and plans to hire": the next verb's "and plans" goes too
			}
			break
		}
		b++
	}
	return pp.trimmedText(a, b)
}

// conjunction reports whether a word joins two clauses or phrases.
func conjunction(w string) bool { return w == "and" || w == "but" || w == "or" }

// phraseBack is the short detail read backward from word b (not included)
// to word a: the words after the last clause-opening word, at most max of
// them, without small words at either end or dates at its start.
func (pp *factPara) phraseBack(a, b, max int) string {
	if b-a > max {
		a = b - max
	}
	for k := b - 1; k >= a; k-- {
		if pp.has(inCut, k) {
			a = k + 1
			break
		}
	}
	for a < b && (pp.has(inFunction, a) || pp.dateWord(a)) {
		a++
	}
	return pp.trimmedText(a, b)
}

// dateWord reports whether word k is a year, a month or a day of the
// month: words that open a detail read backward only by accident ("2014
// the U.S. Justice Department charged").
func (pp *factPara) dateWord(k int) bool {
	w := pp.word(k)
	return isYear(w) || pp.lx.months[w] != "" || pp.dayAt(k)
}

// infinitive reports whether word k, after "to", looks like a verb: a
// lower-case word that is not a small word or a number ("to build", not
// "to the border" or "to Beijing").
func (pp *factPara) infinitive(k int) bool {
	t := pp.toks[k]
	return !t.upper && !t.digit && !pp.lx.function[pp.word(k)] && plainGap(pp.gap(k))
}

// trimmedText is the text of words a..b-1 without small words or
// prepositions at its end; a number at its start keeps its currency sign.
func (pp *factPara) trimmedText(a, b int) string {
	for b > a && (pp.has(inFunction, b-1) || pp.has(inPrep, b-1)) {
		b--
	}
	if a >= b {
		return ""
	}
	start, end := pp.toks[a].start, pp.toks[b-1].end
	if pp.toks[a].digit {
		start -= len(pp.symbolBefore(start))
	}
	if pp.toks[b-1].digit && strings.HasPrefix(pp.text[end:], "%") {
		end++
	}
	return strings.Join(strings.Fields(pp.text[start:end]), " ")
}

// joinDetail joins two parts of a detail with a space, skipping empty ones.
func joinDetail(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// oneLine returns s with every run of white space made one space; s itself
// when it has none to change.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\t' || c == '\r' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' || c >= 0x80 {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
