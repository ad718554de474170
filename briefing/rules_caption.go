package briefing

import (
	"strings"
	"unicode"
)

var (
	creditWords = lexiconLines("credits.txt")

	// gettyCaption is the agency caption style "CITY, COUNTRY - MONTH DAY: ...":
	// a place in capitals, a dash, then a date in capitals and a colon.
	gettyCaption = lazyCompile(`^[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,60}\s[-–—]{1,2}\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.? \d{1,2}(?:, \d{4})?:\s`)
	// creditLine is a line that is only a credit: "Credit Ashraf Shazly/AFP",
	// "Photograph: Adrian Malloch for the Guardian", "Credit: STR/AFP".
	// "Photo illustration by Jane Doe", "Courtesy of the Harbour Authority",
	// "Screenshot: Harbour News", and in other languages "Foto: Jane Doe",
	// "Bild: Agentur".
	creditLine = lazyCompile(`(?i)^(?:(?:photo(?:graph)?s?|pictures?|images?|illustrations?|screenshots?|photo credit|credits?|fotos?|bild(?:er)?|zdjęcie)(?: by)?\s*[:|]|(?:photo(?:graph)?s?|pictures?|images?|illustration|screenshot|photo illustration) by|credits?|courtesy(?: of|\s*:))\s+(.{2,160})$`)
	// creditPrefix strips the word that introduces a credit.
	creditPrefix = lazyCompile(`(?i)^(?:photos?|photograph|picture|image|credit|crédito|fotos?|courtesy(?: of)?)(?: by|:)?\s+`)
	// photoCaption is the wire caption style "In this photo ...", "FILE - In
	// this March 3, 2016 file photo, ...", "This image released by ...".
	// The photo word comes within six words ("In this Wednesday, Oct. 5,
	// 2016 file photo", "This handout picture"), not in a sentence that
	// says what makes a "detailed picture" of something.
	photoCaption = lazyCompile(`^(?:FILE\s*[-–—]+\s*)?(?:In this|This)\s+(?:[^\s;:]+\s+){0,6}?(?:photos?|images?|pictures?|handout|video still|frame grab)\b`)
)

// figureCaption is a figure's numbered caption: "Figure 2: The harbour
// in 1910", "Abb. 3. Lageplan", "Rysunek 1: …". A sentence that speaks of
// the figure ("Figure 2 shows …") has no colon or full stop after the
// number, and stays.
var figureCaption = lazyCompile(`(?i)^(?:figure|fig\.|abbildung|abb\.|grafik|rysunek|rys\.|figura|figur|afbeelding)\s?\d{1,3}[a-z]?\s?[:.]\s+\S`)

// figureOpeners are the first words of figureCaption, the cheap test
// before the pattern.
var figureOpeners = []string{"fig", "abb", "afb", "grafik", "rys"}

// maxFigureCaptionWords bounds a numbered figure caption; a longer
// paragraph after "Figure 2:" is the article's own text.
const maxFigureCaptionWords = 40

// maxCaptionWords bounds the length of a caption paragraph.
const maxCaptionWords = 90

// creditOpeners are the first words of a credit line.
var creditOpeners = []string{"photo", "picture", "image", "credit", "illustration", "courtesy", "screenshot", "foto", "bild", "zdjęcie"}

// parseCaption reports whether a paragraph is a photo caption or a credit
// line, and returns it as a Caption (text and credit; either may be empty).
func parseCaption(p string) (Caption, bool) { return captionOf(newRuleText(p)) }

func captionOf(rt ruleText) (Caption, bool) {
	if rt.words > maxCaptionWords || len(rt.key) == 0 {
		return Caption{}, false
	}
	p := rt.text
	if strings.Contains(p, "[+]") {
		p = strings.ReplaceAll(p, " [+]", " ")
	}
	if hasAnyPrefix(rt.key, creditOpeners) {
		if m := creditLine.FindStringSubmatch(p); m != nil && wordCount(m[1]) <= 16 && !endsSentence(m[1]) {
			return Caption{Credit: strings.TrimSpace(m[1])}, true
		}
	}
	if rt.words <= maxFigureCaptionWords && hasAnyPrefix(rt.key, figureOpeners) && figureCaption.MatchString(p) {
		return Caption{Text: strings.TrimSpace(p)}, true // "Abbildung 4: klassische Schwachschicht"
	}
	if rt.words <= 10 && strings.Contains(p, "/") && isSlashCredit(p) && namesAgency(p) {
		return Caption{Credit: strings.TrimSpace(p)}, true
	}
	credit := ""
	text := p
	if open := trailingParen(p); open >= 0 {
		if inner, ok := trailingCreditOf(p[open:]); ok || isAgencyCredit(p[open:]) {
			if creditPrefix.MatchString(inner) || namesAgency(inner) || slashNameCredit(inner) {
				credit = strings.TrimSpace(creditPrefix.ReplaceAllString(inner, ""))
				text = strings.TrimSpace(p[:open])
			}
		}
	}
	if credit != "" || mayBeAgencyCaption(p) && gettyCaption.MatchString(p) || hasAnyPrefix(rt.key, photoCaptionOpeners) && containsAny(rt.key[:min(len(rt.key), 140)], photoWords) && wirePhotoCaption(p) {
		return Caption{Text: text, Credit: credit}, true
	}
	return Caption{}, false
}

