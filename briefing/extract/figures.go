package extract

import (
	"strings"
	"unicode"
)

// figureAt reports whether a figure starts at word i and where it ends: the
// byte range of its text and the words it covers (i..j-1). A figure is a
// number with a currency ("$60 million", "€5bn", "5 million rubles"), a
// percentage ("3.5%", "12 percent") or a count of a listed unit ("3,000 km",
// "200 Russian troops"). A number written as a word counts only with a
// magnitude or a unit ("two million", "five soldiers"). Bare numbers,
// years and ordinals are not figures.
func (pp *factPara) figureAt(i int) (start, end, j int, ok bool) {
	lx := pp.lx
	t := pp.toks[i]
	w := pp.word(i)
	start, end = t.start, t.end
	money, scaled := false, false
	switch {
	case t.digit:
		if n, unit, ok := strings.Cut(w, "-"); ok && !strings.ContainsRune(unit, '-') {
			// "1,100-mile", "$60-million"
			if num, suffix := splitNumber(n); num != "" && suffix == "" &&
				(lx.units[unit] || lx.units[unit+"s"] || lx.magnitudes[unit]) {
				return start - len(pp.symbolBefore(start)), end, i + 1, true
			}
			return 0, 0, 0, false
		}
		num, suffix := splitNumber(w)
		if num == "" {
			return 0, 0, 0, false
		}
		switch {
		case suffix == "":
		case lx.magnitudes[strings.ToLower(suffix)]:
			scaled = true
		default:
			return 0, 0, 0, false // "20th", "2014-05-20", "G7"
		}
		if sym := pp.symbolBefore(start); sym != "" {
			start, money = start-len(sym), true
		} else if i > 0 && plainGap(pp.gap(i)) && lx.codes[pp.word(i-1)] && !pp.taken[i-1] {
			start, money = pp.toks[i-1].start, true
		}
	case pp.has(inNumWord, i):
		if i > 0 && plainGap(pp.gap(i)) && pp.has(inDeterminer, i-1) {
			return 0, 0, 0, false // "the two nations" points back, it is no figure
		}
	default:
		return 0, 0, 0, false
	}
	j = i + 1
	if strings.HasPrefix(pp.text[end:], "%") && t.digit {
		return start, end + 1, j, true
	}
	if !t.poss() && !scaled && j < len(pp.toks) && plainGap(pp.gap(j)) && lx.magnitudes[pp.word(j)] && len(pp.word(j)) > 1 {
		scaled, end, j = true, pp.toks[j].end, j+1
	}
	if !pp.toks[j-1].poss() && j < len(pp.toks) && plainGap(pp.gap(j)) && !pp.taken[j] {
		next := pp.word(j)
		if !money && (lx.currencies[strings.ToLower(next)] || lx.codes[next]) {
			return start, pp.toks[j].end, j + 1, true
		}
		if !money {
			if n := pp.phraseIn(j, lx.percents, lx.maxUnitWords); n > 0 {
				return start, pp.toks[j+n-1].end, j + n, true
			}
			// A unit, straight after the number or after one or two words.
			for skip := 0; skip <= 2 && j+skip < len(pp.toks); skip++ {
				if skip > 0 && (!plainGap(pp.gap(j+skip)) || pp.taken[j+skip] || pp.has(inFunction, j+skip-1) || pp.toks[j+skip-1].poss() || pp.toks[j+skip-1].digit) {
					break
				}
				if n := pp.phraseIn(j+skip, lx.units, lx.maxUnitWords); n > 0 {
					k := j + skip + n
					return start, pp.toks[k-1].end, k, true
				}
			}
		}
	}
	if money || scaled {
		return start, end, j, true
	}
	return 0, 0, 0, false
}

// splitNumber splits a word that starts with a digit into the number
// ("3,000", "3.5") and what is attached to it ("bn", "m", "th").
func splitNumber(w string) (num, suffix string) {
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || (w[k] == ',' || w[k] == '.') && k+1 < len(w) && w[k+1] >= '0' && w[k+1] <= '9') {
		k++
	}
	num, suffix = w[:k], w[k:]
	for _, r := range suffix {
		if !unicode.IsLetter(r) {
			return "", ""
		}
	}
	return num, suffix
}

