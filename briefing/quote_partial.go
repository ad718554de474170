package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isTitleCase reports whether every longer word of a text is capitalised,
// as in the title of a show, book or plan ("Meet the Press").
func isTitleCase(text string) bool {
	n := 0
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
		n++
	}
	return n > 0
}

// endsClause reports whether a quote's text ends as a quote followed by its
// attribution does: with a comma, question or exclamation mark, or dash.
func endsClause(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(",?!—–-…", r)
}

// isPartialQuote reports whether a quote is a quoted term or scare quote
// rather than speech: short (four words at most, or a title of up to eight
// capitalised words) and standing inside a sentence, right after a word.
func isPartialQuote(text string, before []token) bool {
	n := len(before)
	if n == 0 || before[n-1].kind != tWord {
		return false
	}
	words := strings.Fields(text)
	if len(words) <= 4 {
		return true
	}
	if len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
	}
	r, _ := utf8.DecodeLastRuneInString(text)
	return !strings.ContainsRune(".!?,", r)
}

// isWorkTitle reports whether a quote is the title of a work: right after
// a word that introduces one ("the book", "titled") or after "of" and a
// word naming its maker ("the author of"). Such a quote is no speech even
// when ", said" follows it.
func isWorkTitle(l *nameLexicon, before []token) bool {
	n := len(before)
	if n == 0 || before[n-1].kind != tWord {
		return false
	}
	w := before[n-1].lower()
	if w == "of" || w == "in" {
		return n >= 2 && before[n-2].kind == tWord && l.works[before[n-2].lower()]
	}
	return l.works[w]
}
