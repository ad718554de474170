package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // a word, with inner apostrophes, hyphens and abbreviation dots
	tPunct                // one punctuation character
	tQuote                // a whole quoted run, marks included
)

// token is a word, a punctuation mark or a quoted run of one paragraph, with
// its byte range.
type token struct {
	kind       tokKind
	seg        int32 // for tQuote: the index of the paragraph's quote segment
	start, end int32 // 32-bit, like seg: a token is 48 bytes instead of 64
	text       string
	low        string // text in lower case, for words
}

// lower is the token's text in lower case.
func (t token) lower() string {
	if t.kind == tWord {
		return t.low
	}
	return t.text
}

// base is a word without its possessive ending: "Putin's" -> "Putin".
func (t token) base() string { return t.text[:len(t.text)-possessiveLen(t.text)] }

// possessiveLen is the length in bytes of the possessive ending of w ("'s",
// "’s", "'" or "’", with more than one character before it), or 0.
func possessiveLen(w string) int {
	n := len(w)
	switch {
	case n > 3 && strings.HasSuffix(w, "'s"):
		return 2
	case n > 5 && strings.HasSuffix(w, "’s"):
		return 4
	case n > 2 && w[n-1] == '\'':
		return 1
	case n > 4 && strings.HasSuffix(w, "’"):
		return 3
	}
	return 0
}

// lowBase is base in lower case. A word's lower case ends with the same
// possessive ending, so it is cut from low.
func (t token) lowBase() string {
	k := possessiveLen(t.text)
	switch {
	case k == 0:
		return t.lower()
	case t.kind == tWord:
		return t.low[:len(t.low)-k]
	}
	return strings.ToLower(t.text[:len(t.text)-k])
}

// possessive reports whether a word ends in a possessive "'s".
func (t token) possessive() bool { return t.kind == tWord && t.base() != t.text }

// isPunct reports whether the token is the punctuation character s.
func (t token) isPunct(s string) bool { return t.kind == tPunct && t.text == s }

// capitalised reports whether a word starts with an upper-case letter.
func (t token) capitalised() bool {
	if t.kind != tWord || t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// allCaps reports whether a word of two letters or more is written in
// capitals only ("SHANGHAI", "CBC"); initials like "G.K." are not.
func (t token) allCaps() bool {
	letters, dots := 0, 0
	for _, r := range t.base() {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '.':
			dots++
		}
	}
	return letters >= 2 && dots < letters
}

// isInitial reports whether a word is an initial: "W.", "G.K.".
func isInitial(t token) bool {
	if t.kind != tWord || !strings.HasSuffix(t.text, ".") {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(t.text, "."), ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

// sentenceEnd reports whether the token ends a sentence.
func (t token) sentenceEnd() bool {
	return t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?")
}

// tokenize splits a paragraph into tokens. Each quote segment becomes one
// tQuote token. A dot stays on a word when the word is an abbreviation
// (a title such as "Sen.", an initial, or "U.S."), so that a lone "."
// token always ends a sentence.
func tokenize(p string, segs []segment) []token {
	return tokenizeAppend(make([]token, 0, len(p)/5+1), p, segs)
}

// tokenizeAppend is tokenize appending to toks, so that a caller reading
// one paragraph at a time can reuse one buffer.
func tokenizeAppend(toks []token, p string, segs []segment) []token {
	l := lexicon()
	si, from := 0, len(toks)
	// The lower case of ASCII words with capitals is written end to end
	// here and made one string at the end, instead of one string a word;
	// such a word waits with an empty low and its offset in seg.
	var space [512]byte
	lows := space[:0]
	for i := 0; i < len(p); {
		if si < len(segs) && i >= segs[si].open {
			s := segs[si]
			toks = append(toks, token{kind: tQuote, start: int32(s.open), end: int32(s.close), text: p[s.open:s.close], seg: int32(si)})
			i = max(s.close, i+1)
			si++
			continue
		}
		if c := p[i]; c < utf8.RuneSelf && !asciiWord(c) {
			if c > ' ' {
				toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + 1), text: p[i : i+1]})
			}
			i++
			continue
		}
		r, n := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case r < utf8.RuneSelf: // an ASCII letter or digit: a word
			fallthrough
		case !unicode.IsSpace(r) && isWordRune(r):
			j, ascii, upper := wordEnd(p, i)
			w := p[i:j]
			if j < len(p) && p[j] == '.' && isAbbreviation(l, w) {
				j++ // an ASCII stop changes neither ascii nor upper
			}
			t := token{kind: tWord, start: int32(i), end: int32(j), text: p[i:j]}
			switch {
			case !upper:
				t.low = t.text
			case ascii:
				t.seg = int32(len(lows))
				lows = appendLower(lows, t.text)
			default:
				t.low = strings.ToLower(t.text)
			}
			toks = append(toks, t)
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			toks = append(toks, token{kind: tPunct, start: int32(i), end: int32(i + n), text: p[i : i+n]})
			i += n
		}
	}
	if len(lows) > 0 {
		all := string(lows)
		for k := from; k < len(toks); k++ {
			if t := &toks[k]; t.kind == tWord && t.low == "" {
				t.low, t.seg = all[t.seg:int(t.seg)+len(t.text)], 0
			}
		}
	}
	return toks
}

// asciiWord reports whether an ASCII byte is a letter or digit.
func asciiWord(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII letters and digits, for the tokenisers' inner
// loops: one load instead of three ranges. It is never written after it is
// made.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isWordRune reports whether a character belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord(byte(r)) // no ASCII character is a mark
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEnd returns the end of the word starting at i: letters and digits,
// joined by single apostrophes, hyphens, dots or ampersands between them.
// It also reports whether the word is all ASCII, and whether it may have
// capitals: an ASCII capital, or any letter beyond ASCII.
func wordEnd(p string, i int) (j int, ascii, upper bool) {
	j, ascii = i, true
	for j < len(p) {
		c := p[j]
		if asciiWord(c) {
			upper = upper || c <= 'Z' && c >= 'A'
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' && c != '&' {
			break // a space or punctuation that never joins words
		}
		r, n := utf8.DecodeRuneInString(p[j:])
		if isWordRune(r) {
			j += n
			ascii, upper = ascii && r < utf8.RuneSelf, upper || r >= utf8.RuneSelf
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if k := j + n; k < len(p) {
				if r2, _ := utf8.DecodeRuneInString(p[k:]); isWordRune(r2) {
					j = k
					ascii, upper = ascii && r < utf8.RuneSelf, upper || r >= utf8.RuneSelf
					continue
				}
			}
			// a trailing possessive apostrophe: "the Clintons' house"
			if (r == '\'' || r == '’') && j > i && (p[j-1] == 's') {
				j += n
				ascii, upper = ascii && r < utf8.RuneSelf, upper || r >= utf8.RuneSelf
			}
		}
		break
	}
	return j, ascii, upper
}

// isAbbreviation reports whether a word followed by a dot is an
// abbreviation rather than the end of a sentence.
func isAbbreviation(l *nameLexicon, w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		return true
	}
	// the word in lower case with its dot, built on the stack: the map
	// look-up with string(lw) copies nothing
	var space [32]byte
	lw := append(appendLower(space[:0], w), '.')
	return l.dotted[string(lw)]
}
