package briefing

import (
	"strings"
	"unicode"
)

// datelinePattern is "PLACE[, Region][, Mon DD][ (AGENCY)] SEP text", where
// PLACE is in capitals and SEP is "--", "—", "–", "––" or a spaced hyphen.
// A genre tag ("-OpEd-") or a "Source — Date" prefix may come first.
var datelinePattern = lazyCompile(`^(?:-\p{L}+-\s+)?` +
	`(?:[^—–\n]{1,40}?\s[—–]{1,2}\s\p{Lu}\p{L}+\.? \d{1,2}, \d{4}\s+)?` +
	`(\p{Lu}[\p{Lu}\p{M}.'’]*(?:[ -]\p{Lu}[\p{Lu}\p{M}.'’]*){0,4})` +
	`(,\s+\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*)?)?` +
	`(?:,\s+\p{Lu}\p{L}{2,8}\.?\s\d{1,2})?` +
	`(\s*\([\p{L} .&-]{2,30}\))?` +
	`(?:\s*(?:--|––|—|–)\s*|\s+-\s+)`)

// captionDate is the "MONTH DAY:" that tells an agency photo caption from
// a dateline.
var captionDate = lazyCompile(`^\p{Lu}+\.? \d{1,2}(?:, \d{4})?:`)

// splitDateline takes the dateline off the start of a paragraph:
// "MOSCOW -- During ..." gives "MOSCOW" and "During ...";
// "WASHINGTON (AP) — A ..." gives "WASHINGTON (AP)"; "LONDON, May 3
// (Reuters) - The ..." gives "LONDON (Reuters)". The text after it must have a
// lower-case word among its first words ("WNYC - New York Public Radio" is
// no dateline). cut is the number of bytes removed from the start.
func splitDateline(p string) (dateline, rest string, cut int, ok bool) {
	m := datelinePattern.FindStringSubmatchIndex(p)
	if m == nil {
		return "", p, 0, false
	}
	place := p[m[2]:m[3]]
	if len([]rune(strings.Trim(place, ".'’ -"))) < 2 {
		return "", p, 0, false
	}
	rest = p[m[1]:]
	if captionDate.MatchString(rest) || !lowerWordSoon(rest, 5) {
		return "", p, 0, false
	}
	dateline = place
	if m[4] >= 0 {
		dateline += p[m[4]:m[5]]
	}
	if m[6] >= 0 {
		dateline += " " + strings.TrimSpace(p[m[6]:m[7]])
	}
	return collapseSpace(dateline), rest, m[1], true
}

// lowerWordSoon reports whether one of the first n words of s starts with a
// lower-case letter.
func lowerWordSoon(s string, n int) bool {
	for i, w := range strings.Fields(s) {
		if i >= n {
			break
		}
		w = strings.TrimLeft(w, "\"'“‘(")
		if unicode.IsLower(firstRune(w)) {
			return true
		}
	}
	return false
}
