package briefing

import (
	"strings"
	"unicode/utf8"
)

// dashAttribution reads a signed quote: a dash and a name after it, in the
// same paragraph ("..." — Ruth Adeyemi, master of a cable repair ship) or
// opening the next one, as under a block quote.
func (qf *quoteFinder) dashAttribution(p, t, hi int) (subject, bool) {
	l := qf.l
	at := func(p, i, hi int) (subject, bool) {
		toks := qf.paras[p].toks
		for i < hi && toks[i].isPunct(">") { // a Markdown block quote read as text
			i++
		}
		if i+1 >= hi || !isDash(toks[i]) || !isNameWord(l, toks[i+1]) {
			return subject{}, false
		}
		b, _ := npAfter(l, toks, i+1, hi)
		sub := subject{p: p, a: i + 1, b: b}
		if x, y, ok := appositive(l, toks, b, false); ok && opensAppositive(l, toks[x]) {
			sub.app = tokRange{a: x, b: y}
		} else if b+1 < hi && toks[b].isPunct(",") && relative(toks[b+1]) {
			sub.app = tokRange{a: b + 1, b: hi} // "— Sophie van Dijk, who researches supply chains"
		}
		return sub, true
	}
	if s, ok := at(p, t+1, hi); ok {
		return s, true
	}
	if t == len(qf.paras[p].toks)-1 && p+1 < len(qf.paras) && qf.paras[p+1].sec == qf.paras[p].sec {
		qf.bufs.ensure(qf.paras, p+1) // the next paragraph is read only when needed
		n := qf.paras[p+1].toks
		return at(p+1, 0, len(n))
	}
	return subject{}, false
}

// isDash reports whether a token is a dash that signs a quote.
func isDash(t token) bool {
	return t.kind == tPunct && strings.Contains("—–―-", t.text)
}

// cueNear reports whether a reporting verb stands among the first words of
// toks[a:b] ("... now." he said).
func cueNear(l *nameLexicon, toks []token, a, b int) bool {
	c, _ := cueIn(l, toks, a, min(b, a+4), false)
	return c >= 0
}

// sentenceStart returns the first token of the sentence holding token t:
// after the last sentence end, or after a quote that ends a sentence.
func sentenceStart(d *docPara, t int) int {
	for i := t - 1; i >= 0 && t-i < 80; i-- {
		tk := d.toks[i]
		if (tk.sentenceEnd() && !closesAside(d.toks, i)) || tk.isPunct(";") {
			return i + 1
		}
		if tk.kind == tQuote {
			sg := d.segs[tk.seg]
			r, _ := utf8.DecodeLastRuneInString(d.text[sg.start:sg.end])
			if r == '.' || r == '!' || r == '?' {
				if i+1 < len(d.toks) && (i+1 == t || d.toks[i+1].capitalised()) {
					return i + 1
				}
			}
			if i+1 == t {
				return t // two quotes in a row
			}
		}
		if t-i == 79 {
			return i
		}
	}
	return max(0, t-79)
}

// windowEnd returns the end of the words that follow token t up to the end
// of their sentence or the next quote.
func windowEnd(d *docPara, t int) int {
	i := t + 1
	for i < len(d.toks) && i-t < 40 {
		tk := d.toks[i]
		if tk.sentenceEnd() || tk.kind == tQuote || tk.isPunct(";") {
			break
		}
		i++
	}
	return i
}

// closesAside reports whether the dot toks[i] ends an abbreviation inside
// a short bracketed aside ("(D-Mont.)") rather than a sentence.
func closesAside(toks []token, i int) bool {
	return toks[i].isPunct(".") && i+1 < len(toks) && toks[i+1].isPunct(")") &&
		i > 0 && toks[i-1].kind == tWord && len(toks[i-1].text) <= 8 && toks[i-1].capitalised()
}
