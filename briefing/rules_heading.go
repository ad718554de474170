package briefing

import (
	"strings"
	"unicode"
)

// Limits of a subheading found in plain text.
const (
	maxHeadingWords = 14
	maxHeadingRunes = 110
)

// looksLikeHeading reports whether a line of plain text can be a subheading:
// short, title-like (starts with a capital or a digit), no final sentence
// punctuation or trailing comma, and not a quotation. Whether it really is
// one also depends on what follows (see isSubheading).
func looksLikeHeading(line string) bool {
	n := wordCount(line)
	if n == 0 || n > maxHeadingWords || len([]rune(line)) > maxHeadingRunes {
		return false
	}
	r := firstRune(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last := []rune(line)[len([]rune(line))-1]
	if strings.ContainsRune(".!?,;:…\"'”’)]»", last) {
		return false
	}
	return !strings.ContainsAny(line, "“”\"")
}

// isSubheading decides whether line starts a section: it looks like a
// heading and the next line is a real paragraph, clearly longer than it.
func isSubheading(line, next string) bool {
	if !looksLikeHeading(line) || next == "" {
		return false
	}
	nw := wordCount(next)
	return nw >= 2*wordCount(line) && (endsSentence(next) || nw >= 20)
}
