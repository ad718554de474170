package briefing

// The head of a pasted article: its byline above it or among its opening
// lines, the standfirst under the headline and the lead photo's caption.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// namesOnTheLineAbove adds to the names of a byline at blocks[i] that is a
// name alone over its date ("John Roe" over "March 3, 2021") the names
// alone on the line right above it, both opening with a common given name:
// the first author's, one name a line ("Jane Doe", "John Roe", the date),
// not an author's over the outlet's ("Jane Doe", "Harbour News", the date).
func namesOnTheLineAbove(blocks []block, info []pasteInfo, i int, names []string) []string {
	if i == 0 || !info[i].tight || !bylineUsesNext(blocks[i].text, nextText(blocks, i)) {
		return names
	}
	if _, person := namesAlone(blocks[i].text, ""); !person {
		return names // "Jane Doe" over an outlet's name and the date
	}
	above, ok := namesAlone(blocks[i-1].text, "")
	if !ok {
		return names
	}
	return append(above, names...)
}

// maxAuthorBoxLine is the longest line, in bytes, that names an author
// over an author box.
const maxAuthorBoxLine = 80

// authorBoxLeads are what an author box may set before the author's name
// on its first line: "About Jane Doe", "More from Jane Doe".
var authorBoxLeads = []string{"", "about ", "more from ", "more by ", "by ", "written by ", "posts by ", "articles by "}

// namesAnAuthor reports whether a line is only the name of one of the
// article's authors, perhaps after an author box's lead ("About Jane
// Doe"): inside the article, the name over an author box or a repeat of
// the byline, never a subheading.
func namesAnAuthor(t string, authors []string) bool {
	if len(authors) == 0 || len(t) > maxAuthorBoxLine {
		return false
	}
	t = strings.TrimRight(strings.TrimSpace(t), " .:")
	for _, lead := range authorBoxLeads {
		if len(t) < len(lead) || !strings.EqualFold(t[:len(lead)], lead) {
			continue
		}
		for _, a := range authors {
			if strings.EqualFold(collapseSpace(t[len(lead):]), a) {
				return true
			}
		}
	}
	return false
}

// bylineRank orders the bylines found above an article (see
// bylineStrength): a story card's byline, under a headline of its own, is
// the weakest, below any byline that stands by itself, so that the
// article's "Jane Doe" over its date wins over the cards of other stories
// above it that carry their authors in the same shape.
func bylineRank(strength int, underHeadline bool) int {
	if underHeadline {
		return 1
	}
	return 2 * strength
}

// ownHeadLines is how far above a byline the article's own headline may
// stand, over a standfirst and a caption, on a page pasted whole.
const ownHeadLines = 4

// underOtherHeadline reports whether the byline at blocks[i] stands right
// under a headline that is not the article's title (which the paste rules
// see among the blocks only on a page pasted whole, within ownHeadLines
// above): the byline of a story card ("Bridge tolls
// to rise next year" over "By John Roe"), or of an article under its
// subtitle, which then still has it when it has no other.
func underOtherHeadline(blocks []block, info []pasteInfo, i int, title string) bool {
	if i == 0 || info[i-1].prose || info[i-1].chrome || !headlineShaped(blocks[i-1].text, info[i-1].words) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-ownHeadLines; j-- {
		if strings.TrimSpace(blocks[j].text) == title {
			return false // the article's own headline, over its standfirst or its photo
		}
	}
	_, byline := pasteByline(blocks[i-1].text, blocks[i].text)
	return !byline
}

// minDekWords is the fewest words of a standfirst that does not end as a
// sentence.
const minDekWords = 8

// dekOver returns where the standfirst, under the headline title, over
// the byline at blocks[at] is, or -1: the paste's first paragraph of prose (or a line of some
// length without a full stop), with only the page's chrome and a photo's
// caption between it and the byline, that the news rules take for nothing
// else (see isDek).
func dekOver(blocks []block, info []pasteInfo, at int, title string) int {
	j := at - 1
	for j >= 0 {
		if !info[j].prose && (info[j].chrome || info[j].furn != notFurniture) || isCaptionLine(blocks[j].text) {
			j--
			continue
		}
		if j+1 < at && info[j+1].tight && creditOnly(blocks[j+1].text) && info[j].words <= maxCaptionWords {
			j-- // the caption over its credit
			continue
		}
		if j+2 <= at && captionOverNameCredit(blocks, info, j, false, true) {
			j-- // the lead photo's caption over its photographer's name, set apart: "Rafael Montes"
			continue
		}
		break
	}
	if j < 0 || !(info[j].prose || info[j].words >= minDekWords && !info[j].chrome && blocks[j].kind != heading) || !isDek(blocks[j], title) {
		return -1
	}
	for k := range j {
		if info[k].prose {
			return -1
		}
	}
	return j
}

