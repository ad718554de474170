package briefing

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"brief/briefing/extract"
)

var (
	// captionLead opens a caption line on news sites: "Media caption …",
	// "Image caption …", "Pictured: …", "Above: …".
	captionLead = lazyCompile(`^(?:(?:Media caption|Image caption|Caption|Legend|Légende(?: image)?|Pie de foto|Legenda da foto)\s*[:,]?|(?:Pictured|Above|Below|Left|Right|Top|Bottom|(?:Top|Bottom) (?:left|right)|Left to right|From (?:left|top)(?: to (?:right|bottom))?|Clockwise from (?:(?:top|bottom)(?: (?:left|right))?|left|right)|Main image|Inset)\s*:)\s+(.{3,})$`)
	// creditLead opens a credit line: "Image copyright …", "Foto: …",
	// "(Photo: …)", "[Photo: …]", "(Bild: Hersteller)", "Cover image by
	// …", "Top photo: …", "Graphic: …", "Graphic by …", "Data: …", "Photo
	// courtesy of …", "Image via …", "© …", "Credit...", "Image Credits: …".
	creditLead = lazyCompile(`^[(\[]?(?:(?:Image copyright|Image source|Photo credit|Picture credit|Copyright|Fuente de la imagen|Fonte da imagem|Crédito da imagem)\s*[:,]?|(?i:image credits?|photo credits?|credits?)\s*(?::|\.\.\.|…)|(?:Photo|Photos|Foto|Fotos|foto|fotos|Fotografía|Fotografia|Bild|Kuva|Beeld|Zdjęcie|Fot\.|Fotoğraf|Crédit photo|Crédit|Crédito|crédito|Image|Picture|Graphic|Graphics|Chart|Map|Video|Data)\s*:|(?:Graphic|Graphics|Illustration|Photo illustration|Animation)\s+by|(?:Cover|Header|Top|Lead|Featured|Feature|Main|Hero) (?:image|photo|picture|illustration)(?:\s*:|\s+by)|(?:Photo|Image|Picture)s?\s+(?:courtesy(?:\s+of)?|via)|Courtesy\s+of\s|(?:Gentileza|Cortesía|Cortesia)(?:\s+de)?\s|via\s|(?:Twitter|X|Instagram|TikTok|Facebook|Threads|Bluesky)\s*:|©|\([cC]\))\s*([^()\[\]]{2,100}?)[)\]]?$`)
	// creditedImage is a photo caption with its credit run in: "Image A
	// worker repairing cables.CreditChang W. Lee/The New York Times",
	// "Photo United Nations peacekeepers … Credit Ashraf Shazly/AFP".
	creditedImage = lazyCompile(`^(?:Image|Photo)\s+(.{10,}?)\s*(?:Credit)+\s*:?\s*(.{2,100})$`)
	// trailingCredit is a credit run in at the end of a caption: "… on
	// Monday. Credit Ashraf Shazly/Agence France-Presse", "… lab | photo by
	// Joan Bardeletti", "… DoctorX. Photo: Joseph Cox", "Jan Novák, photo:
	// Government archives".
	trailingCredit = lazyCompile(`^(.{10,}?)\s*(?:[.|]\s*(?:[—–-]\s*)?(?i:(?:photo(?:graph)?s?|foto|bild|picture|image|illustration)(?:\s+by|:|\s+courtesy(?:\s+of)?:?|\s+via))\s+|,\s*(?i:photo|foto)\s*:\s*|(?:[.|]\s*|\s)\[?©\s*|(?:\.\s*|\s)(?i:credit):?\s+|\.(?:Credit)+(?::|\.\.\.|…)?\s*)(\p{Lu}.{1,100})$`)
	// slashCredit is a photo credit closing a caption: ". Jan Vos/Harbour
	// Press", ". Fethi Belaid/AFP/Getty Images", ". | Jan Vos/HARBOUR".
	slashCredit = lazyCompile(`^(.{10,}[.!?”"])\s+(?:\|\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}/[\p{Lu}][\p{L}&.'’ -]{1,40}(?:/[\p{Lu}][\p{L}&.'’ -]{1,40})*)$`)
	// slashAfterSentence is a credit set after a caption's full stop and a
	// slash between spaces: "… del puerto de Barcelona. / Manu Mitru",
	// "… en Madrid. / EFE".
	slashAfterSentence = lazyCompile(`^(.{10,}[.!?”"])\s+/\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})$`)
	// pasteDate finds a date in a line: "March 18, 2015", "18 March 2015",
	// "Dec. 6, 2024", "2015-03-18".
	pasteDate = lazyCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b|\b(\d{1,2})\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b`)
	// bylineDateStart is what may follow the names of a byline without "By":
	// a date, a time, a separator, a handle, "Follow", a role.
	monthNames = map[string]time.Month{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12,
	}
)

// pasteCaption reports whether a pasted line is a photo caption or credit.
func pasteCaption(t string) (Caption, bool) {
	if otherThanDateWords(t) == 0 && isDateLine(t, wordCount(t)) {
		return Caption{}, false // a date and its update: "Dec. 6, 2024, 10:00 PM UTC/Updated Dec. 7, 2024"
	}
	// Each pattern runs only on lines that hold its key word or mark.
	if c, ok := creditedImageCaption(t); ok {
		return c, true
	}
	if text, credit, ok := matchTrailingCredit(t); ok && wordCount(t) <= maxCaptionWords && wordCount(credit) <= 12 {
		return Caption{Text: text, Credit: credit}, true
	}
	if c, ok := copyrightCaption(t); ok {
		return c, true
	}
	if strings.IndexByte(t, '/') >= 0 && wordCount(t) <= maxCaptionWords {
		if m := slashCredit.FindStringSubmatch(t); m != nil {
			return Caption{Text: strings.TrimSpace(m[1]), Credit: m[2]}, true
		}
		if m := slashAfterSentence.FindStringSubmatch(t); m != nil {
			return Caption{Text: strings.TrimSpace(m[1]), Credit: m[2]}, true
		}
	}
	if text, credit, ok := agencyAfterSlash(t); ok {
		return Caption{Text: text, Credit: credit}, true
	}
	if sideMarkCaption(t) {
		return Caption{Text: t}, true // "Palm Springs Mini (links) vs. Palm Springs PM (rechts)"
	}
	if wordCount(t) <= maxSideMarkCaptionWords && !sentenceEnds(t) && licenceCredit.MatchString(t) {
		return Caption{Credit: t}, true // "Image illustrative : Lots of Lego Minifigures by Ninja Brick, en licence Creative Commons by"
	}
	if slashNameCredit(t) || dashAgencyCredit(t) {
		return Caption{Credit: t}, true
	}
	if c, ok := ledCaption(t); ok {
		return c, true
	}
	if n := wordCount(t); n <= 3 && isCreditWord(t) || viaCredit(t) {
		return Caption{Credit: t}, true // "Getty Images" alone under a photo, "AFP via Getty Images"
	}
	if text, credit, ok := creditAfterSentence(t); ok {
		return Caption{Text: text, Credit: credit}, true
	}
	if text, credit, ok := nameInClosingBrackets(t); ok {
		return Caption{Text: text, Credit: credit}, true
	}
	if credit, ok := ledCredit(t); ok {
		return Caption{Credit: credit}, true
	}
	if c, ok := bracketedCredit(t); ok {
		return Caption{Credit: c}, true
	}
	if c, ok := creditInCaption(t); ok {
		return c, true
	}
	if c, ok := barredCaption(t); ok {
		return c, true
	}
	return parseCaption(t)
}

// maxCopyrightCreditWords is the most words of a credit after "©" in a
// caption (see copyrightCaption).
const maxCopyrightCreditWords = 8

// copyrightCaption reads a caption whose credit follows a "©" inside the
// line, whatever the credit's case and however short the caption: "Stau ©
// aremac / Clipdealer", "… verwendet. - © jollier_ - stock.adobe.com". A
// year after the sign makes the site's copyright line ("Harbour News ©
// 2026"), not a credit.
func copyrightCaption(t string) (Caption, bool) {
	at := strings.LastIndex(t, "©")
	if at <= 0 || wordCount(t) > maxCaptionWords {
		return Caption{}, false
	}
	credit := strings.TrimSpace(t[at+len("©"):])
	text := strings.TrimRight(t[:at], " -–—|/([")
	if text == "" || credit == "" || unicode.IsDigit(firstRune(credit)) || wordCount(credit) > maxCopyrightCreditWords ||
		strings.Contains(strings.ToLower(t), "rights reserved") || strings.Contains(strings.ToLower(text), "copyright") {
		return Caption{}, false
	}
	return Caption{Text: strings.TrimSpace(text), Credit: credit}, true
}

// maxDateParagraphWords is the most words of a line that opens with a
// date under a name and is still the name's date line: a longer sentence
// is the article's first paragraph, set after its date.
const maxDateParagraphWords = 12

// maxViaCreditWords is the most words of a credit through an agency.
const maxViaCreditWords = 8

// viaCredit reports whether a short line credits a photo through an
// agency: a name or agency of up to three capitalised words, "via", and an
// agency ("AFP via Getty Images", "Jane Roe via Reuters").
func viaCredit(t string) bool {
	t = strings.TrimSpace(t)
	by, agency, ok := strings.Cut(t, " via ")
	if !ok || wordCount(t) > maxViaCreditWords || wordCount(by) > 3 || !isCreditWord(agency) {
		return false
	}
	for _, w := range strings.Fields(by) {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// socialLabels are the networks whose name and a colon lead an embedded
// post's credit ("Twitter: @harbournews").
var socialLabels = []string{"twitter", "x", "instagram", "tiktok", "facebook", "threads", "bluesky"}

// ledRightly checks what follows the two labels of creditLead that are
// also words of sentences: "via" leads a credit of names in capitals ("via
// Associated Press"), a network's name a handle ("Twitter: @x").
func ledRightly(t, credit string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(t, "([ "), " ")
	switch {
	case strings.EqualFold(first, "via"):
		return startsCapital(firstRune(credit))
	case wordIn(first, socialLabels):
		return strings.HasPrefix(strings.TrimSpace(credit), "@")
	case wordIn(strings.TrimRight(first, ":"), graphicLabels):
		return namesOnly(credit)
	}
	return true
}

// graphicLabels lead a graphic's credit ("Map: Jane Doe/Reuters", "Data:
// Eurostat") or its title ("Map: Flow of foreign fighters to Syria",
// "Video: How the fire spread").
var graphicLabels = []string{"graphic", "graphics", "chart", "map", "video", "data"}

// namesOnly reports whether a credit is names: no word in lower case but
// the few that join names ("Jane Doe for The Guardian", "Office of
// National Statistics"), where a title has words of its own.
func namesOnly(credit string) bool {
	for _, f := range strings.Fields(credit) {
		w := strings.Trim(f, ".,:;()")
		if w != "" && unicode.IsLower(firstRune(w)) && !wordIn(w, nameJoins) {
			return false
		}
	}
	return true
}

// nameJoins are the words in lower case a credit's names may hold.
var nameJoins = []string{"and", "of", "for", "via", "the", "from", "de", "du", "la", "von", "van", "der"}

// creditSentences reports whether a credit that ends with a full stop is
// still only credits: "The Atlantic. Sources: Getty.", short sentences
// without a word in lower case but for "and" and "of".
func creditSentences(c string) bool {
	for _, f := range strings.Fields(c) {
		w := strings.Trim(f, ".,:;")
		if w != "" && unicode.IsLower(firstRune(w)) && w != "and" && w != "of" {
			return false
		}
	}
	return wordCount(c) <= 8
}

// maxCourtesyWords is the most words of the name a "Courtesy" credit
// gives.
const maxCourtesyWords = 6

// ledCredit reads a credit line led by its label (creditLead), perhaps
// after a dash: "Photo: Jane Doe", "Kuva: Jane Doe", "Credit...Jane Doe",
// "Image copyright Agency", "- Copyright Agency/Jane Doe".
func ledCredit(t string) (string, bool) {
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "— ") {
		t = strings.TrimLeft(t, "-–— ") // set after the caption with a dash: "- Copyright Agency/Name"
	}
	if rest, ok := strings.CutPrefix(t, "Courtesy "); ok && startsCapital(firstRune(rest)) && wordCount(rest) <= maxCourtesyWords && !endsSentence(rest) {
		return rest, true // "Courtesy Sawyer Air" (not "Courtesy calls resumed.")
	}
	if (strings.IndexByte(t, ':') >= 0 || strings.Contains(t, "opyright") || strings.Contains(t, "redit") || strings.Contains(t, "REDIT") || strings.Contains(t, "source") || strings.HasPrefix(t, "Fuente de la imagen") || strings.HasPrefix(t, "Fonte da imagem") || strings.HasPrefix(t, "Crédito da imagem") || strings.Contains(t, " by ") ||
		strings.Contains(t, "©") || strings.Contains(t, "(c)") || strings.Contains(t, "(C)") || strings.Contains(t, " courtesy") || strings.HasPrefix(t, "Courtesy of ") || strings.HasPrefix(t, "Gentileza ") || strings.HasPrefix(t, "Cortes") || strings.Contains(t, " via ") || strings.HasPrefix(t, "via ")) && wordCount(t) <= 16 {
		if m := creditLead.FindStringSubmatch(t); m != nil && (!endsSentence(m[1]) || creditSentences(m[1])) && ledRightly(t, m[1]) {
			return strings.TrimSpace(m[1]), true
		}
	}
	return "", false
}

// ledCaption reads a caption led by its label: "Media caption …",
// "Image caption …" (captionLead).
func ledCaption(t string) (Caption, bool) {
	if t != "" && strings.IndexByte("MICLPABRTFmiclpabrtf", t[0]) >= 0 && captionLeadSoon(t) {
		if m := captionLead.FindStringSubmatch(t); m != nil && !(strings.Contains(t[:len(t)-len(m[1])], ",") && unicode.IsLower(firstRune(strings.TrimSpace(m[1])))) {
			// (After a label and its comma, a caption opens with a
			// capital: "Pie de foto, el texto que acompaña la imagen, fue
			// escrito …" is a sentence.)
			if positionLabel(t[:len(t)-len(m[1])]) {
				// "Clockwise from top: …; …": where each photo stands is
				// part of what the caption says
				return Caption{Text: t}, true
			}
			return Caption{Text: strings.TrimSpace(m[1])}, true
		}
	}
	return Caption{}, false
}

// positionLabel reports whether a caption's label says where each of
// several photos stands ("Clockwise from top:", "From left:", "Left to
// right:"), which the caption's parts need to be read; "Pictured:", "Main
// image:" or "Image caption" only say that a caption follows.
func positionLabel(label string) bool {
	l := strings.ToLower(label)
	return strings.Contains(l, "clockwise") || strings.Contains(l, "left to right") || strings.Contains(l, "from left") ||
		strings.Contains(l, "from top")
}

// captionLeadSoon reports whether a line may open with one of
// captionLead's labels: a caption's word in its first words, or a colon
// soon (the labels of where the photo stands: "Pictured:", "Above:").
func captionLeadSoon(t string) bool {
	head := t[:min(len(t), 16)]
	return indexFold(head, "caption") >= 0 || indexFold(head, "legend") >= 0 || indexFold(head, "légende") >= 0 ||
		indexFold(head, "pie de foto") >= 0 || strings.IndexByte(t[:min(len(t), 32)], ':') >= 0
}

// creditedImageCaption reads a caption with its credit run in
// (creditedImage): "Image A worker repairing cables.CreditChang W. Lee/The
// New York Times".
func creditedImageCaption(t string) (Caption, bool) {
	if (strings.HasPrefix(t, "Image ") || strings.HasPrefix(t, "Photo ")) && strings.Contains(t, "Credit") {
		if m := creditedImage.FindStringSubmatch(t); m != nil {
			return Caption{Text: strings.TrimSpace(m[1]), Credit: strings.TrimSpace(m[2])}, true
		}
	}
	return Caption{}, false
}

// creditAfterSentence reads a caption whose credit, one of the credit
// words alone, follows its last sentence: "Commuters wait for the ferry.
// Getty Images".
func creditAfterSentence(t string) (text, credit string, ok bool) {
	t = strings.TrimSpace(t)
	if wordCount(t) > maxCaptionWords {
		return "", "", false
	}
	dot := strings.LastIndex(t, ". ")
	if glued := lastGluedCapitals(t); glued > dot {
		// "… el pasado lunes.MÓNICA TORRES"
		text, credit = t[:glued+1], t[glued+1:]
		if wordCount(text) >= 3 && (allCapitalsCredit(credit) || slashNameCredit(credit)) {
			return text, credit, true
		}
	}
	if dot < 0 {
		return "", "", false
	}
	text, credit = t[:dot+1], t[dot+2:]
	if wordCount(text) < 3 || wordCount(credit) > maxTrailingCreditWords {
		return "", "", false
	}
	if wordCount(credit) <= 3 && isCreditWord(credit) || allCapitalsCredit(credit) || photographerCredit(credit) || slashNameCredit(credit) ||
		strings.HasPrefix(credit, "Courtesy of ") {
		return text, credit, true
	}
	return "", "", false
}

// maxTrailingCreditWords is the most words of a credit after a caption's
// last sentence.
const maxTrailingCreditWords = 8

// lastGluedCapitals returns where the last full stop stands that a word in
// capitals follows with no space ("lunes.MÓNICA"), or -1.
func lastGluedCapitals(t string) int {
	for i := len(t) - 2; i > 0; i-- {
		if t[i] == '.' && t[i-1] != '.' {
			r, _ := utf8.DecodeRuneInString(t[i+1:])
			if unicode.IsUpper(r) {
				return i
			}
		}
	}
	return -1
}

// allCapitalsCredit reports whether a caption's tail is a credit written
// in capitals: names and an outlet, "JEAN-LUC MARCHAND POUR « LE MONDE »",
// "MÓNICA TORRES", a word of two letters at least among them.
func allCapitalsCredit(c string) bool {
	letters, long := 0, false
	for _, f := range strings.Fields(c) {
		for _, r := range f {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		long = long || utf8.RuneCountInString(strings.Trim(f, "«»\"'“”/-")) >= 2
	}
	return long && letters >= 4 && wordCount(c) >= 2 && !endsSentence(c)
}

// creditPrepositions say whom a photographer worked for: "Jane Doe for
// Harbour News", "pour « Le Monde »", "para El País", "für den Kurier".
var creditPrepositions = []string{"for", "pour", "para", "für", "per", "voor"}

// photographerCredit reports whether a caption's tail is a photographer's
// name, alone or with whom they worked for: "Greg Nash", "Ada Ferrer for
// NY Post".
func photographerCredit(c string) bool {
	names, rest := leadingNames(c)
	if len(names) != 1 || endsSentence(c) {
		return false
	}
	if rest == "" {
		return true
	}
	prep, outlet, _ := strings.Cut(rest, " ")
	return wordIn(prep, creditPrepositions) && outlet != "" && startsCapital(firstRune(strings.TrimLeft(outlet, "«\"“ "))) && wordCount(outlet) <= 4
}

// nameInClosingBrackets reads a caption that closes with its
// photographer's name in brackets: "The pier at dusk (Jane Doe)". The
// words before it (three at least) are the caption's.
func nameInClosingBrackets(t string) (text, credit string, ok bool) {
	t = strings.TrimSpace(t)
	open := trailingParen(t)
	if open <= 0 || wordCount(t) > maxCaptionWords {
		return "", "", false
	}
	inner := strings.TrimSpace(strings.Trim(t[open:], "() "))
	if wordCount(t[:open]) < 3 {
		return "", "", false
	}
	if c, ok := ledCredit(inner); ok {
		return strings.TrimSpace(t[:open]), c, true // "(Foto: Stephan Rumpf)"
	}
	if creditInBrackets(inner) {
		return strings.TrimSpace(t[:open]), inner, true // "(HT Photo)"
	}
	if names, rest := leadingNames(inner); len(names) != 1 || rest != "" || inPerson(t[:open]) {
		return "", "", false
	}
	return strings.TrimSpace(t[:open]), inner, true
}

// inPerson reports whether a text speaks in the first or second person
// ("You can't solve a problem with the same thinking that created it"): a
// saying over its author's name in brackets, not a photo's caption, which
// says what the photo shows.
func inPerson(t string) bool {
	if speaksToReader(t) {
		return true
	}
	for _, w := range strings.Fields(t) {
		if wordIn(strings.Trim(w, "(,.;:!?\"“”"), firstPerson) {
			return true
		}
	}
	return false
}

// firstPerson are English words of the first person; not "I", "me" or
// "us", which a caption may hold as a numeral, a state or a country ("World
// War I", "US troops").
var firstPerson = []string{"i'm", "i’m", "i've", "i’ve", "my", "we", "we're", "we’re", "we've", "we’ve", "our"}

// maxBracketedCreditWords is the most words of a credit alone in brackets.
const maxBracketedCreditWords = 5

// bracketedCredit reads a credit alone in brackets on its line, under a
// photo's caption: "(Evening Standard)", "(Jane Doe/Harbour Press)"; two
// words or a slash at least, and no figures ("(Laughter)" and "(Updated
// March 4)" are not credits).
func bracketedCredit(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if len(t) < 4 || t[0] != '(' || t[len(t)-1] != ')' || strings.Count(t, "(") != 1 {
		return "", false
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	f := strings.Fields(inner)
	if len(f) == 0 || len(f) > maxBracketedCreditWords || sentenceEnds(inner) || strings.IndexByte(inner, ':') >= 0 ||
		strings.IndexFunc(inner, unicode.IsDigit) >= 0 || len(f) < 2 && strings.IndexByte(inner, '/') < 0 {
		return "", false // "(Laughter)", "(Updated March 4)"
	}
	for _, w := range f {
		if !startsCapital(firstRune(w)) && !strings.ContainsRune("/&", firstRune(w)) {
			return "", false
		}
	}
	return inner, true
}

// dashAgencyCredit reports whether a line is a photographer's name and a
// photo agency joined by a dash: "Jane Doe—Getty Images", "Jane Doe –
// AFP".
func dashAgencyCredit(t string) bool {
	for _, dash := range []string{"—", " – ", " - "} {
		name, agency, ok := strings.Cut(strings.TrimSpace(t), dash)
		if !ok {
			continue
		}
		names, rest := leadingNames(strings.TrimSpace(name))
		return len(names) == 1 && rest == "" && isCreditWord(strings.TrimSpace(agency))
	}
	return false
}

// bracketCreditWords are the words that make a short text in closing
// brackets a photo's credit: "(HT Photo)", "(AP Photo/Jane Doe)".
var bracketCreditWords = []string{"photo", "photos", "photograph", "foto", "fotos", "picture", "image", "images", "file"}

// creditInBrackets reports whether a caption's closing brackets hold a
// credit by its words: up to five words, one of bracketCreditWords or a
// photo agency's name.
func creditInBrackets(inner string) bool {
	f := strings.Fields(inner)
	if len(f) == 0 || len(f) > 5 || !startsCapital(firstRune(inner)) || strings.Contains(inner, " by ") {
		return false // "(Photo by Jane Doe)" is read with its "by" (see trailingCredit)
	}
	if isCreditWord(inner) {
		return true
	}
	for _, w := range f {
		if wordIn(strings.Split(w, "/")[0], bracketCreditWords) {
			return true
		}
	}
	return false
}

// matchTrailingCredit reads a credit run in at the end of a caption (see
// trailingCredit), matching the pattern against the end of the line from a
// little before the last word that can open a credit: against a whole
// paragraph, its lazy start costs a step for every pair of characters.
func matchTrailingCredit(t string) (text, credit string, ok bool) {
	// only a credit word near the end counts: look there alone
	tail := t[max(0, len(t)-128):]
	at := -1
	for _, w := range []string{"Credit", "CREDIT", "hoto", "oto:", "Bild:", "icture:", "icture by", "mage:", "mage by", "llustration", "©", "mage via", "mage courtesy"} {
		// the forward search is the quicker one, and most lines hold none
		if strings.Contains(tail, w) {
			at = max(at, len(t)-len(tail)+strings.LastIndex(tail, w))
		}
	}
	if at < 0 {
		return "", "", false // no credit word near the end
	}
	from := max(0, at-48)
	for from > 0 && !utf8.RuneStart(t[from]) {
		from--
	}
	m := trailingCredit.FindStringSubmatch(t[from:])
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(t[:from] + m[1]), strings.TrimSpace(m[2]), true
}

// lineDate returns the first date written in a line, or the zero time.
func lineDate(t string) time.Time {
	if !hasYear(t) {
		return time.Time{} // every form written has a four-digit year
	}
	m := pasteDate.FindStringSubmatch(t)
	if m == nil {
		if wordCount(t) > maxLocalDateWords {
			return time.Time{} // a date line, not a paragraph that names a day
		}
		if d := localDate(t); !d.IsZero() {
			return d
		}
		if d := cjkDate(t); !d.IsZero() {
			return d
		}
		return numericDate(t)
	}
	var y, d int
	var mon time.Month
	switch {
	case m[1] != "":
		mon, d, y = monthNames[strings.ToLower(m[1])], atoi(m[2]), atoi(m[3])
	case m[5] != "":
		d, mon, y = atoi(m[4]), monthNames[strings.ToLower(m[5])], atoi(m[6])
	default:
		y, mon, d = atoi(m[7]), time.Month(atoi(m[8])), atoi(m[9])
	}
	return validDate(y, int(mon), d)
}

// localDate is a date written with the month's name in Spanish,
// Portuguese, French, Italian or German: "1 de diciembre de 2017", "25
// avril 2015", "3. März 2024", "4.mar.2024".
var localDatePattern = lazyCompile(`(?i)\b(\d{1,2})(?:er|º)?(?:\.\s*|\s+)(?:de\s+)?(\p{L}{3,10})(?:\.\s*|,?\s+)(?:de\s+)?(\d{4})\b`)

// maxLocalDateWords is the longest line in which localDate looks for a
// date.
const maxLocalDateWords = 24

// cjkDatePattern is a date as Chinese and Japanese write it:
// "2026年11月30日", and Korean: "2026년 11월 30일".
var cjkDatePattern = lazyCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

// maxCJKDateLetters is the most letters a line may hold besides its date
// for cjkDate to read it as a date line: a label ("发布时间：", "更新",
// "입력") or a writer's name beside it.
const maxCJKDateLetters = 8

// labelledCJKDate reports whether what stands before a CJK date is its
// label and colon, a few letters at most: "发布时间：", "입력:".
func labelledCJKDate(before string) bool {
	b := strings.TrimSpace(before)
	return (strings.HasSuffix(b, "：") || strings.HasSuffix(b, ":")) && letterCount(b) <= 6
}

// clockAfterCJKDate is the time a date line sets right after its date:
// "08:30", "08:30:15".
var clockAfterCJKDate = lazyCompile(`^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|[|｜\x{3000}]|$)`)

// fieldsAfterCJKDate reports whether what follows a CJK date is its time
// and the page's fields, its source and editor ("08:30 | 来源：人民网－人民
// 日报海外版", "08:30 人民网－人民日报海外版"): a time in figures with a
// colon and no sentence's punctuation after it. A sentence that names a
// day ("——写在2008年5月12日汶川地震十八周年之际") has neither.
func fieldsAfterCJKDate(after string) bool {
	return clockAfterCJKDate.MatchString(after) && !strings.ContainsAny(after, "，。；！？")
}

// cjkDate returns the date a line writes as cjkDatePattern reads it, or
// the zero time.
func cjkDate(t string) time.Time {
	if !strings.Contains(t, "年") && !strings.Contains(t, "년") {
		return time.Time{}
	}
	loc := cjkDatePattern.FindStringSubmatchIndex(t)
	if loc == nil || letterCount(t[:loc[0]])+letterCount(t[loc[1]:]) > maxCJKDateLetters && !labelledCJKDate(t[:loc[0]]) && !fieldsAfterCJKDate(t[loc[1]:]) {
		return time.Time{} // (a sentence that names a day: "——写在2008年5月12日汶川地震十八周年之际")
	}
	return validDate(atoi(t[loc[2]:loc[3]]), atoi(t[loc[4]:loc[5]]), atoi(t[loc[6]:loc[7]]))
}

// numericDatePattern is a date in figures: "03.03.2023", "3/9/2023".
var numericDatePattern = lazyCompile(`\b(\d{1,2})([./])(\d{1,2})[./](\d{4})\b`)

// yearFirstDatePattern is a date in figures year first, as East Asian
// sites write it: "2026/12/3", "2026.12.03" (with dots, month and day in
// two figures and nothing after but a time, or a closing dot as Korean
// sites write it, "2026.12.02. 오후 2:05": "2026.12.1" is a version).
var yearFirstDatePattern = lazyCompile(`\b(\d{4})(?:/(\d{1,2})/(\d{1,2})|\.(\d{2})\.(\d{2}))\b(?:[^.\d]|\.(?:\s|$)|$)`)

// validDate is the day y-mon-d, or the zero time when it is no date.
func validDate(y, mon, d int) time.Time {
	if y < 1900 || y > 2100 || mon < 1 || mon > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	return time.Date(y, time.Month(mon), d, 0, 0, 0, 0, time.UTC)
}

// numericDate returns the first date in figures in a short line, or the
// zero time. With dots it is day, month, year; with slashes the month comes
// first, as American sites write it ("3/9/2023" is March 9), unless the
// first number cannot be a month ("19/3/2023").
func numericDate(t string) time.Time {
	if strings.IndexByte(t, '.') < 0 && strings.IndexByte(t, '/') < 0 {
		return time.Time{}
	}
	m := numericDatePattern.FindStringSubmatch(t)
	if m == nil {
		if m = yearFirstDatePattern.FindStringSubmatch(t); m != nil {
			if m[2] == "" {
				m[2], m[3] = m[4], m[5] // "2026.12.03"; a version "2026.12.1" is none
			}
			return validDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
		}
		return time.Time{}
	}
	d, mon, y := atoi(m[1]), atoi(m[3]), atoi(m[4])
	if m[2] == "/" && d <= 12 {
		d, mon = mon, d // month first, as American sites write it, unless it cannot be
	}
	return validDate(y, mon, d)
}

// olehInIndonesian reads a writer "Oleh Suparman" as Indonesian's "oleh"
// ("by") and a writer of one name when the article is not in English:
// parseByline takes "Oleh" over a single name for the Ukrainian given
// name ("Oleh Marchenko" over the date of an English article).
func olehInIndonesian(authors []string, english func() bool) []string {
	if len(authors) != 1 {
		return authors
	}
	if f := strings.Fields(authors[0]); len(f) == 2 && f[0] == "Oleh" && !english() {
		return []string{f[1]}
	}
	return authors
}

// blocksInEnglish reports whether the paragraphs among blocks are in
// English (see inEnglish).
func blocksInEnglish(blocks []block) bool {
	paras := make([]paraRef, 0, len(blocks))
	for _, bl := range blocks {
		if bl.kind == paragraph {
			paras = append(paras, paraRef{text: bl.text})
		}
	}
	return inEnglish(paras)
}

// americanClock is a time written as American sites write it, in an
// American time zone: "5:42 PM EST", "10:14 a.m. ET".
var americanClock = lazyCompile(`\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT)\b`)

// dayFirstOutsideEnglish reads a published date written in figures with
// slashes day first when the article is not in English: numericDate reads
// "02/12/2026" month first, as American sites write it, but a Spanish,
// French or Italian site writes the day first (2 December). d is the date
// read from the paste text; english tells whether the article is in
// English, asked only of an ambiguous date.
func dayFirstOutsideEnglish(d time.Time, text string, english func() bool) time.Time {
	if d.IsZero() || d.Day() > 12 || d.Day() == int(d.Month()) {
		return d
	}
	m, day, y := int(d.Month()), d.Day(), d.Year()
	written := false
	for _, line := range strings.Split(text, "\n") {
		if lineDate(line).Equal(d) {
			// The first line that gives the date is the one it was read
			// from: "Publié le 12 novembre 2026" is no date in figures,
			// whatever deadline the article writes so ("jusqu'au
			// 11/12/2026").
			for _, f := range []string{"%02d/%02d/%d", "%d/%d/%d"} {
				written = written || strings.Contains(line, fmt.Sprintf(f, m, day, y))
			}
			break
		}
	}
	if !written || americanClock.MatchString(text) || english() {
		return d // (a Spanish page of an American site: "Publicado 12/02/2026 a las 5:42 PM EST")
	}
	return time.Date(y, time.Month(day), m, 0, 0, 0, 0, time.UTC)
}

// localMonths are the months' names in the languages localDate reads.
var localMonths = map[string]time.Month{
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
	"novembro": 11, "dezembro": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	// Short forms in Spanish and Portuguese ("4.mar.2024", "12 dic. 2023").
	"ene": 1, "fev": 2, "abr": 4, "ago": 8, "set": 9, "out": 10, "dic": 12, "dez": 12,
	// Short forms in French ("2 déc. 2026", "14 janv. 2025").
	"janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
	// Dutch, the Scandinavian languages and Indonesian.
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "maj": 5,
	"augusti": 8, "desember": 12, "maret": 3, "agustus": 8,
	// Dutch short forms ("4 mrt 2024", "12 okt. 2023").
	"mrt": 3, "okt": 10,
	// Polish and Czech, as a date declines them.
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
	"września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
	"září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	// Turkish.
	"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
	"eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}

// localDate returns the first date in t written as localDatePattern reads
// it, or the zero time.
func localDate(t string) time.Time {
	for _, m := range localDatePattern.FindAllStringSubmatch(t, 3) {
		name := strings.ToLower(m[2])
		mon, ok := localMonths[name]
		if !ok {
			mon, ok = monthNames[name] // "4 March 2024", "4.mar.2024"
		}
		d, y := atoi(m[1]), atoi(m[3])
		if ok && d >= 1 && d <= 31 && y >= 1900 && y <= 2100 {
			return time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}

// hasYear reports whether s holds four digits in a row: the cheap test
// before the date pattern.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// pasteByline reads a byline in the forms pasted pages carry: "By …" (see
// parseByline), or names without "By" followed by a date, a time, a bar or
// dash, a handle, "Follow" or a role ("Erin Cunningham | March 18",
// "Dan Goodin - Apr 16, 2015", "Hazel Sheffield Friday 25 December 2015",
// "Jane Doe, Staff Writer"), or a name alone on its line with a date or
// "Follow" on the next.
func pasteByline(line, next string) ([]string, bool) {
	s := strings.TrimRight(strings.TrimLeft(collapseSpace(line), "*_-–—•·/ "), " |•·–—")
	s = unglueCommas(s) // "Globe Staff,Updated March 3"
	if (strings.Contains(s, "redit") || strings.Contains(s, "REDIT")) && isLedCredit(s) {
		return nil, false // a photo's credit: "Credit...Jane Doe for Harbour News"
	}
	if f := strings.Fields(s); len(f) > 1 && wordIn(strings.ToLower(strings.TrimRight(f[0], ":")), creditMarkWords) && !jointCredit.MatchString(s) {
		return nil, false // a photo's credit led by its word: "Beeld ANP / Koen van Weel", "Foto: Jonas Ekströmer/TT"
	}
	if before, after, ok := strings.Cut(s, " | "); ok && before != "" && !hasBylinePrefix(before) && isSlashCredit(strings.TrimSpace(after)) && slashNameCredit(strings.TrimSpace(after)) {
		return nil, false // a caption over its credit: "Rep. Jane Roe. | Alex Wong/Getty Images"
	}
	if namesGoOnBelow(s, next) {
		// "By Jane Doe and" over "John Roe": the names go on below.
		head, _ := cutTrailingJoiner(s)
		names, _ := parseByline(head)
		more, _ := leadingNames(strings.TrimSpace(next))
		return append(names, more...), true
	}
	if names, ok := parseByline(s); ok {
		if strings.HasPrefix(s, "WRITER:") && capsLabelled(next) && !creditLabelled(next) {
			return nil, false // a field of a review's box over the next: "WRITER: Tom Lindqvist" over "RUNNING TIME: 2hrs 10mins"
		}
		return withNamesBelow(names, next), true
	}
	if names, ok := cjkByline(s); ok {
		return names, true
	}
	if names, ok := koreanByline(s); ok {
		return names, true
	}
	if names, ok := hanReporterByline(s); ok {
		return names, true
	}
	if names, ok := hanNameOverDate(s, next); ok {
		return names, true
	}
	if name := matchPostedBy(s); name != "" {
		return parseByline("By " + name)
	}
	if names, ok := bylineAfterDate(s); ok {
		return names, true
	}
	if rest, ok := withoutReadingTime(s); ok {
		if names, more := leadingNames(rest); len(names) > 0 && more == "" {
			return names, true // "Jane Roe · 5 min read"
		}
		return pasteByline(rest, next) // "30 November 2026 · Jane Roe · 5 min read"
	}
	if names, ok := bylineAfterSeparator(s); ok {
		return names, true
	}
	if names, ok := namesAfterDate(s); ok {
		return names, true
	}
	if names, ok := namesAfterBareDate(s); ok {
		return names, true
	}
	if names, ok := namesAndPlacesOverDate(s); ok {
		return names, true
	}
	if names, ok := labelledByline(s); ok {
		return names, true
	}
	if m := postedByHandle.FindStringSubmatch(s); m != nil {
		return []string{m[1]}, true
	}
	if isBylinePrefix(s) {
		return parseByline(s + " " + collapseSpace(next)) // "por" on its own line, the names on the next
	}
	if names, ok := placedWriters(s); ok {
		return names, true
	}
	if wordCount(s) > maxBylineWords || endsSentence(s) && wordCount(s) > 12 || mayBePlayer(s) && playerLine.MatchString(s) {
		return nil, false // a sentence, or a player's "Current Time 0:00"
	}
	if f := strings.Fields(strings.ToLower(s)); len(f) > 0 && (f[0] == "by" || f[0] == "by:") {
		return nil, false // "By" and no name: parseByline said no
	}
	if endsLowerSentence(s) {
		return nil, false // "Jane Doe, the mayor, said it would open."
	}
	names, rest := titledNames(s)
	if len(names) == 0 {
		if agency, ok := agencyByline(s); ok {
			return []string{agency}, true
		}
		return nil, false
	}
	if opensClause(rest) {
		return nil, false // a sentence about the person: "Jane Doe is a reporter …"
	}
	if len(names) == 1 && roleInSentenceCase(names[0], rest) {
		// "Marie Tremblay Real estate reporter": the role's first word,
		// capitalised, is no part of the name.
		names[0] = names[0][:strings.LastIndexByte(names[0], ' ')]
		return names, true
	}
	if rest == "" {
		n := strings.TrimSpace(next)
		if !datesOrFollows(n) && !(len(names) == 1 && (namesRole(n) || outletLine(n))) {
			return nil, false
		}
		if wordCount(n) > maxDateParagraphWords && sentenceEnds(n) {
			return nil, false // over a paragraph that opens with its date ("31. Oktober 2023. Dragqueens sind …"), a kicker
		}
		if nn, nrest := leadingNames(n); len(nn) > 0 && nrest != "" && bylineContinues(nrest) && !(namesRole(n) && !opensWithGivenName(nn[0])) {
			// the next line is the byline ("Tech Insider" over "Alex Perry
			// 1 day ago"), not the writer's role under an outlet's name
			// ("BBC Wales political reporter")
			return nil, false
		}
		if !dateOrHandle(n) && !namesRole(n) && !knownPerson(names[0]) {
			// Over a desk or an outlet ("Business", "ABSTRACT."), a person's
			// name alone: "Letter From America" is a column's.
			if ln, lrest := leadingNames(s); len(ln) != 1 || lrest != "" || titleWordIn(ln[0]) {
				return nil, false
			}
		}
		return names, true
	}
	if !strings.Contains(s, ", "+rest) && unicode.IsLower(firstRune(rest)) && endsLowerClause(rest) {
		return nil, false // a headline's words after a name: "Three Midwest" and "health systems agree to combine, creating $14B network"
	}
	if bylineContinues(rest) || strings.Contains(s, ", "+rest) && (namesOutlet(rest) || isWireAgency(rest) || affiliation(rest)) || allContactWords(rest) || withWire(rest) {
		return names, true
	}
	if len(names) == 1 && inPlace(rest) && (datesOrFollows(strings.TrimSpace(next)) || knownPerson(names[0]) && nextIsButton(next)) {
		return names, true // "Jane Doe in Rotterdam" over the date, or a common given name's over a button
	}
	if len(names) == 1 && strings.Contains(s, ", "+rest) && inPlace("in "+rest) && wordCount(rest) <= 2 && dateOrHandle(strings.TrimSpace(next)) {
		return names, true // "Jane Doe, Berlin" over the date
	}
	if len(names) == 1 && (bracketedAside(rest) || strings.Contains(s, ", "+rest) && academicDegree(rest)) && dateOrHandle(strings.TrimSpace(next)) {
		return names, true // "Jane Doe (Madrid)", "Jane Doe, Ph.D." over the date
	}
	if aside := strings.Trim(rest, "()"); len(names) == 1 && bracketedAside(rest) && (isWireAgency(aside) || wordCount(aside) > 1 && namesAnOutlet(aside)) {
		return names, true // "Jane Doe (dpa)", "Jane Doe (Harbour Times)": the writer and the wire or the paper
	}
	return nil, false
}

// withWire reports whether what follows a writer's name credits the wire
// their report draws on: "avec AFP", "with Reuters", "mit dpa".
func withWire(rest string) bool {
	w, agency, ok := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "avec", "with", "mit", "con", "com":
		return ok && isWireAgency(agency)
	}
	return false
}

// maxBylineAsideWords is the most words of an aside in brackets after a
// name in a byline.
const maxBylineAsideWords = 4

// bracketedAside reports whether s is one short aside in brackets: the
// place a writer files from or the outlet, after the name ("(Madrid)").
func bracketedAside(s string) bool {
	return len(s) > 2 && s[0] == '(' && s[len(s)-1] == ')' && strings.Count(s, "(") == 1 && wordCount(s) <= maxBylineAsideWords
}

// academicDegree reports whether s is a degree set after a name: "Ph.D.",
// "MD", "MBA".
func academicDegree(s string) bool {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), ".", "")) {
	case "phd", "md", "mba", "ma", "msc", "bsc", "dphil", "edd", "jd", "rn", "mph":
		return true
	}
	return false
}

// capsLabelled reports whether a line opens with a label in capitals and
// its colon: "RUNNING TIME: 2hrs 10mins", "UNTIL: January 17".
func capsLabelled(t string) bool {
	label, _, ok := strings.Cut(strings.TrimSpace(t), ":")
	return ok && label != "" && hasLetter(label) && strings.ToUpper(label) == label && wordCount(label) <= 3
}

// creditLabelled reports whether a label in capitals credits a work's
// maker beside its writer: "PHOTOGRAPHER:", "PHOTOS:", "ILLUSTRATION:",
// "EDITOR:".
func creditLabelled(t string) bool {
	label, _, _ := strings.Cut(t, ":")
	for _, w := range []string{"PHOTO", "ILLUSTRAT", "EDIT", "GRAPHIC", "VIDEO", "WORDS", "DESIGN"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// expertsRoundUp reports whether blocks[i] is a name with its affiliation
// (affiliatedName) and another such line stands below it past a
// paragraph: the subheadings of a round-up of experts' answers, not the
// byline of one writer (writers listed so stand one under another, see
// affiliatedBelow).
func expertsRoundUp(blocks []block, i int) bool {
	if startsWithBy(blocks[i].text) {
		return false
	}
	if _, ok := affiliatedName(blocks[i].text); !ok {
		return false
	}
	past, self := false, collapseSpace(blocks[i].text)
	for _, bl := range blocks[i+1:] {
		if _, ok := affiliatedName(bl.text); ok && past && collapseSpace(bl.text) != self {
			return true // (the same line again is the writer's box at the foot)
		}
		past = past || wordCount(bl.text) > maxBylineNameWords
	}
	return false
}

// maxPlaceWords is the most words of the place after a writer's name
// (see inPlace).
const maxPlaceWords = 3

// inPlace reports whether what follows a writer's name says where they
// write from: "in" and a place of up to three words, each capitalised
// ("in Rotterdam", "in Hong Kong").
func inPlace(rest string) bool {
	place, ok := strings.CutPrefix(rest, "in ")
	f := strings.Fields(place)
	if !ok || len(f) == 0 || len(f) > maxPlaceWords || sentenceEnds(place) {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// outletLine reports whether a line under a writer's name names the
// outlet or wire they write for: up to four capitalised words, the first
// an acronym or the last a word of outlets ("NCA NewsWire", "PTI",
// "Harbour Press").
func outletLine(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	last := strings.ToLower(f[len(f)-1])
	return isOutletAcronym(f[0]) || last == "news" || last == "newswire" || last == "wire" || last == "press" || last == "media" || last == "agency" ||
		last == "group" && len(f) > 1 && strings.EqualFold(f[len(f)-2], "media")
}

// placedWriters reads a byline of writers each in the place they file
// from, joined by "and": "Hannah Lindqvist in Stockholm and Rory Devlin
// in London", or one writer "and agencies" ("Tomasz Wierzbicki in
// Veltrava and agencies"). A lone "Name in Place" needs the date under it
// (see pasteByline).
func placedWriters(s string) ([]string, bool) {
	if !strings.Contains(s, " in ") || !strings.Contains(s, " and ") {
		return nil, false
	}
	var names []string
	agencies := false
	for _, part := range strings.Split(s, " and ") {
		part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), ","))
		if l := strings.ToLower(part); l == "agencies" || l == "agency" || l == "wires" {
			agencies = true
			continue
		}
		ns, rest := leadingNames(part)
		if len(ns) != 1 || !inPlace(rest) {
			return nil, false
		}
		names = append(names, ns[0])
	}
	if len(names) == 0 || len(names) == 1 && !agencies {
		return nil, false
	}
	return names, true
}

// unglueCommas sets a space after each comma that a capital follows with
// none, as a page joins the parts of a byline ("Globe Staff,Updated"), and
// after one between a name and a date ("Jane Doe,02.01.2023").
func unglueCommas(s string) string {
	if strings.IndexByte(s, ',') < 0 {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		sb.WriteByte(s[i])
		if s[i] == ',' && i+1 < len(s) {
			r, _ := utf8.DecodeRuneInString(s[i+1:])
			p, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsUpper(r) || unicode.IsDigit(r) && unicode.IsLetter(p) {
				sb.WriteByte(' ') // "Globe Staff,Updated", "Jane Doe,02.01.2023"
			}
		}
	}
	return sb.String()
}

// isLedCredit reports whether a line is a credit led by its label (see
// ledCredit).
func isLedCredit(s string) bool {
	_, ok := ledCredit(s)
	return ok
}

// nameTitles are the titles a byline may set before a writer's name.
var nameTitles = []string{"dr", "prof", "professor", "rev", "sir", "dame"}

// titledNames is leadingNames for a byline whose first name may follow a
// title: "Dr Jane Doe", "Prof. Jane Doe" (the title stays in the name).
func titledNames(s string) (names []string, rest string) {
	first, after, ok := strings.Cut(s, " ")
	if !ok || !wordIn(first, nameTitles) || !startsCapital(firstRune(first)) {
		return leadingNames(s)
	}
	names, rest = leadingNames(after)
	if len(names) > 0 {
		names[0] = first + " " + names[0]
	}
	return names, rest
}

// endsLowerSentence reports whether a line ends a sentence on a word in
// lower case ("… said it would open."): a sentence, where a byline that
// ends with a full stop ends on a name, a role, a date or a time ("… Staff
// Writer.", "… 11:29 a.m.", "… 3 hours ago.").
func endsLowerSentence(s string) bool {
	if !endsSentence(s) {
		return false
	}
	f := strings.Fields(s)
	w := strings.TrimRight(f[len(f)-1], ".!?\"'”’)")
	if len(w) < 2 || w == "ago" || strings.Contains(w, ".") {
		return false // "ago", "a.m", "p.m"
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// allContactWords reports whether what follows the names on their line is
// only the author's contact links: "Jane Doe Twitter Email".
func allContactWords(rest string) bool {
	f := strings.Fields(rest)
	for _, w := range f {
		if !isContactWord(w) {
			return false
		}
	}
	return len(f) > 0
}

// clauseVerbs are the verbs that follow a person's name as a sentence
// goes on, where a byline would go on with a date, a role or an outlet.
var clauseVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "said": true, "says": true,
	"will": true, "would": true, "can": true, "could": true, "told": true, "tells": true, "wrote": true, "writes": true,
	"covers": true, "joined": true, "joins": true, "who": true, "lives": true, "works": true,
}

// opensClause reports whether what follows a name opens a clause with a
// verb in lower case: the line is a sentence about the person, not a
// byline.
func opensClause(rest string) bool {
	first, _, _ := strings.Cut(rest, " ")
	return clauseVerbs[strings.Trim(first, ".,;:")]
}

// maxOutletWords is the most words of an outlet's name after a byline's
// comma.
const maxOutletWords = 5

// namesOutlet reports whether what follows a byline's comma is an
// outlet's name: "The Daily Harbour", every word capitalised, and no
// sentence end.
func namesOutlet(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || len(f) > maxOutletWords || f[0] != "The" || sentenceEnds(rest) {
		return false
	}
	for _, w := range f {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// affiliation reports whether what follows a byline's comma is the
// writer's university or institute, as academics' bylines give it
// ("Monash University", "University of Leeds"): up to maxOutletWords
// words, each capitalised but "of", "and", "for" and "the", one of them a
// word of organisations (orgwords.txt), and no sentence end.
func affiliation(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || len(f) > maxOutletWords || sentenceEnds(rest) {
		return false
	}
	org := false
	for _, w := range f {
		switch {
		case w == "of" || w == "and" || w == "for" || w == "the":
		case !unicode.IsUpper(firstRune(w)):
			return false
		case orgWords()[strings.ToLower(w)]:
			org = true
		}
	}
	return org
}

// givenNames is the list of common given names (firstnames.txt, which the
// name models learn from, and the wider givennames.txt of names from
// around the world), read on first use.
var givenNames = sync.OnceValue(func() map[string]bool {
	set := lexiconSet("firstnames.txt")
	for n := range lexiconSet("givennames.txt") {
		set[n] = true
	}
	return set
})

// namesAlone reads a line that is only the names of people and nothing
// else ("Jane Doe and John Roe"), under a date (prev) or opening with
// common given names (one of two names or more is enough). Under a
// headline, where nothing else says so, it is the byline.
func namesAlone(t, prev string) ([]string, bool) {
	if wordCount(t) > maxBylineNameWords || !startsCapital(firstRune(t)) {
		return nil, false
	}
	t = withoutDutchBy(t)
	names, rest := leadingNames(bylineNamesPart(t))
	if len(names) == 0 || rest != "" {
		return nil, false
	}
	if prev != "" && wordCount(prev) <= maxBylineNameWords && !lineDate(prev).IsZero() && otherThanDateWords(prev) <= 2 {
		return names, true // "March 18, 2015" over "Kestrel Vantongeren"
	}
	for _, n := range names {
		// One given name among them is enough: "Kestrel Vantongeren and
		// John Roe".
		if first, _, _ := strings.Cut(n, " "); isGivenName(strings.ToLower(first)) {
			return names, true
		}
	}
	return nil, false
}

// dutchBy is the Dutch "by", which bylinePrefixes leaves out, being an
// English word too ("Door to door sales rose in March"): before names
// alone it is no part of a name ("Door Sanne de Waard en Youssef El
// Khatib").
const dutchBy = "door"

// withoutDutchBy is a line of names without the Dutch "by" before them
// ("Door Sanne de Waard en Youssef El Khatib"): no name's part.
func withoutDutchBy(t string) string {
	if first, after, ok := strings.Cut(strings.TrimSpace(t), " "); ok && strings.EqualFold(first, dutchBy) {
		return after
	}
	return t
}

// bylineNamesPart is a line of names without the marks a page's layout
// sets around them: a bullet before, a separator from the date on the
// next line after ("Jane Roe/" over "November 30, 2026").
func bylineNamesPart(t string) string {
	return strings.TrimRight(strings.TrimLeft(collapseSpace(t), "*_-–—•·/ "), "/|·• ")
}

// namesOnByline is namesAlone, or, right under the headline, a line that
// the learned name tagger reads as people's names alone ("Oluwaseun
// Adeyemi", not "Top Stories"). Either way the line next must be no credit
// word (a name over "Getty Images" credits a photo), and the two lines
// after it (next, after) must not name its surname: the article's subject
// under its headline is no byline. The tagger reads the line without
// context, so it is asked only where a byline stands: further from the
// headline, a page's menus hold two-word labels it takes for names.
func namesOnByline(t, prev, next, after string, underHeadline bool) ([]string, bool) {
	if isCreditWord(next) {
		return nil, false // a photographer's name over the agency's
	}
	t = withoutDutchBy(t)
	names, ok := namesAlone(t, prev)
	if !ok && !underHeadline {
		return nil, false
	}
	if !ok {
		if first, _, _ := strings.Cut(strings.TrimSpace(t), " "); lexiconArticles()[strings.ToLower(first)] {
			return nil, false // a kicker opening with an article: "Im Schlepptau", "The Long Read"
		}
		if wordCount(t) > maxBylineNameWords || !extract.PersonLine(t) {
			return nil, false
		}
		var rest string
		if names, rest = leadingNames(bylineNamesPart(t)); len(names) == 0 || rest != "" {
			return nil, false
		}
	}
	for _, n := range names {
		if endsWithOrgWord(n) {
			return nil, false // a place's or an organisation's: "Logan Square", "Carter Center"
		}
		if articleSubject(n, next, after) {
			return nil, false // the one the article is about: "At 26, Nwosu runs …"
		}
	}
	return names, true
}

// articleSubject reports whether the two lines under a name alone (next,
// after) show it to be the one the article is about rather than its
// writer: they name its surname as the subject's (surnameAlone), read
// together and each on its own (a line's last word is not taken for one
// before the next line's first), unless a namesake bears it first
// (namedOtherwise). A name of one word is the subject whenever they name
// it.
func articleSubject(name, next, after string) bool {
	f := strings.Fields(name)
	surname, both := f[len(f)-1], next+" "+after
	if len(f) == 1 {
		return containsWord(both, surname)
	}
	given := f[len(f)-2]
	return !namedOtherwise(both, surname, f[:len(f)-1]) && surnameAlone(both, surname, given) &&
		(surnameAlone(next, surname, given) || surnameAlone(after, surname, given))
}

// orgWords are the words that end no person's name (orgwords.txt).
var orgWords = sync.OnceValue(func() map[string]bool { return lexiconSet("orgwords.txt") })

// endsWithOrgWord reports whether a name ends with a word no person's name
// ends with: "Logan Square", "Carter Center" (not "Jack White", whose
// surname is also a word of organisations' names).
func endsWithOrgWord(n string) bool {
	f := strings.Fields(n)
	last := strings.ToLower(f[len(f)-1])
	return len(f) > 1 && orgWords()[last] && !orgSurnames()[last]
}

// orgSurnames are the words of orgwords.txt that are also common surnames
// (orgsurnames.txt): "Jack White" is a person's name.
var orgSurnames = sync.OnceValue(func() map[string]bool { return lexiconSet("orgsurnames.txt") })

// surnameAlone reports whether the byline's surname w stands in t, the
// two lines under it, as the name of the one the article is about: after
// a title or an honorific ("Mrs Nwosu", "Chef Nwosu"), after the byline's
// own given name when no writer's role follows within a few words (an
// obituary's or a profile's "Owen Hughes, 83, of Kessing", not a bio's
// "Jane Foster is the paper's transport correspondent"), or alone in the
// middle of a sentence ("At 26, Nwosu runs"). A capitalised word after an
// article, before another capitalised word or opening a line is a common
// noun or another name ("The White House", "Der Richter", "King
// Charles", "Snow fell"), and one after another given name is another
// person's ("Tom Foster").
func surnameAlone(t, w, given string) bool {
	f := strings.Fields(t)
	for k, x := range f {
		if k == 0 || !containsWord(x, w) {
			continue
		}
		prev := strings.Trim(f[k-1], "\"'“”‘’(")
		l := strings.ToLower(prev)
		if prev == given && !bioFollows(f[k+1:]) || titleWords()[l] || titleWords()[strings.TrimSuffix(l, ".")] {
			return true
		}
		if prev != given && !isGivenName(l) && !strings.ContainsAny(f[k-1], ".!?") && !lexiconArticles()[l] &&
			(k+1 >= len(f) || !unicode.IsUpper(firstRune(f[k+1]))) {
			return true
		}
	}
	return false
}

// roleWords are the titles that give a person's role (titles.txt), not
// the courtesy titles of honorifics.txt.
var roleWords = sync.OnceValue(func() map[string]bool { return lexiconSet("titles.txt") })

// namedOtherwise reports whether t first gives the byline's surname w to
// someone else, after a given name none of the byline's own names
// ("Boris Johnson" under "Sarah Johnson"; "Mary Carter" under "Mary Ellen
// Carter" is the byline's own): a bare "Mr Johnson" after it is then
// that namesake, not the byline's writer as the article's subject. The
// namesake must come with a role (roleWords: "prime minister Boris
// Johnson"): a relative named first ("her brother Chidi Nwosu", "her
// husband, Dr Chidi Nwosu", over "Ms Nwosu") or the subject by a shorter
// name ("Bob Penrose" under "Robert Penrose") is no namesake. (A relative
// named after the subject, "Mrs Nwosu … her husband, Chidi Nwosu", does
// not come first.)
func namedOtherwise(t, w string, own []string) bool {
	f := strings.Fields(t)
	for k, x := range f {
		if !containsWord(x, w) {
			continue
		}
		if k < 2 {
			return false
		}
		prev := strings.Trim(f[k-1], "\"'“”‘’(")
		role := strings.TrimSuffix(strings.ToLower(strings.Trim(f[k-2], "\"'“”‘’(,")), ".")
		return !slices.Contains(own, prev) && isGivenName(strings.ToLower(prev)) && roleWords()[role]
	}
	return false
}

// maxBioRoleGap is how many words after a writer's name its role may
// stand in a bio under the byline (see bioFollows).
const maxBioRoleGap = 8

// bioFollows reports whether a writer's role (byline_roles.txt) stands
// among the first words after a name: a writer's bio ("… is the paper's
// transport correspondent").
func bioFollows(rest []string) bool {
	for i, w := range rest {
		if i >= maxBioRoleGap {
			break
		}
		if bylineRoles[strings.ToLower(strings.Trim(w, ".,:;'’s"))] {
			return true
		}
	}
	return false
}

// titleWords are the titles and honorifics that go before a name
// (titles.txt, honorifics.txt), lower case, with and without a full stop.
var titleWords = sync.OnceValue(func() map[string]bool {
	set := maps.Clone(roleWords())
	for n := range lexiconSet("honorifics.txt") {
		set[n] = true
		set[strings.TrimSuffix(n, ".")] = true
	}
	return set
})

// lexiconArticles are the articles of articles.txt.
var lexiconArticles = sync.OnceValue(func() map[string]bool { return lexiconSet("articles.txt") })

// isGivenName reports whether a word in lower case is a common given name
// (see givenNames), its accents aside ("josé" as "jose").
func isGivenName(l string) bool { return givenNames()[l] || givenNames()[foldAccents(l)] }

// containsWord reports whether w stands in t as a word of its own.
func containsWord(t, w string) bool {
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
		if f == w || strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s") == w {
			return true
		}
	}
	return false
}

// isCreditWord reports whether t is, in any case, one of the credit words
// alone (see credits.txt): "Getty Images", "AFP".
func isCreditWord(t string) bool {
	return lineIsOneOf(t, creditWords) || strings.EqualFold(strings.TrimSpace(t), "ap")
}

// agencyByline reads a byline that credits a news agency over the date:
// "AFP 30 avril 2015 à 07:19", "Reuters - March 3, 2015". The agency is one
// of the credit words (see credits.txt) and what follows it opens with a
// date.
func agencyByline(s string) (string, bool) {
	if wordCount(s) > 20 || !startsCapital(firstRune(s)) {
		return "", false
	}
	for _, w := range creditWords {
		if len(s) <= len(w)+1 || !strings.EqualFold(s[:len(w)], w) || s[len(w)] != ' ' {
			continue
		}
		rest := strings.TrimLeft(s[len(w):], " -–—|·•,")
		if startsWithDate(rest) && hasYear(rest) {
			return s[:len(w)], true
		}
	}
	return "", false
}

// withoutReadingTime returns a line of a byline's parts set apart by dots
// or bars without the part that is its reading time ("5 min read", "5
// min de leitura"), and whether there was one among two parts or more.
func withoutReadingTime(s string) (string, bool) {
	for _, sep := range []string{" · ", " | ", " • "} {
		if !strings.Contains(s, sep) {
			continue
		}
		parts := strings.Split(s, sep)
		kept := parts[:0:0]
		for _, p := range parts {
			if p = strings.TrimSpace(p); !pageStamp(p) && !readingTime(p) {
				kept = append(kept, p)
			}
		}
		if len(kept) < len(parts) && len(kept) > 0 {
			return strings.Join(kept, sep), true
		}
	}
	return "", false
}

// maxBylineDateBytes is the longest date, in bytes, that bylineAfterDate
// reads before "by".
const maxBylineDateBytes = 40

// datedBylineWords are the words for "by" after a byline's date, in any
// case: "March 3, 2017 by Jane Doe", "4.02.2022 par Jean Roux", "3 de
// marzo de 2017 por …", "04.03.2024 07:14 Uhr Von …".
var datedBylineWords = []string{" by ", " par ", " por ", " von ", " door "}

// bylineAfterDate reads a blog's byline that opens with its date: "March 3,
// 2017 by Jane Doe", "4.02.2022 par Jean Roux".
func bylineAfterDate(s string) ([]string, bool) {
	if !startsWithDate(s) {
		return nil, false
	}
	for _, by := range datedBylineWords {
		i := indexFold(s, by) // "04.03.2024 07:14 Uhr Von Jane Doe" too
		if i < 0 || i > maxBylineDateBytes || !hasYear(s[:i]) || lineDate(s[:i]).IsZero() {
			continue
		}
		return parseByline("By " + s[i+len(by):])
	}
	return nil, false
}

// postedBy is a blog's "on March 10, 2015 by Name", "Posted on … by Name",
// "Posted March 10, 2015 by Name" or "Last updated on … by Name"; postedByLocal the same in French,
// Spanish, German and Italian ("Publié le … par Name").
var (
	postedBy      = lazyCompile(`(?i)^(?:(?:posted|published|(?:last )?updated)(?: on)?|on) .{4,40}? by (\p{Lu}.{2,80})$`)
	postedByLocal = lazyCompile(`(?i)^(?:(?:publié|mis à jour) le .{4,40}? par|(?:publicado|actualizado) el .{4,40}? por|(?:veröffentlicht|aktualisiert|erstellt|verfasst|geschrieben) am .{4,40}? von|(?:pubblicato|aggiornato) il .{4,40}? da) (\p{Lu}.{2,80})$`)
)

// postedByOpeners are the words a byline of postedBy opens with, and
// postedByWords those of postedByLocal: cheap tests before the patterns.
var postedByOpeners = []string{"on", "posted", "published", "updated", "last"}

// postedByWords are the first words of postedByLocal's bylines.
var postedByWords = []string{"publié", "mis à jour", "publicado", "actualizado", "veröffentlicht", "aktualisiert", "erstellt", "verfasst", "geschrieben", "pubblicato", "aggiornato"}

// matchPostedBy reads a blog's "Posted on … by Name" line in English or,
// when it opens with one of postedByWords, in French, Spanish, German or
// Italian; it returns the name, or "".
func matchPostedBy(s string) string {
	if strings.Contains(s, " by ") && opensWith(s, postedByOpeners, nil) {
		if m := postedBy.FindStringSubmatch(s); m != nil {
			return m[1]
		}
	}
	for _, w := range postedByWords {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			if m := postedByLocal.FindStringSubmatch(s); m != nil {
				return m[1]
			}
			break
		}
	}
	return ""
}

// pieceKinds are the kinds of piece whose name may stand before a
// byline's "by": "Opinion by Jane Doe".
var pieceKinds = map[string]bool{
	"opinion": true, "analysis": true, "review": true, "perspective": true, "commentary": true, "column": true, "essay": true,
	"interview": true, "feature": true, "report": true, "editorial": true, "profile": true, "explainer": true, "letter": true,
}

// maxPieceKind is the longest name of a kind of piece, in bytes.
const maxPieceKind = 12

// labelledByline reads a byline whose "by" follows the kind of piece:
// "Opinion by Jane Doe", "Analysis by Jane Doe", "Review by Jane Doe". A
// photo's credit ("Photos by …", "Portrait by …") is no byline.
func labelledByline(s string) ([]string, bool) {
	label, rest, ok := strings.Cut(s, " ")
	if !ok || len(label) > maxPieceKind || indexFold(rest[:min(len(rest), 3)], "by ") != 0 || !pieceKinds[strings.ToLower(label)] {
		return nil, false
	}
	return parseByline(rest)
}

// bylineSeparators set the parts of a line of an article's details apart.
var bylineSeparators = []string{" | ", " · ", " • ", " — ", " – ", " - "}

// maxDetailWords is the most words of a part of a line of details.
const maxDetailWords = 6

// bylineAfterSeparator reads a byline ("By Jane Doe", "Par Jean Roux")
// that follows other details of the article on its line, each short:
// "Posted: March 3, 2021 | By Jane Doe", "Le Monde | 04.05.2015 à 13h36 |
// Par Jean Roux".
func bylineAfterSeparator(s string) ([]string, bool) {
	if !containsAnyOf(s, bylineSeparators) {
		return nil, false
	}
	parts := []string{s}
	for _, sep := range bylineSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for i, p := range parts {
		if i == 0 || wordCount(p) > maxBylineNameWords || !hasBylinePrefix(p) {
			continue // ("By", "Par", "Por", "Von" …)
		}
		for _, q := range parts[:i] {
			if wordCount(q) > maxDetailWords && !isDateLine(q, wordCount(q)) || sentenceEnds(q) {
				return nil, false // (a date with its update may be longer: "Mis à jour le 05.05.2015 à 20h13")
			}
		}
		return parseByline(strings.TrimSpace(p))
	}
	return nil, false
}

// namesAfterDate reads a byline of a date, a separator and the names
// alone, without "by", each opening with a common given name, perhaps
// with the reading time between: "3 March 2017 • Jane Doe", "March 3, 2017
// | Jane Doe and John Roe", "March 3, 2023 · 5 min · Jane Doe".
func namesAfterDate(s string) ([]string, bool) {
	for _, sep := range datedDetailSeparators {
		date, rest, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		if wordCount(date) > maxDetailWords || !startsWithDate(date) || lineDate(date).IsZero() || otherThanDateWords(date) > 0 {
			return nil, false
		}
		if t, after, ok := strings.Cut(rest, sep); ok && readingTime(t) {
			rest = after // "March 3, 2023 · 5 min · Jane Doe"
		}
		if t, count, ok := strings.Cut(rest, sep); ok && countOfComments(count) {
			rest = t // "23.06.2016 um 16:14 Uhr - Jane Doe - 91 Ergänzungen"
		}
		names, after := leadingNames(strings.TrimSpace(rest))
		if len(names) == 0 || after != "" {
			return nil, false
		}
		for _, n := range names {
			if !knownPerson(n) {
				return nil, false // a section or an outlet: "Climate Crisis", "Harbour Courier"
			}
		}
		return names, true
	}
	return nil, false
}

// datedDetailSeparators are bylineSeparators and the slash a theme sets
// between a date and the writer ("March 4, 2024 / Jane Doe / 2
// Comments"); after a date, a slash parts no credit.
var datedDetailSeparators = append(slices.Clone(bylineSeparators), " / ")

// countOfComments reports whether a part of a line of details counts the
// article's comments: a number and one word ("91 Ergänzungen", "3
// Comments", "12 commentaires").
func countOfComments(t string) bool {
	n, word, ok := strings.Cut(strings.TrimSpace(t), " ")
	return ok && n != "" && strings.Trim(n, "0123456789") == "" && word != "" && !strings.Contains(word, " ") && hasLetter(word)
}

// namesGoOnBelow reports whether a byline ends with "and" (or a comma)
// and the line under it holds names alone: "By Jane Doe and" over "John
// Roe", as a page breaks its authors' links.
func namesGoOnBelow(line, next string) bool {
	head, ok := cutTrailingJoiner(collapseSpace(line))
	if !ok || head == "" {
		return false
	}
	if _, ok := parseByline(head); !ok {
		return false
	}
	more, after := leadingNames(strings.TrimSpace(next))
	return len(more) > 0 && after == ""
}

// cutTrailingJoiner returns a line without the "and" (or "und", "et",
// "y", "e", "&", a comma) it ends with, when it ends with one.
func cutTrailingJoiner(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if head, ok := strings.CutSuffix(s, ","); ok {
		return strings.TrimSpace(head), true
	}
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 {
		return s, false
	}
	switch strings.ToLower(s[i+1:]) {
	case "and", "und", "et", "y", "e", "&":
		return strings.TrimRight(s[:i], " ,"), true
	}
	return s, false
}

// withNamesBelow adds to a byline's names those of the line under it when
// that line goes on with "and" and names alone, as a page sets its
// authors' links one a line ("By Jane Doe" over "and John Roe").
func withNamesBelow(names []string, next string) []string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(next), "and ")
	if !ok {
		return names
	}
	more, after := leadingNames(rest)
	if len(more) == 0 || after != "" {
		return names
	}
	return append(names, more...)
}

// maxNextButtonWords is the most words of a page's button under a byline (see nextIsButton).
const maxNextButtonWords = 4

// nextIsButton reports whether the line under a byline is a short one of
// the page's buttons rather than prose: "Save", "Add to my list".
func nextIsButton(next string) bool {
	next = strings.TrimSpace(next)
	return next != "" && wordCount(next) <= maxNextButtonWords && !sentenceEnds(next)
}

// opensWithGivenName reports whether a name opens with a common given name
// (see firstnames.txt), accents aside ("Tomás" as "tomas").
func opensWithGivenName(n string) bool {
	first, _, _ := strings.Cut(n, " ")
	first = strings.ToLower(first)
	return givenNames()[first] || givenNames()[foldAccents(first)]
}

// foldAccents is s without its accents ("tomás" as "tomas"), or s when
// it has none (extract.FoldAccents).
func foldAccents(s string) string { return extract.FoldAccents(s) }

// readingTime reports whether a part of a line of details is a reading
// time or length: "5 min", "5 min read", "4 minutes", "1023 words", "3
// Min. Lesezeit", "Lesezeit: 3 Min.".
func readingTime(t string) bool {
	l := strings.ToLower(strings.TrimSpace(t))
	for _, label := range readingTimeLabels {
		if rest, ok := strings.CutPrefix(l, label+":"); ok {
			l = strings.TrimSpace(rest)
		} else if rest, ok := strings.CutSuffix(l, " "+label); ok {
			l = rest
		}
	}
	f := strings.Fields(l)
	if len(f) < 2 || len(f) > 3 || strings.Trim(f[0], "0123456789") != "" {
		return false
	}
	if len(f) == 2 && (f[1] == "words" || f[1] == "mots" || f[1] == "wörter" || f[1] == "palabras") {
		return true // a post's length beside its reading time: "1023 words"
	}
	return (f[1] == "min" || f[1] == "mins" || f[1] == "minutes" || f[1] == "min." || f[1] == "minuten") && (len(f) == 2 || f[2] == "read")
}

// readingTimeLabels name a reading time before its colon or after it:
// "Lesezeit: 3 Min.", "3 Min. Lesezeit".
var readingTimeLabels = []string{"lesezeit", "lesedauer", "reading time", "read time"}

// roleInSentenceCase reports whether what follows a name of three words or
// more is the rest of a role in sentence case whose first word the name
// took: "Marie Tremblay Real" and "estate reporter".
func roleInSentenceCase(name, rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 || len(f) > 3 || wordCount(name) < 3 || !unicode.IsLower(firstRune(f[0])) || nameParticles[f[0]] {
		return false
	}
	return isRoleWord(f[len(f)-1])
}

// postedByHandle is a blog's "On 6/13/2018 by @janedoe": the author
// known by a handle alone.
var postedByHandle = lazyCompile(`(?i)^(?:posted |published )?on [^@]{4,40}? by @(\w{2,30})$`)

// isBylinePrefix reports whether s is only a byline's "By" (or "Par", "Por").
func isBylinePrefix(s string) bool {
	s = strings.ToLower(strings.TrimRight(s, ": "))
	for _, p := range bylinePrefixes {
		if s == p {
			return true
		}
	}
	return false
}

// datesOrFollows reports whether the line after a name alone makes it a
// byline: a date or a time ("před 2 hodinami", "3/9 18:45"), a "Follow"
// button, or the author's role ("Games Editor").
func datesOrFollows(n string) bool {
	if dateOrHandle(n) || placeWithRegion(n) {
		return true // placeWithRegion: where the writer files from, "Valdetorno (León)", "Santa Rita (SP)"
	}
	return n != "" && !strings.Contains(n, "%") && wordCount(n) <= 4 && bylineContinues(n) && !strings.ContainsRune("|·•—–-@/", firstRune(n)) ||
		isWireAgency(n) || outletInCapitals(n) || fromOutletLine(n)
}

// fromOutletLine reports whether a line under a name says whom the writer
// writes for (fromOutlet): with where from after a comma ("Do UOL, em São
// Paulo"), or alone when it names an outlet in capitals ("Do UOL", "Do
// G1"), a wire agency ("Da Reuters") or the newsroom ("Da Redação").
// "De Cusco" under a chef's name in a list says where the chef is from.
func fromOutletLine(n string) bool {
	if !fromOutlet.MatchString(n) {
		return false
	}
	if strings.Contains(n, ",") {
		return true
	}
	f := strings.Fields(n)
	outlet := strings.Trim(f[1], ".")
	return len(f) == 2 && (strings.ToUpper(outlet) == outlet || newsroomWords[strings.ToLower(outlet)] || isWireAgency(outlet))
}

// newsroomWords name a site's newsroom as the writer of its staff's
// stories: "Da Redação", "De la Redacción".
var newsroomWords = map[string]bool{"redação": true, "redacción": true, "redacció": true, "redazione": true, "rédaction": true}

// fromOutlet is the line under a writer's name that says whom they write
// for and where from, as Portuguese and Spanish sites set it: "Do UOL, em
// São Paulo", "Da Redação", "De El País, en Madrid".
var fromOutlet = lazyCompile(`^(?:Do|Da|Dos|Das|Del|De)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s+(?:em|en|no|na|in)\s+\p{Lu}[\p{L} .'’-]{1,30})?$`)

// titleJoiners are the short words a title in title case capitalises and
// a person's name does not hold: "Letter From America", "Notes On The
// Week".
var titleJoiners = map[string]bool{"from": true, "of": true, "the": true, "and": true, "in": true, "on": true, "for": true,
	"at": true, "to": true, "with": true, "a": true, "an": true}

// titleWordIn reports whether a line of capitalised words holds one of
// titleJoiners.
func titleWordIn(t string) bool {
	for _, w := range strings.Fields(t) {
		if titleJoiners[strings.ToLower(strings.Trim(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// dateOrHandle reports whether the line after a name alone is a date, a
// time, a "Follow" button or a handle: what makes any name a byline, as a
// role does ("Games Editor", "Forbes Staff"). A desk or an outlet under
// it ("Business", "POLITICS") makes one too, but not within a menu, which
// lists desks under labels of two capitalised words ("Climate Change",
// "Live TV"; see menuEntry).
func dateOrHandle(n string) bool {
	f := strings.Fields(n)
	if len(f) == 0 || strings.Contains(n, "%") {
		return false // a setting ("75%"), not a date
	}
	first := strings.ToLower(f[0])
	return !lineDate(n).IsZero() || startsWithDate(n) || strings.Contains(first, "follow") || followWords[first] ||
		first[0] == '@' && len(f) == 1 && len(first) > 1 || // the author's handle: "@janedoe"
		wordCount(n) <= 6 && hasDateFigure(n) && otherThanDateWords(n) <= maxDateLineOtherWords
}

// hasDateFigure reports whether a line holds a figure that may be a
// date's or a time's: not a sum of money ("$150K", "€3m").
func hasDateFigure(n string) bool {
	for _, w := range strings.Fields(n) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 && !strings.ContainsAny(w, "$€£¥") {
			return true
		}
	}
	return false
}

// maxDateLineOtherWords is the most words that are not a date's or a
// time's in a short line with figures under a name that is still its date
// line or the like ("3 hours ago", "Published 4 min read"); "Why the 38
// bus keeps disappearing", five, is a headline.
const maxDateLineOtherWords = 4

// followWords are the "Follow" buttons under a writer's name in other
// languages.
var followWords = map[string]bool{"folge": true, "seguir": true, "suivre": true, "folgen": true, "segui": true, "volgen": true, "följ": true,
	"følg": true, "seuraa": true, "obserwuj": true, "sledovat": true, "takip": true, "ikuti": true}

// placeWithRegion reports whether a line is a place with its region or
// state in brackets, as a byline names where its writer files from: up
// to six words, every word of the place capitalised but short joining
// words and particles ("Santa Rita do Passa Alto (SP)", "Sant Joan
// d'Alacant (Alicante)", "Frankfurt am Main (Hessen)"), the bracket
// closing the line.
func placeWithRegion(n string) bool {
	open := strings.IndexByte(n, '(')
	if open <= 0 || !strings.HasSuffix(n, ")") || wordCount(n) > 6 || wordCount(n[open:]) > 3 {
		return false
	}
	if !unicode.IsUpper(firstRune(n)) || !unicode.IsUpper(firstRune(n[open+1:])) || strings.ContainsAny(n[:open], ".,;:!?") {
		return false
	}
	for _, w := range strings.Fields(n[:open]) {
		if !unicode.IsUpper(firstRune(w)) && utf8.RuneCountInString(w) > 3 && !particleJoined(w) && !strings.Contains(w, "-") {
			return false // a headline's words: "Pension reform passes Senate (Video)"
		}
	}
	return true
}

// outletInCapitals reports whether a line under a writer's name is only an
// outlet's name in capitals: "USA TODAY", "THE HARBOUR TIMES".
func outletInCapitals(n string) bool {
	f := strings.Fields(n)
	if len(f) == 0 || len(f) > maxOutletWords {
		return false
	}
	for _, w := range f {
		if utf8.RuneCountInString(w) < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsUpper(r) && r != '&' && r != '.' && r != '-' {
				return false
			}
		}
	}
	return true
}

// wireAgencies are the news agencies whose name stands alone under a
// writer's on a story they carried ("Jane Doe" over "Reuters"). Photo
// agencies are not among them: a name over "Getty Images" credits a
// photographer.
var wireAgencies = []string{"Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP", "Bloomberg", "dpa",
	"EFE", "ANSA", "Xinhua", "Kyodo", "Yonhap", "UPI", "Press Association", "PA", "TASS", "Anadolu", "Europa Press"}

// isWireAgency reports whether a line is only the name of a news agency
// (see wireAgencies), in any case.
func isWireAgency(n string) bool { return lineIsOneOf(n, wireAgencies) }

// nameJoiners are the words for "and" between two writers' names, in the
// languages of the sites: "Sanne de Waard en Youssef El Khatib", "Anna
// Berg und Jonas Weber", "Andi Saputra dan Rina Wijaya".
var nameJoiners = map[string]bool{"and": true, "en": true, "und": true, "et": true, "y": true, "e": true, "och": true, "og": true, "dan": true}

// leadingNames takes the authors that open s: one name, or names joined by
// "and" (nameJoiners), "&" or ", ", each two to four capitalised words; rest is what
// follows them. Words after a comma that do not make a name are what
// follows ("Jane Doe, Tech Reporter").
func leadingNames(s string) (names []string, rest string) {
	words := strings.Fields(s)
	var cur []string
	flush := func() bool {
		if len(cur) < 2 || len(cur)-nameParticleCount(cur) > 4 || len(cur) > maxNameWords {
			return false // (particles aside, up to four words: "Ana María de la Torre")
		}
		n := strings.TrimRight(strings.Join(cur, " "), ",")
		if !hasNameShape(n) || !looksLikeName(n) || !unicode.IsUpper(firstRune(cur[len(cur)-1])) {
			return false // a name ends on a capital: "Jean de Marsh", not "Publié le"
		}
		names = append(names, normaliseName(n))
		cur = nil
		return true
	}
	afterComma := -1 // where the words after the last comma between names start
	fail := func() ([]string, string) {
		if afterComma > 0 && len(names) > 0 {
			return names, strings.Join(words[afterComma:], " ")
		}
		return nil, ""
	}
	i := 0
	for ; i < len(words); i++ {
		w := words[i]
		bare := strings.ToLower(strings.Trim(w, ".,'’"))
		if (bare == "e" || bare == "y") && w == bare && len(cur) >= 2 && i+1 < len(words) && unicode.IsUpper(firstRune(words[i+1])) && isBylineNameWord(words[i+1]) && !isOutletAcronym(strings.TrimRight(words[i+1], ",")) &&
			(i+2 == len(words) || strings.HasSuffix(words[i+1], ",") || nameJoiners[strings.ToLower(words[i+2])] || words[i+2] == "&") {
			// One word after "e" or "y" ends an Iberian compound surname
			// ("Ana Rita Sousa e Silva"): a second writer's name has two.
			cur[len(cur)-1] += " " + w + " " + strings.TrimRight(words[i+1], ",")
			i++
			if strings.HasSuffix(words[i], ",") && i+1 < len(words) {
				if !flush() {
					return fail()
				}
				afterComma = i + 1
			}
			continue
		}
		if nameJoiners[bare] && w == strings.ToLower(w) || bare == "and" || w == "&" {
			if !flush() {
				return fail()
			}
			continue
		}
		if !isBylineNameWord(w) || pasteUIWords[bare] || monthNames[bare[:min(3, len(bare))]] != 0 && len(cur) >= 2 || isWeekday(bare) || bylineStops[bare] ||
			len(cur) >= 2 && bylineRoles[bare] {
			if len(cur) >= 3 && bylineRoles[bare] && unicode.IsLower(firstRune(w)) {
				// A beat before the role: "Helen Ashby Environment
				// correspondent".
				cur = cur[:len(cur)-1]
				i--
			}
			break // (a role after the name: "Jane Doe Senior Writer")
		}
		cur = append(cur, strings.TrimRight(w, ","))
		if strings.HasSuffix(w, ",") {
			if len(cur) >= 2 && i+1 < len(words) && isBylineNameWord(words[i+1]) && !bylineRoles[strings.ToLower(strings.Trim(words[i+1], ".,"))] {
				if !flush() {
					return fail()
				}
				afterComma = i + 1
				continue
			}
			i++
			break
		}
		if len(cur)-nameParticleCount(cur) > 4 || len(cur) > maxNameWords {
			return fail()
		}
	}
	if !flush() {
		return fail()
	}
	return names, strings.Join(words[min(i, len(words)):], " ")
}

// isOutletAcronym reports whether w is one word of two to six capitals,
// the way outlets and agencies write their names after an author's ("CNN",
// "AP", "AFP").
func isOutletAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// bylineStops are words that end the names of a byline written without a
// separator: "Jane Doe Published 3:57 PM ET".
var bylineStops = map[string]bool{"published": true, "updated": true, "posted": true, "follow": true, "modified": true, "for": true,
	// the same stamps in German, French and Spanish: "Jane Doe Zuletzt geändert am 06.11.2023"
	"zuletzt": true, "aktualisiert": true, "veröffentlicht": true, "publié": true, "publicado": true, "actualizado": true}

// isBylineNameWord reports whether w can be a word of a name: capitalised
// letters (an initial "C." too), or a name particle.
func isBylineNameWord(w string) bool {
	w = strings.TrimRight(w, ",")
	if w == "" {
		return false
	}
	r := firstRune(w)
	if !unicode.IsUpper(r) && !nameParticles[w] && !particleJoined(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r) {
			return false
		}
	}
	return true
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	// German, French, Spanish, Italian and Polish, as pages in them date
	// their articles ("Dienstag, 13. Mai 2014", "Domingo 8 de mayo de 2022")
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonnabend": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
}

func isWeekday(w string) bool { return weekdays[w] }

// startsWithDate reports whether s opens with a month, a weekday or a
// number.
func startsWithDate(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[0], ".,"))
	return unicode.IsDigit(firstRune(w)) || isWeekday(w) || len(w) >= 3 && monthNames[w[:3]] != 0 && (len(f) > 1 && unicode.IsDigit(firstRune(f[1])))
}

// givesAge reports whether what follows a name opens with the person's
// age set off by a comma ("54, harbour master"), as captions and reports
// name people, not bylines.
func givesAge(rest string) bool {
	num, _, ok := strings.Cut(rest, ",")
	if !ok || len(num) == 0 || len(num) > 3 {
		return false
	}
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return true
}

// maxNameWords is the most words of a writer's name, its particles
// counted ("Ana María de la Torre").
const maxNameWords = 5

// nameParticleCount is how many of a name's words are particles in lower
// case ("de", "la", "van").
func nameParticleCount(words []string) int {
	n := 0
	for _, w := range words {
		if nameParticles[w] {
			n++
		}
	}
	return n
}

// bylineContinues reports whether what follows names makes the line a
// byline: a date or time, a separator, a handle, "Follow", "Updated", a
// role ("Staff Writer", "Games Editor").
func bylineContinues(rest string) bool {
	r := firstRune(rest)
	if givesAge(rest) {
		return false // "Jane Doe, 54, harbour master": a caption's or a list's person
	}
	if strings.ContainsRune("|·•—–-@/", r) || startsWithDate(rest) || strings.HasPrefix(rest, "(@") {
		return true
	}
	if otherThanDateWords(rest) == 0 && hasYear(rest) && !lineDate(rest).IsZero() {
		return true // a change's stamp: "Jane Doe  Zuletzt geändert am 06.11.2023"
	}
	if on, date, ok := strings.Cut(rest, " "); ok && strings.EqualFold(on, "on") && startsWithDate(date) {
		return true // "Jane Doe on March 3, 2015"
	}
	if f := strings.Fields(rest); len(f) > 1 && strings.EqualFold(f[0], "for") && startsCapital(firstRune(f[1])) {
		return true // "for The Guardian"
	}
	if isOutletAcronym(rest) {
		return true // "Jane Doe, CNN"
	}
	f := strings.Fields(strings.ToLower(rest))
	if len(f) > 0 && (f[0] == "a" || f[0] == "an") {
		// "Jane Doe, a special correspondent" is a byline; "Maria Lopez, a
		// journalist for 20 years, leaves …" describes the person.
		return len(f) <= 4 && bylineRoles[strings.Trim(f[len(f)-1], ".,:")]
	}
	for i, w := range f {
		if i >= 4 {
			break
		}
		w = strings.Trim(w, ".,:")
		if w == "follow" || followWords[w] || w == "updated" || w == "published" || w == "posted" || bylineRoles[w] {
			return true
		}
	}
	return false
}

// minClauseWords is the fewest words in lower case after a name that
// endsLowerClause reads as a sentence's rest rather than a role.
const minClauseWords = 5

// endsLowerClause reports whether what follows a name is the rest of a
// sentence or headline in lower case: minClauseWords words or more, most of
// them in lower case ("health systems agree to combine, creating $14B
// network"), not a role ("health reporter") or a date.
func endsLowerClause(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < minClauseWords {
		return false
	}
	lower := 0
	for _, w := range f {
		if unicode.IsLower(firstRune(w)) {
			lower++
		}
	}
	return lower*4 >= len(f)*3
}

// menuEntry reports whether a line of names alone (no "By") at blocks[i] is an entry
// of the page's menu rather than a byline: short chrome is set right over
// it and right over that, or right under it (a breadcrumb: "News", "Hong
// Kong", "Health & Environment"), the line under it is neither a date, a
// handle nor a role, and it does not open with a given name (a writer's
// card may sit among the page's buttons; "Hong Kong" then passes for a
// name, a known misreading).
func menuEntry(blocks []block, info []pasteInfo, i int) bool {
	if hasBylinePrefix(blocks[i].text) {
		return false // "By Jane Roe", "Posted by Jane Roe" among the buttons: a byline
	}
	short := func(k int) bool { return k >= 0 && k < len(info) && info[k].chrome && info[k].words <= maxLabelWords+1 }
	// Entries of the menu set right next to it: the two above, or the one
	// above and the one under.
	above := info[i].tight && short(i-1)
	if !(above && i >= 2 && info[i-1].tight && short(i-2) || above && i+1 < len(info) && info[i+1].tight && short(i+1)) {
		return false
	}
	n := strings.TrimSpace(nextText(blocks, i))
	return !dateOrHandle(n) && !(namesRole(n) && !(wordCount(n) == 1 && sectionWords()[strings.ToLower(n)])) &&
		!opensWithGivenName(bylineNamesPart(blocks[i].text))
}

// maxAgencyCreditWords is the most words of the agencies after a
// caption's slash (see agencyAfterSlash).
const maxAgencyCreditWords = 6

// agencyAfterSlash reads a caption whose credit, one or more photo
// agencies (see credits.txt), follows a slash between spaces: "Die
// Intensivstation des Klinikums / picture alliance", "The north pier at
// dawn / dpa / AP". The caption has three words or more and no full stop
// (a full stop before the slash is slashAfterSentence's).
func agencyAfterSlash(t string) (text, credit string, ok bool) {
	i := strings.Index(t, " / ")
	if i < 0 {
		return "", "", false
	}
	text, credit = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+3:])
	if wordCount(text) < 3 || sentenceEnds(text) || wordCount(credit) > maxAgencyCreditWords {
		return "", "", false
	}
	for _, part := range strings.Split(credit, "/") {
		if !isCreditWord(strings.TrimSpace(part)) {
			return "", "", false
		}
	}
	return text, credit, true
}

