package extract

import (
	"slices"
	"strings"
	"unicode"
)

// factWord is one word or number of a paragraph as the date and figure
// rules read it: its tokens joined where a hyphen holds them together
// without a space ("1,100-mile", "2014-05-20"), a possessive ending not part
// of it but noted.
type factWord struct {
	start, end int // bytes of the word, without a possessive ending
	next       int // the end with the possessive ending
	sent       bool
	upper      bool
	allCaps    bool
	digit      bool
	hyphen     bool
	lists      listFlags
}

// poss reports whether a possessive ending follows the word.
func (w factWord) poss() bool { return w.next > w.end }

// factPara is one paragraph on its way through the date and figure rules:
// its words, and which of them already belong to a fact.
type factPara struct {
	lx    *factLexicon
	para  int
	text  string
	toks  []factWord
	taken []bool
	first []int // the first token of each word
}

// read makes pp read paragraph pi of d, reusing its buffers.
func (pp *factPara) read(d *Doc, pi int, names [][2]int) {
	p := &d.Paras[pi]
	pp.lx, pp.para, pp.text, pp.toks = lex().facts, pi, p.Text, pp.toks[:0]
	first := pp.first[:0] // the first token of each word
	for k := 0; k < len(p.Toks); k++ {
		t := &p.Toks[k]
		if t.Kind != Word && t.Kind != Number {
			continue
		}
		if n := len(pp.toks); n > 0 && t.form.possessive && pp.toks[n-1].next == t.Start {
			pp.toks[n-1].next = t.End()
			continue
		}
		first = append(first, k)
		w := factWord{start: t.Start, end: t.End(), next: t.End(), upper: t.Cap, digit: t.Kind == Number,
			hyphen: t.form.hyphen, lists: t.form.lists}
		// a hyphen with no space around it joins a number to what follows
		for k+2 < len(p.Toks) && p.Toks[k+1].Is("-") && p.Toks[k+1].Start == w.end && p.Toks[k+2].Start == p.Toks[k+1].End() &&
			(w.digit || p.Toks[k+2].Kind == Number) && (p.Toks[k+2].Kind == Word || p.Toks[k+2].Kind == Number) {
			k += 2
			w.end, w.next, w.hyphen, w.lists = p.Toks[k].End(), p.Toks[k].End(), true, 0
		}
		w.allCaps = w.upper && allUpper(p.Text[w.start:w.end])
		pp.toks = append(pp.toks, w)
	}
	for k := range pp.toks {
		pp.toks[k].sent = k == 0 || sentenceBreak(pp.gap(k))
	}
	pp.first = first
	pp.taken = slices.Grow(pp.taken[:0], len(pp.toks))[:len(pp.toks)]
	clear(pp.taken)
	for _, n := range names {
		// the first word at or after the name's first token, then on
		// while words start inside it
		i, _ := slices.BinarySearch(first, n[0])
		for ; i < len(first) && first[i] < n[1]; i++ {
			pp.taken[i] = true
		}
	}
}

// allUpper reports whether w has two or more letters, all upper case.
func allUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// sentenceBreak reports whether the text between two words ends a sentence
// (or starts a new one after a colon).
func sentenceBreak(gap string) bool {
	return gap != " " && strings.ContainsAny(gap, ".!?:")
}

// word is the text of word k, without a possessive.
func (pp *factPara) word(k int) string { return pp.text[pp.toks[k].start:pp.toks[k].end] }

// has reports whether word k is in one of the lists f.
func (pp *factPara) has(f listFlags, k int) bool { return pp.toks[k].lists&f != 0 }

// gap is the text between word k-1 and word k (before the first word for k == 0).
// Past the last word it is the text after it.
func (pp *factPara) gap(k int) string {
	switch {
	case len(pp.toks) == 0:
		return pp.text
	case k <= 0:
		return pp.text[:pp.toks[0].start]
	case k >= len(pp.toks):
		return pp.text[pp.toks[len(pp.toks)-1].next:]
	}
	return pp.text[pp.toks[k-1].next:pp.toks[k].start]
}

// plainGap reports whether a gap between words is white space only.
func plainGap(gap string) bool { return strings.TrimSpace(gap) == "" }

// clauseBreak reports whether the text between two words separates clauses:
// any punctuation but a currency sign, an ampersand, a percent sign or a
// hyphen.
func clauseBreak(gap string) bool {
	for _, r := range gap {
		switch {
		case unicode.IsSpace(r), r == '&', r == '%', unicode.Is(unicode.Sc, r):
		default:
			return true
		}
	}
	return false
}

// spanText is the text of words a..b-1, from the start of a to the end of
// b-1 (without its possessive).
func (pp *factPara) spanText(a, b int) string { return pp.text[pp.toks[a].start:pp.toks[b-1].end] }

// span is where words a..b-1 are.
func (pp *factPara) span(a, b int) Mention {
	return Mention{Para: pp.para, Start: pp.toks[a].start, End: pp.toks[b-1].end}
}

// free reports whether words a..b-1 exist and belong to no fact yet.
func (pp *factPara) free(a, b int) bool {
	if a < 0 || b > len(pp.toks) || a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if pp.taken[k] {
			return false
		}
	}
	return true
}

// take marks words a..b-1 as belonging to a fact.
func (pp *factPara) take(a, b int) {
	for k := a; k < b; k++ {
		pp.taken[k] = true
	}
}
