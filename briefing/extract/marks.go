package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment is one quoted run inside a paragraph.
type Segment struct {
	// Open and Close are the token indexes of its marks; Close is -1 when
	// the run goes on to the end of the paragraph.
	Open, Close int
	// Start and End are the byte offsets of the quoted text, without the
	// marks and the spaces just inside them.
	Start, End int
}

// Closed reports whether the run has a closing mark in its paragraph.
func (s Segment) Closed() bool { return s.Close >= 0 }

// pairMarks finds the quoted runs of a paragraph and marks each mark token
// as opening or closing, and each token inside a run as quoted.
//
// Curly marks open and close by their shape: “ „ « ‹ open and ” » › close,
// except that “ closes a run opened by „ (German). A mis-curled mark, and a
// straight " or a doubled apostrophe ”, is read by its context: it opens
// after a space or punctuation and before a word, and closes the run it is
// in. A run still open at the end of the paragraph is returned unclosed.
func pairMarks(p string, toks []Token) []Segment {
	var segs []Segment
	open := -1      // the index of the opening mark of the run we are in
	var opener rune // its character
	end := func(close, at int) {
		s := Segment{Open: open, Close: close}
		s.Start = toks[open].End()
		s.End = at
		s.Start, s.End = trimSpaces(p, s.Start, s.End)
		if strings.IndexFunc(p[s.Start:s.End], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			toks[open].Opens = false // marks around nothing but punctuation quote nothing
			if close >= 0 {
				toks[close].Closes = false
			}
		} else {
			segs = append(segs, s)
			for k := open + 1; k < len(toks) && (close < 0 || k < close); k++ {
				toks[k].Quoted = true
			}
		}
		open = -1
	}
	for i := range toks {
		t := toks[i]
		if t.Kind != Mark {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text())
		prev, next := runeBefore(p, t.Start), runeAfter(p, t.End())
		switch {
		case open < 0:
			shapeOpens := r == '“' || r == '„' || r == '«' || r == '‹'
			if shapeOpens || canOpen(prev, next) && (r == '"' || r == '\'' || prev == 0 || unicode.IsSpace(prev)) {
				toks[i].Opens = true
				open, opener = i, r
			}
		case r == '“' && opener != '„' && !canClose(prev, next):
			// a new opening mark inside an open run: the run was never closed
			end(-1, t.Start)
			toks[i].Opens = true
			open, opener = i, r
		case r == '’' && i-open > minQuoteWordsBeforePossessive && pluralPossessive(p, t.End()):
			// "‘We will not stand by while our members’ pay falls,’ she
			// said": the mark after the plural is its possessive's
			toks[i].Kind = Punct
		default:
			toks[i].Closes = true
			end(i, t.Start)
		}
	}
	if open >= 0 {
		end(-1, len(p))
	}
	return segs
}

// canOpen reports whether a mark between prev and next may open a quote:
// something follows it, and it does not stick to a word or number before
// it (as in 5" or rock"n).
func canOpen(prev, next rune) bool {
	return next != 0 && !unicode.IsSpace(next) && !isWordRune(prev)
}

// canClose reports whether a mark between prev and next may close a quote:
// it follows text, not a space, and no word sticks to it after.
func canClose(prev, next rune) bool {
	return prev != 0 && !unicode.IsSpace(prev) && !isWordRune(next)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeBefore is the character before p[i:], or 0 at the start.
func runeBefore(p string, i int) rune {
	if i == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return r
}

// runeAfter is the character at p[j:], or 0 at the end.
func runeAfter(p string, j int) rune {
	if j >= len(p) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p[j:])
	return r
}

// trimSpaces returns the bounds of p[from:to] without the spaces at
// either end.
func trimSpaces(p string, from, to int) (int, int) {
	for from < to {
		r, n := utf8.DecodeRuneInString(p[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		from += n
	}
	for to > from {
		r, n := utf8.DecodeLastRuneInString(p[from:to])
		if !unicode.IsSpace(r) {
			break
		}
		to -= n
	}
	return from, to
}

// minQuoteWordsBeforePossessive is how many tokens a run quoted with single
// marks holds before a ’ after a plural may be its possessive rather than
// the run's end: a run of a few words is a term ("‘pods’ modelled on
// capsule hotels", "‘hard times’ ahead"), a longer one a speech, whose
// plurals' possessives stand inside it ("‘We will not be bought off with
// a few weeks’ pay’").
const minQuoteWordsBeforePossessive = 4

// pluralPossessive reports whether the ’ that ends at p[j:] follows a
// plural's "s" and comes before a space and a word in lower case
// ("workers’ union").
func pluralPossessive(p string, j int) bool {
	before := runeBefore(p, j-len("’"))
	if before != 's' || j >= len(p) || p[j] != ' ' {
		return false
	}
	return unicode.IsLower(runeAfter(p, j+1))
}