// symbolBefore returns the currency sign written just before byte at, or "".
func (pp *factPara) symbolBefore(at int) string {
	for _, s := range pp.lx.symbols {
		if strings.HasSuffix(pp.text[:at], s) {
			return s
		}
	}
	return ""
}

// phraseIn returns how many words starting at k make a phrase of l (in
// lower case, at most maxWords words), longest first, or 0.
func (pp *factPara) phraseIn(k int, l map[string]bool, maxWords int) int {
	for n := min(maxWords, len(pp.toks)-k); n >= 1; n-- {
		if !pp.free(k, k+n) {
			continue
		}
		ok := true
		for m := k + 1; m < k+n; m++ {
			ok = ok && plainGap(pp.gap(m))
		}
		if !ok {
			continue
		}
		p := pp.spanText(k, k+n)
		if l[p] || pp.toks[k].upper && !pp.toks[k].allCaps && l[strings.ToLower(p)] {
			return n
		}
	}
	return 0
}

// scanFigures adds the figures of one paragraph, each with what it is
// about.
func scanFigures(pp *factPara, c *factCollector) {
	for i := 0; i < len(pp.toks); i++ {
		if pp.taken[i] || !pp.toks[i].digit && !pp.has(inNumWord, i) {
			continue // figureAt reads numbers only, in digits or words
		}
		start, end, j, ok := pp.figureAt(i)
		if !ok {
			continue
		}
		text := oneLine(pp.text[start:end])
		detail := ""
		if !c.has(FigureFact, text) {
			detail = pp.figureDetail(i, j)
		}
		pp.take(i, j)
		c.add(FigureFact, text, detail, Mention{Para: pp.para, Start: start, End: end})
		i = j - 1
	}
}

// figureComplement are the prepositions that open what a figure counts
// right after it: "80% of its power", "$1 billion in lost sales", "€600
// million on a second production line".
var figureComplement = map[string]bool{"of": true, "in": true, "on": true}

// clauseOpeners are the words before a figure that open a clause of its
// own: "after 3,000 km of new fences were built".
var clauseOpeners = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true, "as": true}

// maxDetailLead is the most words of the phrase before a figure kept in
// front of what the figure counts.
const maxDetailLead = 4

// lastWords is the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

// figureDetail says what the figure in words i..j-1 is about. When a noun
// follows it, that is the noun phrase with its complement ("$60 million
// contract with Chinese company Huawei"); otherwise it is what comes
// before it in its clause ("inflation rose" for "inflation rose to 3.5%"),
// with what follows when that is a single word ("lent to a regional
// bank"), or what follows it when it opens the clause, or the clause
// before when its own has nothing else ("..., to $5.4 billion").
func (pp *factPara) figureDetail(i, j int) string {
	cs, ce := pp.clause(i, j)
	if j < ce && !pp.toks[j].digit && !pp.has(inFunction, j) && !pp.has(inCut, j) && !pp.toks[j-1].poss() {
		return pp.phrase(j, ce, 10)
	}
	before := pp.phraseBack(cs, i, 8)
	if i > cs && clauseOpeners[strings.ToLower(pp.word(i-1))] && j < ce && figureComplement[strings.ToLower(pp.word(j))] {
		// "talks collapsed after 3,000 km of new fences were built": the
		// figure opens a clause of its own, which says what it counts
		if after := pp.phrase(j, ce, 10); after != "" {
			return after
		}
	}
	if j < ce && before != "" && figureComplement[strings.ToLower(pp.word(j))] {
		// "generates 80% of its power from renewable sources", "cost its
		// members $1 billion in lost sales": what the figure counts
		// follows it, and "…" stands for the figure between the two
		if after := pp.phraseKeep(j, ce, 8); after != "" {
			return lastWords(before, maxDetailLead) + " … " + after
		}
	}
	if len(strings.Fields(before)) == 1 {
		// "lent" -> "lent ... to a regional bank in Nairobi"
		return joinDetail(before, pp.phraseKeep(j, ce, 8))
	}
	if before != "" {
		return before
	}
	if after := pp.phrase(j, ce, 10); after != "" {
		return after
	}
	if cs > 0 && !pp.toks[cs].sent {
		// "Trade ... declined 40 percent this year, to $5.4 billion."
		prev, _ := pp.clause(cs-1, cs)
		return pp.phrase(prev, cs, 8)
	}
	return ""
}
