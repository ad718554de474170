package briefing

import (
	"regexp"
	"strings"
)

var (
	creditWords = lexiconLines("credits.txt")

	// gettyCaption is the agency caption style "CITY, COUNTRY - MONTH DAY: ...":
	// a place in capitals, a dash, then a date in capitals and a colon.
	gettyCaption = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,60}\s[-–—]{1,2}\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.? \d{1,2}(?:, \d{4})?:\s`)
	// trailingCredit is a credit in parentheses closing a caption:
	// "(Photo by NAME/AGENCY)", "(Thomas Coex/AFP/Getty Images)".
	trailingCredit = regexp.MustCompile(`\s*\(((?i:photos?|photograph|picture|image|credit)(?: by|:)?\s+[^()]{2,120}|[^()/]{2,80}/[^()]{2,120})\)\s*$`)
	// creditLine is a line that is only a credit: "Credit Ashraf Shazly/AFP",
	// "Photograph: Adrian Malloch for the Guardian", "Credit: STR/AFP".
	creditLine = regexp.MustCompile(`(?i)^(?:(?:photo(?:graph)?s?|pictures?|images?|illustrations?|photo credit|credits?)(?: by)?\s*[:|]|(?:photo(?:graph)?s?|pictures?|images?|illustration) by|credits?)\s+(.{2,160})$`)
	// creditPrefix strips the word that introduces a credit.
	creditPrefix = regexp.MustCompile(`(?i)^(?:photos?|photograph|picture|image|credit)(?: by|:)?\s+`)
	// photoCaption is the wire caption style "In this photo ...", "FILE - In
	// this March 3, 2016 file photo, ...", "This image released by ...".
	photoCaption = regexp.MustCompile(`^(?:FILE\s*[-–—]+\s*)?(?:In this|This)\b[^.;:]{0,100}?\b(?:photos?|images?|pictures?|handout|video still|frame grab)\b`)
	// slashCredit is a short credit of names and agencies joined by slashes:
	// "JIM WATSON/AFP/Getty Images".
	slashCredit = regexp.MustCompile(`^[\p{L}\p{M} .'’&-]{2,60}(?:/[\p{L}\p{M} .'’&-]{2,60})+$`)
)

// maxCaptionWords bounds the length of a caption paragraph.
const maxCaptionWords = 90

// parseCaption reports whether a paragraph is a photo caption or a credit
// line, and returns it as a Caption (text and credit; either may be empty).
func parseCaption(p string) (Caption, bool) {
	if wordCount(p) > maxCaptionWords {
		return Caption{}, false
	}
	p = strings.ReplaceAll(p, " [+]", " ")
	if m := creditLine.FindStringSubmatch(p); m != nil && wordCount(m[1]) <= 16 && !endsSentence(m[1]) {
		return Caption{Credit: strings.TrimSpace(m[1])}, true
	}
	if wordCount(p) <= 10 && slashCredit.MatchString(p) && namesAgency(p) {
		return Caption{Credit: strings.TrimSpace(p)}, true
	}
	credit := ""
	text := p
	if loc := trailingCredit.FindStringSubmatchIndex(p); loc != nil {
		inner := p[loc[2]:loc[3]]
		if creditPrefix.MatchString(inner) || namesAgency(inner) {
			credit = strings.TrimSpace(creditPrefix.ReplaceAllString(inner, ""))
			text = strings.TrimSpace(p[:loc[0]])
		}
	}
	if gettyCaption.MatchString(p) || photoCaption.MatchString(p) || credit != "" {
		return Caption{Text: text, Credit: credit}, true
	}
	return Caption{}, false
}

// namesAgency reports whether s names a photo agency or a credit word from
// the credits list, as a whole word.
func namesAgency(s string) bool {
	key := " " + strings.Map(func(r rune) rune {
		if r == '/' || r == '(' || r == ')' || r == ',' || r == '.' || r == ';' {
			return ' '
		}
		return r
	}, lineKey(s)) + " "
	for _, w := range creditWords {
		if strings.Contains(key, " "+w+" ") {
			return true
		}
	}
	return false
}