// sideMark is the place a caption gives someone or something in its photo,
// in brackets: "(left)", "(from left)", "(l.)", "(links)", "(rechts)", "(à
// gauche)", "(izquierda)", "(a destra)". No paragraph of an article
// points so at a picture.
var sideMark = lazyCompile(`\((?i:left|right|centre|center|from left|l\.|r\.|links|rechts|mitte|v\. ?l\.|von links|à gauche|à droite|au centre|izquierda|derecha|centro|a sinistra|a destra|à esquerda|à direita|lewej|prawej|vasemmalla|oikealla)\)`)

// maxSideMarkCaptionWords is the most words of a caption read by its
// sideMark.
const maxSideMarkCaptionWords = 30

// sideMarkCaption reports whether a line of up to maxSideMarkCaptionWords
// words is a caption by its sideMark.
func sideMarkCaption(t string) bool {
	return strings.IndexByte(t, '(') >= 0 && wordCount(t) <= maxSideMarkCaptionWords && sideMark.MatchString(t)
}

// licenceCredit is the licence a photo's credit names: "Creative Commons",
// "CC BY 2.0", "CC BY-SA", "CC0". A credit line closes without a full
// stop, as an article's sentence about such licences does not.
var licenceCredit = lazyCompile(`(?i)\bcreative\s+commons\b|\bCC[ -]?(?:BY|0)\b`)