// takeStandfirst takes the paragraph out[k] out of the body: it is the
// standfirst under the headline, which the briefing keeps as its
// Standfirst (the first one found).
func takeStandfirst(b *Briefing, out []block, k int) []block {
	if b.Standfirst == "" {
		b.Standfirst = collapseSpace(out[k].text)
	}
	return append(out[:k], out[k+1:]...)
}

// isDek reports whether the one paragraph before a byline is the
// standfirst under the headline title: not a line the news rules take for
// something else (the headline said again, a provenance line, a notice, a
// caption), which they must still see.
func isDek(bl block, title string) bool {
	var key []byte
	v := verdictContext{title: titleKey(title), titleLen: len(title)}.judge(&bl, wordCount(bl.text), &key)
	return v.rule == noRule
}

// bylineNear returns where the byline of the article starting at
// blocks[first] is: the nearest above it, or else the first among its
// opening paragraphs; first when there is none.
func bylineNear(blocks []block, info []pasteInfo, first, last int) int {
	for i := first - 1; i >= 0 && i >= first-headerWindow; i-- {
		if _, ok := pasteByline(blocks[i].text, nextText(blocks, i)); ok && !menuEntry(blocks, info, i) {
			if headlineBetween(blocks, info, i, first) {
				// A headline stands between this byline and the
				// article: the byline is a story card's or an author's
				// box above it, and the article's own is among its
				// opening lines, when it has one.
				if j := bylineAmongOpening(blocks, info, first, last); j != first {
					return j
				}
			}
			if i > 0 && nameOverIt(blocks, i) {
				return i - 1 // the writer's name over their role or wire ("Jade Roe" over "NCA NewsWire")
			}
			return i
		}
	}
	return bylineAmongOpening(blocks, info, first, last)
}

// nameOverIt reports whether the line over the byline at blocks[i] is a
// writer's name alone that the byline's line describes: their role ("BBC
// Wales political reporter") or the wire they write for ("NCA
// NewsWire"), which the byline rules also read as a name.
func nameOverIt(blocks []block, i int) bool {
	names, ok := pasteByline(blocks[i-1].text, blocks[i].text)
	if !ok || len(names) != 1 {
		return false
	}
	ln, rest := leadingNames(collapseSpace(blocks[i-1].text))
	return len(ln) == 1 && rest == ""
}

// headlineBetween reports whether a line that may be a headline (see
// headlineAt) stands between blocks[from] and blocks[to].
func headlineBetween(blocks []block, info []pasteInfo, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if headlineAt(blocks, info, k) && !info[k].chrome {
			return true
		}
	}
	return false
}

// bylineAmongOpening returns where a byline stands among the opening
// paragraphs of the article starting at blocks[first], or first when none
// does.
func bylineAmongOpening(blocks []block, info []pasteInfo, first, last int) int {
	prose := 0
	for i := first; i <= last && prose <= bylineParagraphs; i++ {
		if info[i].prose {
			prose++
			continue
		}
		if _, ok := pasteByline(blocks[i].text, nextText(blocks, i)); ok {
			return i
		}
	}
	return first
}

// headlineAbove finds the headline of an article whose byline or first
// paragraph is blocks[first]: the nearest line above it, within headerWindow, shaped like a headline
// (three to maxTitleWords words, a capital first, no final colon or comma)
// that is not chrome, a byline, a date, a caption or furniture. It returns
// -1 when there is none.
func headlineAbove(blocks []block, info []pasteInfo, first int) int {
	// A line over a photo's credit is its caption when a line above
	// it may be the headline ("Vecinos cargan colchones …" over
	// "Gentileza …"); it is the headline when none may.
	for _, skipCaptions := range []bool{true, false} {
		for i := first - 1; i >= 0 && i >= first-headerWindow; i-- {
			if headlineAt(blocks, info, i) && !(skipCaptions && overItsCredit(blocks, info, i)) {
				return i
			}
		}
	}
	return -1
}

// sourceLabels are the labels of a line that names a story's source, in
// the languages of the sites, in lower case.
var sourceLabels = []string{"source", "sources", "fuente", "fuentes", "quelle", "fonte", "bron", "źródło", "kilde", "källa", "lähde"}

// sourceLine reports whether a line names the source of a story or a
// figure after its label: "Source: Journal of Geophysical Research:
// Oceans", "Fuente: INE". A name has at most one word of four letters or
// more in lower case: a clause after the label is a headline that credits
// its news to sources ("Sources: Harbour FC agree deal with striker Tom
// Reyes").
func sourceLine(t string) bool {
	label, value, ok := strings.Cut(t, ":")
	if !ok || !wordIn(strings.ToLower(strings.TrimSpace(label)), sourceLabels) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(value) {
		if unicode.IsLower(firstRune(w)) && utf8.RuneCountInString(strings.Trim(w, ".,;:")) >= 4 {
			lower++
		}
	}
	return lower <= 1
}

