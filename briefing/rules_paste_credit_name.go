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
// ("Jane Doe for Harbour News", "für DIE ZEIT").
var creditJoiners = map[string]bool{
	"for": true, "für": true, "pour": true, "per": true, "para": true, "voor": true,
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "do": true, "dos": true, "du": true, "la": true, "le": true, "y": true, "and": true, "und": true, "&": true,
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
// words.
func captionOverNameCredit(blocks []block, info []pasteInfo, j int, lineUnderLine bool) bool {
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
		strings.HasSuffix(text, "!") {
		return false
	}
	return nameCredit(blocks[j+1].text) || bareCredit(blocks[j+1].text)
}

// creditedAfterChrome reports whether block j, above the article's first
// paragraph, is a photo's caption over a credit of names
// (captionOverNameCredit) where a photo stands: under the page's controls,
// its date or its byline (bylineAbove). Right under the headline, the same
// two lines are a standfirst over its writer's name.
func creditedAfterChrome(blocks []block, info []pasteInfo, j int, lineUnderLine, bylineAbove bool) bool {
	if j == 0 || !captionOverNameCredit(blocks, info, j, lineUnderLine) {
		return false
	}
	if _, ok := pasteByline(blocks[j].text, blocks[j+1].text); ok {
		return false
	}
	above := j - 1
	return bylineAbove || info[above].chrome || info[above].furn != notFurniture || !lineDate(blocks[above].text).IsZero()
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

// captionUnderCredit reports whether block j is a photo's caption set on
// the line right under its credit ("Photo: Supplied" over "Sheep graze
// near the telescope."), the caption ending its group of lines in a paste
// with blank lines: the caption is not run on into anything, and a
// paragraph of the article does not stand on the line under a credit.
func captionUnderCredit(blocks []block, info []pasteInfo, j int, lineUnderLine bool) bool {
	if lineUnderLine || j == 0 || !info[j].tight || j+1 < len(blocks) && info[j+1].tight || !plainOrHeading(blocks[j]) {
		return false
	}
	text := strings.TrimSpace(blocks[j].text)
	if info[j].words < 3 || info[j].words > maxCaptionWords || strings.HasSuffix(text, ":") || strings.HasSuffix(text, ",") ||
		info[j].furn != notFurniture || info[j].chrome {
		return false
	}
	return bareCredit(blocks[j-1].text)
}
