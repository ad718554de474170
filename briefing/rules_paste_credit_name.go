package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bounds of a credit that is only a name (see nameCredit).
const (
	maxNameCreditWords = 6
	maxNameCreditRunes = 60
)

// creditJoiners are the words in lower case a credit of names may hold
// between its capitalised ones: particles of names ("Jeroen van der
// Meer") and the "for" of a photographer's outlet in a few languages
// ("Jane Doe for Harbour News", "für DIE ZEIT"). "and" is not among them:
// two names joined are more often people the article names.
var creditJoiners = map[string]bool{
	"for": true, "für": true, "pour": true, "per": true, "para": true, "voor": true,
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "&": true,
}

// outletJoiners are the creditJoiners that give a photographer's outlet
// ("Jane Doe for Harbour News").
var outletJoiners = []string{"for", "für", "pour", "per", "para", "voor"}

// creditMarkWords open a credit of names with a word of its own: "Foto
// Jeroen van der Meer", "Photo Jane Roe".
var creditMarkWords = []string{"foto", "photo", "bild", "kuva", "beeld", "fotografia", "fotografía", "zdjęcie"}

// creditMarked reports whether a credit of names bears a credit's mark: a
// "©", a slash or a licence ("CC BY-ND"), a credit's word opening it
// ("Foto …") or an outlet it was taken for ("… for Harbour News"). A
// line of names in mixed case alone ("Obsidian Mobile", "Kessing Harbour
// Watch") may as well be a subheading, a signature or the name of whoever
// spoke. Capitals alone are no such mark: between paragraphs a line in
// capitals may as well sign a newsletter ("JANE FOSTER"), close a press
// release ("END OF RELEASE") or label a box ("IN OTHER NEWS"), and under
// a sentence's colon list acronyms ("NASA", "ESA").
func creditMarked(t string) bool {
	t = strings.TrimSpace(t)
	if strings.ContainsAny(t, "©/") || strings.Contains(t, "CC BY") {
		return true
	}
	f := strings.Fields(t)
	if len(f) > 1 && wordIn(strings.ToLower(f[0]), creditMarkWords) {
		return true
	}
	for _, w := range f[1:] {
		if wordIn(w, outletJoiners) {
			return true
		}
	}
	return false
}

// nameCredit reports whether a short line reads as a photo's credit made of
// names alone: one to six words, no sentence end, no date, every word
// capitalised, in capitals, a mark ("©", "/") or one of creditJoiners,
// and at least one of them a capitalised name ("VELORO", "Obsidian
// Mobile", "Foto Jeroen van der Meer", "Helena Marsh, CC BY-ND", "© Jens
// Hallwachs für DIE ZEIT"). Whether it is a credit depends on where it
// stands (see captionOverNameCredit).
func nameCredit(t string) bool {
	t = strings.TrimSpace(t)
	n := wordCount(t)
	if n == 0 || n > maxNameCreditWords || utf8.RuneCountInString(t) > maxNameCreditRunes || strings.ContainsAny(t, ".!?:;\"“”") ||
		!lineDate(t).IsZero() {
		return false
	}
	if k := strings.IndexByte(t, ','); k >= 0 && strings.ToUpper(t[k:]) != t[k:] {
		return false // "Maria Jensen, Kessing", "Erik Lund, Harbour Master": a signature or a speaker
	}
	names := 0
	for _, f := range strings.Fields(t) {
		w := strings.TrimRight(f, ",")
		switch r := firstRune(w); {
		case w == "©" || w == "/" || w == "&":
		case creditJoiners[w]:
		case unicode.IsUpper(r):
			names++
		default:
			return false
		}
	}
	if n == 1 && (strings.ToUpper(t) != t || isGivenName(strings.ToLower(t))) && !isCreditWord(t) {
		return false // a given name alone signs a letter: "All the best" over "Lena"
	}
	return names > 0
}

