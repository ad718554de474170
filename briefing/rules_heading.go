package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	if line == "" || len(line) > 4*maxHeadingRunes || utf8.RuneCountInString(line) > maxHeadingRunes {
		return false
	}
	if n := wordCount(line); n == 0 || n > maxHeadingWords {
		return false
	}
	r := firstRune(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?,;:…\"'”’)]»", last) {
		return false
	}
	return !strings.Contains(line, "\"") && !strings.Contains(line, "“") && !strings.Contains(line, "”")
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
