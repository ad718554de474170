package briefing

import (
	"strings"
	"unicode/utf8"
)

// Limits of a credit in parentheses closing a caption, in runes.
const (
	minCreditPart  = 2   // each part of a credit
	maxCreditNames = 80  // what comes before the first slash
	maxCreditRest  = 120 // what follows the first slash or the credit word
)

// trailingCreditWords are the words a credit without a slash opens with,
// in lower case ("photo" also opens "photos" and "photograph"). None of
// their letters has a case form outside ASCII.
var trailingCreditWords = []string{"photo", "photos", "photograph", "picture", "image", "credit", "courtesy", "foto"}

// trailingCreditJoins may follow a credit word before the spaces.
var trailingCreditJoins = []string{"", " by", ":", " of"}

// trailingCreditOf reads a credit in parentheses closing a caption,
// "(Photo by NAME/AGENCY)" or "(Thomas Coex/AFP/Getty Images)", from paren,
// the caption's last parenthetical. The credit (what is inside the
// parentheses) is either a credit word, perhaps " by" or ":", spaces and 2
// to 120 more runes, or 2 to 80 runes without a slash, a slash and 2 to 120
// more. Only a full stop and white space may follow the ")".
func trailingCreditOf(paren string) (inner string, ok bool) {
	if !strings.HasPrefix(paren, "(") {
		return "", false
	}
	end := strings.IndexByte(paren, ')')
	if end < 0 || strings.IndexByte(paren[1:end], '(') >= 0 || !allRegexpSpace(strings.TrimPrefix(paren[end+1:], ".")) {
		return "", false
	}
	inner = paren[1:end]
	return inner, slashedCredit(inner) || wordCredit(inner)
}

// slashedCredit reports whether inner is names, a slash and more names.
func slashedCredit(inner string) bool {
	slash := strings.IndexByte(inner, '/')
	if slash < 0 {
		return false
	}
	names, rest := utf8.RuneCountInString(inner[:slash]), utf8.RuneCountInString(inner[slash+1:])
	return names >= minCreditPart && names <= maxCreditNames && rest >= minCreditPart && rest <= maxCreditRest
}

// wordCredit reports whether inner is a credit word (any case), perhaps
// " by" or ":", one or more spaces and 2 to 120 more runes (which may
// start with more of the spaces).
func wordCredit(inner string) bool {
	for _, w := range trailingCreditWords {
		if len(inner) < len(w) || !strings.EqualFold(inner[:len(w)], w) {
			continue
		}
		after := inner[len(w):]
		for _, j := range trailingCreditJoins {
			if !strings.HasPrefix(after, j) {
				continue
			}
			t := after[len(j):]
			spaces := 0
			for spaces < len(t) && isRegexpSpace(t[spaces]) {
				spaces++
			}
			// The spaces taken as the separator can be any 1..spaces of
			// them; the rest must count 2..120 runes.
			if n := utf8.RuneCountInString(t); spaces > 0 && n-1 >= minCreditPart && n-spaces <= maxCreditRest {
				return true
			}
		}
	}
	return false
}

// isRegexpSpace reports whether c is white space as \s of a Go regular
// expression: space, tab, newline, form feed or carriage return.
func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// allRegexpSpace reports whether s is only white space (see isRegexpSpace).
func allRegexpSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isRegexpSpace(s[i]) {
			return false
		}
	}
	return true
}
