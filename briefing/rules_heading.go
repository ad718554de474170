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
	// maxQuotedHeadingWords is the most words of a subheading that is a
	// quotation in single quotes.
	maxQuotedHeadingWords = 8
)

// singleQuoted returns the text inside a line that is one quotation in
// single quotes: "'We were not asked'", "‘A long winter’".
func singleQuoted(line string) (string, bool) {
	for _, q := range [][2]string{{"'", "'"}, {"‘", "’"}} {
		if len(line) > len(q[0])+len(q[1]) && strings.HasPrefix(line, q[0]) && strings.HasSuffix(line, q[1]) {
			inner := line[len(q[0]) : len(line)-len(q[1])]
			if !strings.ContainsAny(inner, "'‘’") {
				return inner, true
			}
		}
	}
	return "", false
}

// looksLikeHeading reports whether a line of plain text can be a
// subheading: short, title-like (a capital or a digit first, perhaps after
// an opening single quote), without final sentence punctuation, closing
// quote or trailing comma, and not opening with a double quote (a
// quotation); or a short quotation in single quotes, as British sites set
// their subheadings. Whether it is one also depends on what follows
// (isSubheading).
func looksLikeHeading(line string) bool {
	if line == "" || len(line) > 4*maxHeadingRunes {
		return false
	}
	if inner, ok := singleQuoted(line); ok {
		// A short quotation in single quotes is a subheading in the
		// British style ("'We were not asked'").
		return wordCount(inner) <= maxQuotedHeadingWords && looksLikeHeading(inner)
	}
	// A heading may open with a quoted word ("‘Unprecedented’ strandings"),
	// but a line that is one whole quotation is not a heading.
	r := firstRune(strings.TrimLeft(line, "‘'“\""))
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?,;:…\"'”’)]»", last) {
		return false
	}
	if n := wordCount(line); n == 0 || n > maxHeadingWords {
		return false
	}
	if len(line) > maxHeadingRunes && utf8.RuneCountInString(line) > maxHeadingRunes {
		return false
	}
	return !strings.HasPrefix(line, "\"") && !strings.HasPrefix(line, "“")
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
