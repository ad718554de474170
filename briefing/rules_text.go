package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapseSpace joins the words of s with single spaces: the form every
// output string and every rule works on.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// tidy cleans a value taken from metadata (front matter, HTML) and
// collapses its white space, so that no control character reaches the model.
func tidy(s string) string {
	return collapseSpace(CleanString(s))
}

// lineKey is the form in which lines are compared for repeats and looked up
// in word lists: lower case, single spaces, straight apostrophes and quotes.
func lineKey(s string) string {
	s = strings.ToLower(collapseSpace(s))
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '`':
			return '\''
		case '\u201c', '\u201d':
			return '"'
		}
		return r
	}, s)
}

// wordCount counts the space-separated words of s.
func wordCount(s string) int { return countWords(s) }

// endsSentence reports whether s ends like a sentence: with a full stop,
// question or exclamation mark, possibly followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '\u2026':
			return true
		}
		return false
	}
	return false
}

// firstRune returns the first rune of s, or 0 when s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isAllCaps reports whether s has letters and none of them is lower case.
func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// titleCaseWord turns an all-caps word into its capitalised form ("MOHNEY"
// -> "Mohney", "O'NEIL" -> "O'Neil", "JEAN-PAUL" -> "Jean-Paul").
func titleCaseWord(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '\u2019'
	}
	return b.String()
}
