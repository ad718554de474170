package briefing

import (
	"strings"
	"unicode"

	"brief/briefing/extract"
)

// maxDatePrefixWords is the most words of the date a line of an article's
// details opens or ends with (a weekday, the date, the time, "Uhr").
const maxDatePrefixWords = 7

// dateWordsAt returns how many of the words f opens with are a date and
// nothing else (the longest such run, up to maxDatePrefixWords), or 0.
func dateWordsAt(f []string) int {
	best := 0
	for k := 1; k <= min(len(f), maxDatePrefixWords); k++ {
		if !dateWord(f[k-1]) {
			break
		}
		part := strings.Join(f[:k], " ")
		if hasYear(part) && otherThanDateWords(part) == 0 && !lineDate(part).IsZero() {
			best = k
		}
	}
	return best
}

// englishMonths are the months' names in full, as dateWord reads them
// (otherThanDateWords takes any word opening with a month's three letters,
// "Jane" as "January").
var englishMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// dateWord reports whether a word may be part of a date or a time: it
// holds a figure, or names a month, a weekday or a date's word ("Uhr",
// "am", "le").
func dateWord(w string) bool {
	l := strings.ToLower(strings.Trim(w, ".,:;()|·•-–—"))
	return strings.IndexFunc(l, unicode.IsDigit) >= 0 || monthNames[l] != 0 || englishMonths[l] || localMonths[l] != 0 ||
		dateWords[l] || isWeekday(l)
}

// namesAfterBareDate reads a theme's line of details that sets the date,
// the writer and the section side by side with nothing between them but
// the page's layout: "30. Oktober 2023 Carola Pönisch Kultur", "March 4,
// 2024 Jane Doe News". The names are surely people's (knownPerson) and a
// last word that names a section (sections.txt) is left out.
func namesAfterBareDate(s string) ([]string, bool) {
	f := strings.Fields(s)
	if !startsWithDate(s) || len(f) < 3 {
		return nil, false
	}
	k := dateWordsAt(f)
	if k == 0 {
		return nil, false
	}
	rest := f[k:]
	if len(rest) > 2 && sectionWords()[strings.ToLower(rest[len(rest)-1])] {
		rest = rest[:len(rest)-1]
	}
	names, after := leadingNames(strings.Join(rest, " "))
	if len(names) == 0 || after != "" {
		return nil, false
	}
	for _, n := range names {
		if first, _, _ := strings.Cut(n, " "); sectionWords()[strings.ToLower(first)] || !knownPerson(n) {
			return nil, false // a section or an outlet: "Climate Crisis", "Lokales Kiel"
		}
	}
	return names, true
}

// namesAndPlacesOverDate reads a byline that names its writers and the
// places they file from, set apart by commas, and ends with the date:
// "Jane Doe, Brüssel 04.03.2024, 07:14 Uhr", "Jane Doe, London, John Roe
// 19.10.2019, 23:38 Uhr". A place is a place the lists know or one
// capitalised word; a name is two words or more of a name's shape, and
// one of them at least is surely a person's (knownPerson). There are no
// more places than names.
func namesAndPlacesOverDate(s string) ([]string, bool) {
	f := strings.Fields(s)
	at := -1
	for k := 1; k < len(f); k++ {
		if tail := f[k:]; startsWithDate(tail[0]) && dateWordsAt(tail) == len(tail) {
			at = k
			break
		}
	}
	if at < 0 || !strings.Contains(strings.Join(f[:at], " "), ",") {
		return nil, false
	}
	head := strings.TrimRight(strings.Join(f[:at], " "), " ,-–|")
	var names []string
	places, sure := 0, false
	for _, part := range strings.Split(head, ",") {
		part = strings.TrimSpace(part)
		if placeName(part) {
			places++
			continue
		}
		n, rest := leadingNames(part)
		if len(n) != 1 || rest != "" {
			return nil, false
		}
		names = append(names, n[0])
		sure = sure || knownPerson(n[0])
	}
	if !sure || places > len(names) {
		return nil, false
	}
	return names, true
}

// knownPerson reports whether a name is surely a person's: it opens with a
// common given name, or the learned name tagger reads it as one.
func knownPerson(n string) bool {
	return opensWithGivenName(n) || extract.PersonLine(n)
}

// placeName reports whether a part of a byline names a place: one the
// lists know ("Hong Kong"), or one capitalised word ("Brüssel").
func placeName(part string) bool {
	if _, ok := extract.ListedPlace(part); ok {
		return true
	}
	f := strings.Fields(part)
	return len(f) == 1 && unicode.IsUpper(firstRune(part)) && hasLetter(part) && strings.IndexFunc(part, unicode.IsDigit) < 0
}