// headlineAt reports whether block i may be a headline: three words or
// more and no more than a title has, no chrome nor furniture, no sentence
// ending in a full stop, opening with a capital, and no byline, caption,
// credit, date or the place a writer files from ("Puerto Norte (Lugo)").
func headlineAt(blocks []block, info []pasteInfo, i int) bool {
	t := strings.TrimSpace(blocks[i].text)
	in := info[i]
	if blocks[i].kind == listItem || blocks[i].kind == tableRow || info[i].linkRun || countField(t) || footnotedSentence.MatchString(t) {
		return false // an item of a list its label introduces ("1 TL Zimt" under "Zutaten:"), a table's row ("200 g | Sahne"), a recipe's "Ergibt: 40 Stück"
	}
	if in.kind == strongChrome && (in.words < minStretchHeadlineWords || mostlyControls(t)) || in.furn != notFurniture || in.words < 3 || in.words > maxTitleWords || in.prose && sentenceEnds(t) && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "؟") {
		return false
	}
	r := firstRune(strings.TrimLeft(t, "\"'“‘«¿¡"))
	if !startsCapital(r) || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") && !titleCaseSentences(t) || sourceLine(t) {
		return false
	}
	if _, ok := pasteByline(t, nextText(blocks, i)); ok {
		return false
	}
	if i > 0 && outletLine(t) {
		if names, rest := leadingNames(strings.TrimSpace(blocks[i-1].text)); len(names) == 1 && rest == "" {
			return false // the writer's outlet under their name: "Brian Otieno" over "Nation Media Group"
		}
	}
	if names, rest := leadingNames(t); len(names) == 1 && rest == "" && i+1 < len(blocks) && !hasBylinePrefix(blocks[i+1].text) {
		if below, rest := leadingNames(bylineNamesPart(blocks[i+1].text)); len(below) == 1 && rest == "" {
			if _, ok := pasteByline(blocks[i+1].text, nextText(blocks, i+1)); ok {
				return false // a writer's name over a co-writer's, the two names alone
			}
		}
	}
	if _, ok := pasteCaption(t); ok || !lineDate(t).IsZero() || dateAlone(t) || creditedName(t) {
		return false // (a date alone, "4th March 2025"; a writer's credit, "Editor Rina Kartikasari")
	}
	return !placeWithRegion(t) && !labelledField(t) && (i == 0 || !creditLabel(blocks[i-1].text))
}

// footnotedSentence is a sentence closed with a footnote's mark, as an
// essay's epigraph is ("“Es ist nicht zu wenig Zeit, die wir haben …”1"):
// a headline carries none.
var footnotedSentence = lazyCompile(`\p{L}[.!?…]["”»’']?(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$`)

// countField reports whether a line is a field of a page's box that
// gives a count or a time after its one-word label: "Ergibt: 40 Stück",
// "Portionen: 4", "Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)".
func countField(t string) bool {
	label, value, ok := strings.Cut(t, ":")
	value = strings.TrimSpace(value)
	return ok && label != "" && !strings.Contains(label, " ") && value != "" && unicode.IsDigit(firstRune(value)) && wordCount(value) <= maxCountFieldWords
}

// maxCountFieldWords is the most words of a countField's value.
const maxCountFieldWords = 8

// maxFieldValueWords is the most words after a label in capitals that make
// a line a field of the page's (see labelledField).
const maxFieldValueWords = 2

// labelledField reports whether a line is a field of the page, a label
// of two words or more in capitals and a short value after its colon:
// "NEWSPAPER SECTION: News". A headline may open with a label of one word
// ("BREAKING: Fire closes the harbour road", "LIVE: Budget 2026", "Q&A:
// Jane Roe").
func labelledField(t string) bool {
	k := strings.IndexByte(t, ':')
	if k <= 0 {
		return false
	}
	label, value := strings.TrimSpace(t[:k]), strings.Fields(t[k+1:])
	if wordCount(label) < 2 || strings.ToUpper(label) != label || strings.ToLower(label) == label || len(value) > maxFieldValueWords {
		return false
	}
	if len(value) == 2 && !strings.ContainsAny(t[k+1:], "0123456789") && !unicode.IsUpper(firstRune(value[1])) {
		return false // a headline's clause under its label: "COST OF LIVING: Bills soar"
	}
	return true
}

// creditLabels are the words that label a photo's credit on the line
// above it ("Foto:" over "Metro de Medellín").
var creditLabels = []string{"photo", "foto", "image", "picture", "credit", "crédito", "bild", "kuva", "zdjęcie"}

// creditLabel reports whether a line is only a credit's label and its
// colon: the line under it is a credit, not a headline.
func creditLabel(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ":") && wordIn(t, creditLabels)
}