// trailingParen returns where the last "(" of p opens when p ends with ")"
// (spaces and a full stop after it aside: "… (Foto: Jane Roe/Pool)."), or
// -1: the cheap test before trailingCreditOf.
func trailingParen(p string) int {
	if !strings.HasSuffix(strings.TrimRight(p, " ."), ")") {
		return -1
	}
	return strings.LastIndexByte(p, '(')
}

// wirePhotoCaption reports whether p opens as a wire photo's caption does
// (photoCaption) and the words between its "This" and the photo word say
// which photo: a date, a place, what kind of photo it is ("In this
// Wednesday, Oct. 5, 2016 file photo", "This undated handout image"). A
// word in lower case of another kind makes a figure of speech: "This rosy
// picture of the economy hides …".
func wirePhotoCaption(p string) bool {
	loc := photoCaption.FindStringIndex(p)
	if loc == nil {
		return false
	}
	words := strings.Fields(p[:loc[1]])
	for _, w := range words[:len(words)-1] {
		bare := strings.ToLower(strings.Trim(w, ".,()"))
		if bare == "in" || bare == "this" || bare == "file" || bare == "-" || bare == "–" || bare == "—" || !unicode.IsLower(firstRune(w)) || photoKindWords[bare] {
			continue
		}
		return false
	}
	return true
}

// photoKindWords say what kind of photo a wire caption is about, between
// its "This" and the photo word: "This undated handout photo", "In this
// aerial image".
var photoKindWords = map[string]bool{
	"undated": true, "handout": true, "aerial": true, "satellite": true, "drone": true, "archive": true, "archival": true,
	"family": true, "still": true, "video": true, "combination": true, "composite": true, "recent": true, "released": true,
	"provided": true, "file": true, "photo": true, "image": true, "picture": true, "frame": true, "courtesy": true,
	"police": true, "pool": true, "official": true, "thermal": true, "infrared": true, "microscope": true,
	"long": true, "exposure": true, "long-exposure": true, "overhead": true, "close-up": true, "closeup": true, "old": true,
	"historic": true, "historical": true, "screen": true, "grab": true, "surveillance": true, "security": true, "camera": true,
	"phone": true, "mobile": true, "cellphone": true, "black-and-white": true, "colour": true, "color": true, "stock": true,
}

// photoCaptionOpeners are the first words of a wire photo caption, and
// photoWords what it says it is about, near its start.
var (
	photoCaptionOpeners = []string{"file", "in this", "this"}
	photoWords          = []string{"photo", "image", "picture", "handout", "video still", "frame grab"}
)

// mayBeAgencyCaption is the cheap test before gettyCaption: a first word
// in capitals and a colon near the start.
func mayBeAgencyCaption(p string) bool {
	first, _, _ := strings.Cut(p, " ")
	head := p[:min(len(p), 120)]
	return len(first) > 1 && isAllCaps(first) && strings.Contains(head, ":")
}

// isAgencyCredit reports whether a closing parenthesis holds only an
// agency's name, "(Reuters)", "(AP)": the credit of a photo or video
// caption (a dateline puts the agency at the start, not at the end).
func isAgencyCredit(paren string) bool {
	inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(paren), "()"))
	if inner == "" || wordCount(inner) > 3 {
		return false
	}
	l := strings.ToLower(inner)
	for _, w := range creditWords {
		if l == w {
			return true
		}
	}
	return l == "ap"
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

// isSlashCredit reports whether p is a short credit of names and agencies
// joined by slashes ("JIM WATSON/AFP/Getty Images"): two or more parts of
// 2 to 60 letters, spaces and name punctuation. (As a regular expression,
// the bounded repeats of a Unicode class cost milliseconds to compile at
// every start of the program.)
func isSlashCredit(p string) bool {
	parts := strings.Split(p, "/")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && !strings.ContainsRune(" .'’&-", r) {
				return false
			}
			n++
		}
		if n < 2 || n > 60 {
			return false
		}
	}
	return true
}
