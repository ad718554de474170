package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// factToken is one word or number of a paragraph, as the key-facts rules see
// it. A possessive "'s" is not part of the word: "Washington's" is the word
// "Washington" whose poss reports it, and whose next is past the "'s".
//
// Offsets are 32-bit, which keeps a token at 16 bytes: a long article has
// millions of them, and a paragraph is far below 2 GiB.
type factToken struct {
	start, end int32    // byte range of the word in the paragraph
	possLen    uint8    // bytes of a possessive "'s" or "’s" after the word, or 0
	sent       bool     // first word of a sentence
	upper      bool     // starts with an upper-case letter
	allCaps    bool     // two or more letters, all upper case ("NATO", "SHANGHAI")
	digit      bool     // starts with a digit
	hyphen     bool     // holds a hyphen: "Sino-American", "mid-May"
	kind       wordKind // the small-word lists holding the word in lower case
}

// poss reports whether a possessive "'s" follows the word.
func (t factToken) poss() bool { return t.possLen > 0 }

// next is the end of the word including a possessive "'s".
func (t factToken) next() int { return int(t.end) + int(t.possLen) }

// factTokens splits a paragraph into words and numbers in one pass. Inner
// hyphens and apostrophes stay in the word ("Sino-American", "Xi'an"), as do
// the commas and points of numbers ("3,000", "3.5"), the stops of initials
// ("U.S.") and the stop of a listed abbreviation ("Inc.", "Aug."). The
// words are appended to toks.
func factTokens(p string, lx *factLexicon, toks []factToken) []factToken {
	prevEnd, first := 0, len(toks)
	for i := 0; i < len(p); {
		if c := p[i]; c < utf8.RuneSelf && !factASCIIWord(c) {
			i++ // the quick way over spaces and punctuation
			continue
		}
		r, n := rune(p[i]), 1 // an ASCII letter or digit, or the first byte of another character
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[i:])
		}
		if !factWordRune(r) {
			i += n
			continue
		}
		t := factToken{start: int32(i), digit: unicode.IsDigit(r), upper: unicode.IsUpper(r)}
		j := i + n
		for j < len(p) {
			if factASCIIWord(p[j]) {
				j++ // the quick way over plain letters and digits
				continue
			}
			if c := p[j]; c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' && c != ',' {
				break // a space or punctuation that never joins words
			}
			c, cn := utf8.DecodeRuneInString(p[j:])
			if factWordRune(c) {
				j += cn
				continue
			}
			nr, _ := utf8.DecodeRuneInString(p[j+cn:])
			if !factWordRune(nr) {
				break
			}
			pr, _ := utf8.DecodeLastRuneInString(p[:j])
			if (c == '\'' || c == '’') && (nr == 's' || nr == 'S') && !factWordRuneAt(p, j+cn+1) {
				break // possessive
			}
			if c == '-' || c == '\'' || c == '’' ||
				(c == '.' || c == ',') && unicode.IsDigit(pr) && unicode.IsDigit(nr) ||
				c == '.' && unicode.IsLetter(pr) && unicode.IsLetter(nr) && initialBefore(p[i:j]) {
				t.hyphen = t.hyphen || c == '-'
				j += cn
				continue
			}
			break
		}
		end := j
		// The stop after initials ("U.S.") or a listed abbreviation ("Inc.").
		if j < len(p) && p[j] == '.' && (strings.Contains(p[i:j], ".") && initialBefore(p[i:j]) || lx.abbrevs[p[i:j]]) {
			end = j + 1
		}
		_, next := possessiveAfter(p, end)
		t.end, t.possLen = int32(end), uint8(next-end)
		t.allCaps = t.upper && allUpper(p[i:end])
		t.sent = len(toks) == first || sentenceBreak(p[prevEnd:i])
		toks = append(toks, t)
		prevEnd = next
		i = next
	}
	return toks
}

// possessiveAfter reports whether a possessive "'s" (or "’s") follows byte
// at, and where the word ends with it.
func possessiveAfter(p string, at int) (bool, int) {
	if at >= len(p) || p[at] != '\'' && p[at] < utf8.RuneSelf {
		return false, at
	}
	c, cn := utf8.DecodeRuneInString(p[at:])
	if (c == '\'' || c == '’') && at+cn < len(p) && (p[at+cn] == 's' || p[at+cn] == 'S') && !factWordRuneAt(p, at+cn+1) {
		return true, at + cn + 1
	}
	return false, at
}

// factASCIIWord reports whether the byte is an ASCII letter or digit.
func factASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// factWordRune reports whether r can be part of a word or number, with a
// quick path for ASCII.
func factWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// factWordRuneAt reports whether a word character starts at byte i of p.
func factWordRuneAt(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return factWordRune(r)
}

// initialBefore reports whether the word so far ends in a single letter
// after a stop or at its start, as in "U" or "U.S": the stops of initials.
func initialBefore(w string) bool {
	k := strings.LastIndexByte(w, '.')
	rest := w[k+1:]
	return utf8.RuneCountInString(rest) == 1
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
	if gap == " " {
		return false
	}
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case '.', '!', '?', ':':
			return true
		}
	}
	return false
}

// clauseBreak reports whether the text between two words separates clauses:
// any punctuation but a currency sign, an ampersand or a hyphen.
func clauseBreak(gap string) bool {
	for _, r := range gap {
		switch {
		case unicode.IsSpace(r), r == '$', r == '€', r == '£', r == '¥', r == '&', r == '%':
		case unicode.Is(unicode.Sc, r):
		default:
			return true
		}
	}
	return false
}

// plainGap reports whether two words are separated by white space only.
func plainGap(gap string) bool { return strings.TrimSpace(gap) == "" }