// captionOverNameCredit reports whether block j is a photo's caption whose
// credit, a line of names alone (nameCredit), stands on the line right
// under it, the two set apart from the rest by blank lines: "Cyclists on
// subscription bikes in Utrecht." over "VELORO". It holds only in a paste
// whose blocks are set apart by blank lines, where a paragraph does not
// run on into a short line of names; a line that ends with a colon, a
// comma or an exclamation (a list's lead, a letter's closing over its
// signature) is no caption, and neither is a line of fewer than three
// words, one in quote marks or ending in a question mark, or the answer
// under a question. With bare (under the byline, see creditedAfterChrome)
// any line of names will do as the credit; else the credit must bear a
// credit's mark (creditMarked, bareCredit): between paragraphs a person's
// name alone under a paragraph is as often a letter's or a quote's
// writer, a sign-off or a subheading.
func captionOverNameCredit(blocks []block, info []pasteInfo, j int, lineUnderLine, bare bool) bool {
	if lineUnderLine || j+1 >= len(blocks) || !info[j+1].tight || info[j].tight && (j == 0 || !info[j-1].chrome) ||
		j+2 < len(blocks) && info[j+2].tight {
		return false // (under the page's controls, a caption may stand on the line after the last)
	}
	if !plainOrHeading(blocks[j]) || !plainOrHeading(blocks[j+1]) || info[j].chrome ||
		info[j].furn != notFurniture || info[j+1].furn != notFurniture && !bareCredit(blocks[j+1].text) {
		return false
	}
	if info[j].words <= maxChromeWords && !lineDate(blocks[j].text).IsZero() {
		return false // a date over the byline
	}
	if _, ok := pasteByline(blocks[j+1].text, nextText(blocks, j+1)); ok {
		return false
	}
	text := strings.TrimSpace(blocks[j].text)
	if info[j].words < 3 || info[j].words > maxCaptionWords || strings.HasSuffix(text, ":") || strings.HasSuffix(text, ",") ||
		strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || strings.ContainsRune("\"“„«‘'", firstRune(text)) {
		return false
	}
	if j > 0 && strings.HasSuffix(strings.TrimSpace(blocks[j-1].text), "?") {
		return false // an interview's answer under its question, over its speaker
	}
	if _, notice := noticeOf(newRuleText(text)); notice {
		return false // the page's notice over its button: "To revisit this article …" over "Close Alert"
	}
	credit := blocks[j+1].text
	if bareCredit(credit) {
		return true
	}
	if !nameCredit(credit) {
		return false
	}
	if bare {
		// (Under the byline a photo's credit may be any line of names, an
		// outlet's or a maker's in mixed case too: "Obsidian Mobile". A
		// first paragraph set right over a step's title in title case,
		// "Check Your Startup Apps", reads as such a caption: a known
		// misreading, less common than the credit.)
		return true
	}
	// Between paragraphs the credit must bear a mark: capitals may close
	// a press release ("ENDS"), sign a newsletter ("JANE FOSTER") or label
	// a box ("IN OTHER NEWS").
	return creditMarked(credit)
}

// creditedAfterChrome reports whether block j, above the article's first
// paragraph, is a photo's caption over a credit of names
// (captionOverNameCredit) where a photo stands: under the page's controls,
// its date or its byline (bylineAbove). Right under the headline, the same
// two lines are a standfirst over its writer's name.
func creditedAfterChrome(blocks []block, info []pasteInfo, j int, lineUnderLine, bylineAbove bool) bool {
	if j == 0 || !captionOverNameCredit(blocks, info, j, lineUnderLine, true) {
		return false
	}
	if _, ok := pasteByline(blocks[j].text, blocks[j+1].text); ok {
		return false
	}
	if names, rest := leadingNames(strings.TrimSpace(blocks[j+1].text)); !bylineAbove && len(names) >= 1 && rest == "" {
		return false // a standfirst over its writer's name, under the date or the buttons
	}
	above := j - 1
	return bylineAbove || info[above].chrome || info[above].furn != notFurniture || !lineDate(blocks[above].text).IsZero()
}

// overCredit is the caption at blocks[i] with the credit of names on the
// line under it (see captionOverNameCredit).
func overCredit(blocks []block, i int) Caption {
	return Caption{Text: collapseSpace(blocks[i].text), Credit: creditText(blocks[i+1].text)}
}

// creditText is a credit line as a caption keeps it: a credit's own label
// ("Foto", "Photo: ") is kept, white space is not.
func creditText(t string) string {
	if c, ok := pasteCaption(t); ok && c.Text == "" && c.Credit != "" {
		return c.Credit
	}
	return collapseSpace(t)
}

// plainOrHeading reports whether a block is a paragraph or a heading: a
// line over a credit may have been taken for a subheading, prose
// following it.
func plainOrHeading(bl block) bool { return bl.kind == paragraph || bl.kind == heading }