// minStretchHeadlineWords is the fewest words of a headline that a page's
// controls around it (ads above, share buttons below) marked as theirs.
const minStretchHeadlineWords = 6

// startsWithBy reports whether a line opens with "By" (any case).
func startsWithBy(t string) bool {
	f := strings.Fields(t)
	return len(f) > 1 && strings.EqualFold(strings.TrimRight(f[0], ":"), "by")
}

// opensWithDateline reports whether a paragraph opens with a dateline
// ("ROTTERDAM — …"), as an agency's article does.
func opensWithDateline(p string) bool {
	if p == "" || !unicode.IsUpper(firstRune(p)) {
		return false
	}
	_, _, _, ok := splitDateline(p)
	return ok
}

// minLeadCaptionWords is the fewest words of a lead photo's caption
// without a credit (see captionUnderByline).
const minLeadCaptionWords = 4

// captionUnderByline reports whether block i, right above the article's
// first paragraph, is the caption of its lead photo: a line of some length
// that is not a sentence nor a heading, right under the byline (and its
// date). An article's first paragraph ends as a sentence.
func captionUnderByline(blocks []block, info []pasteInfo, i int) bool {
	t := strings.TrimSpace(blocks[i].text)
	return !info[i].prose && blocks[i].kind != heading && info[i].words >= minLeadCaptionWords && info[i].words <= maxCaptionWords &&
		!sentenceEnds(t) && !strings.HasSuffix(t, ":") && lineDate(t).IsZero() && !pageStamp(t) && info[i].kind != strongChrome &&
		underByline(blocks, info, i)
}

// underByline reports whether blocks[i] comes right after a byline (one
// or two blocks up, its date between): a comment counter there is in the
// header of an article ("Jane Doe / Associated Press December 2, 2016 / 11
// Comments"), not the start of the comments.
func underByline(blocks []block, info []pasteInfo, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		t := blocks[j].text
		if info[j].prose {
			return false
		}
		if _, ok := pasteByline(t, blocks[j+1].text); ok && !menuEntry(blocks, info, j) {
			return true
		}
	}
	return false
}

// isCaptionLine reports whether a line reads as a photo's caption or
// credit (see pasteCaption).
func isCaptionLine(t string) bool {
	_, ok := pasteCaption(t)
	return ok
}

// creditOnly reports whether a line is only a photo's credit.
func creditOnly(t string) bool {
	c, ok := pasteCaption(t)
	return ok && c.Text == ""
}

// Bounds of a headline written as sentences, over a standfirst (see
// proseHeadlineOverDek).
const (
	maxProseHeadlineWords = 20
	maxKickerWords        = 5
)

// proseHeadlineOverDek reports whether the article's first block, prose,
// is its headline: the article's own byline stands below it (at from), and
// between them stands one more paragraph, longer, its standfirst
// ("Pinellas beaches lost millions of cubic yards of sand. The fix could
// take years." over "A new survey shows …" over "By Jane Doe"). A headline
// may be written as two short sentences; a paragraph does not come before
// the standfirst. The line above it is the page's chrome or a kicker (see
// kicker), not a headline of its own.
func proseHeadlineOverDek(blocks []block, info []pasteInfo, first, from int) bool {
	if from != first+2 || !info[first].prose || !info[first+1].prose || info[first].words > maxProseHeadlineWords ||
		info[first].words >= info[first+1].words || blocks[first].kind != paragraph {
		return false
	}
	t := strings.TrimSpace(blocks[first].text)
	if strings.HasSuffix(t, ":") || !startsCapital(firstRune(strings.TrimLeft(t, "\"'“‘«¿¡"))) {
		return false
	}
	if _, ok := pasteByline(blocks[from].text, nextText(blocks, from)); !ok {
		return false
	}
	above := first - 1
	return above < 0 || info[above].chrome || !headlineAt(blocks, info, above) || kicker(blocks[above].text, info[above].words)
}

// kicker reports whether a short line over a headline is its kicker or a
// label ("Great Salt Lake", "The Great Salt Lake Collaborative") rather
// than a headline of its own: up to five words, each opening with a
// capital or in a script without capitals ("Storm Bert batters north
// coast" and "Library hours extended" are headlines). (headlineAt takes
// no line of fewer than three words for a headline.)
func kicker(t string, words int) bool {
	if words > maxKickerWords {
		return false
	}
	for _, w := range strings.Fields(t) {
		if r := firstRune(w); unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// titleCaseSentences reports whether a line ending with a full stop is a
// headline of sentences in title case, as some sites write them
// ("Hospitals Promised to Forgive Debts. Thousands Were Sued Anyway."):
// most of its words open with a capital, as no paragraph's do.
func titleCaseSentences(t string) bool {
	return !strings.HasSuffix(t, "..") && wordCount(t) >= 4 && lowerShare(t) < 0.3
}
