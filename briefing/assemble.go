package briefing

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
)

// Thresholds of the shared news-text stage.
const (
	// longParagraphWords makes a paragraph article text for the furniture
	// rule: a widget heading after the last such paragraph cuts the rest.
	longParagraphWords = 20
	// repeatWindow is how many blocks apart (at most) an exact repeat is
	// dropped.
	repeatWindow = 4
	// bylineParagraphs is how many body paragraphs may come before a byline.
	bylineParagraphs = 2
)

// assemble runs the news-text rules shared by every format on the blocks
// an importer produced (see newsRules; exact repeats close together are
// dropped only when dropRepeats is set, for copied plain text), takes the
// dateline off the first paragraph, and builds the briefing's sections and
// styles. The lead section (empty heading) holds what comes before the
// first heading. The blocks are used up: their slice is overwritten.
func assemble(b *Briefing, blocks []block, dropRepeats bool) {
	kept := dropEmptyHeadings(newsRules(b, dropContents(blocks), dropRepeats))
	takeDateline(b, kept)
	buildSections(b, kept)
}

// newsRules keeps the article's own blocks and moves the rest into the
// briefing's metadata: repeats of the title are dropped (and, with
// dropRepeats, exact repeats close together), platform notices name the
// Source, photo captions and credits become Captions (once each),
// provenance lines become the Origin, a byline near the top (or names
// alone over the article) gives the Authors, stamps over the article give
// the Published date (see headStamp), closing notices after the last long
// paragraph are dropped (see closingNotice), and site furniture is dropped
// (a widget heading after the last long paragraph cuts everything after
// it). The blocks kept are written over the start of blocks, whose slice
// they share: the i-th block kept comes from blocks[i] or after.
func newsRules(b *Briefing, blocks []block, dropRepeats bool) []block {
	blocks = dropStoryBoxes(dropSkippedBoxes(blocks))
	title := titleKey(b.Title)
	words := make([]int, len(blocks))
	firstLong, lastLong := len(blocks), -1
	for i, bl := range blocks {
		words[i] = wordCount(bl.text)
		if bl.kind == paragraph && words[i] >= longParagraphWords {
			firstLong, lastLong = min(firstLong, i), i
		}
	}
	verdicts := verdictContext{title: title, titleLen: len(b.Title)}.judgeAll(blocks, words)
	for lastLong > firstLong && verdicts[lastLong].rule == ruleNotice {
		// A long notice after the article (the rules of its comments) is
		// not its last long paragraph: a box heading above it still cuts.
		lastLong--
		for lastLong > firstLong && (blocks[lastLong].kind != paragraph || words[lastLong] < longParagraphWords) {
			lastLong--
		}
	}
	out := blocks[:0]
	var recent [repeatWindow]string // the texts of the last blocks, for repeats
	captions := map[Caption]bool{}
	for _, c := range b.Captions {
		captions[c] = true
	}
	body, lastCaption := 0, -1
	bio := -1 // the writer's bio under an author's box's label
	for i := range verdicts {
		v := &verdicts[i]
		bl := blocks[i]
		if v.empty {
			continue // empty, or a rule such as "___" or "* * *"
		}
		if bl.kind == codeBlock || bl.kind == tableRow {
			out = append(out, bl)
			continue
		}
		if dropRepeats {
			repeat := false
			for _, r := range recent {
				repeat = repeat || r == bl.text
			}
			recent[i%repeatWindow] = bl.text
			if repeat {
				continue
			}
		}
		if v.rule == ruleTitle || i == bio {
			continue
		}
		if (bl.kind == heading || bl.kind == paragraph) && i > lastLong && boxHeading(bl.text) {
			return out // "Weitere Videos" over other stories' links
		}
		prevCaption := lastCaption
		lastCaption = -1
		switch v.rule {
		case ruleFurniture:
			if v.furniture == furnitureCut && i > lastLong {
				return out
			}
			if v.furniture == furnitureCut && i+1 < len(blocks) && writersBio(blocks[i+1], words[i+1], b.Authors) {
				bio = i + 1 // an author's box over the article: its label, then the writer's bio
			}
			continue
		case ruleNotice:
			if b.Source == "" {
				b.Source = v.found.source
			}
			continue
		case ruleCaption:
			switch c := v.found.caption; {
			case c.Text == "" && prevCaption >= 0 && b.Captions[prevCaption].Credit == "":
				b.Captions[prevCaption].Credit = c.Credit
			case !captions[c]:
				captions[c] = true
				b.Captions = append(b.Captions, c)
				lastCaption = len(b.Captions) - 1
			}
			continue
		case ruleProvenance:
			if !strings.Contains(b.Origin, v.found.origin) {
				b.Origin = strings.TrimSpace(b.Origin + " " + v.found.origin)
			}
			continue
		}
		if v.short && body <= bylineParagraphs && bl.kind != quoteBlock {
			if names, ok := parseByline(bl.text); ok {
				if len(b.Authors) == 0 {
					b.Authors = names
				}
				continue
			}
			if authorOverDate(bl.text, b.Authors) {
				continue
			}
			if prev := ""; body == 0 && i < firstLong && (bl.kind == paragraph || bl.kind == listItem && len(b.Authors) > 0) {
				if i > 0 {
					prev = blocks[i-1].text
				}
				// a byline without "By" over the article, or the names
				// the page's metadata gave
				if names, ok := namesAlone(bl.text, prev); ok && (len(b.Authors) == 0 || slices.Equal(names, b.Authors)) {
					b.Authors = names
					continue
				}
			}
		}
		if bl.kind == paragraph && (i > lastLong && closingNotice(bl.text) || i >= len(blocks)-followPleaReach && (followPlea(bl.text, words[i]) || postFooter(bl.text, words[i]))) {
			continue
		}
		if (bl.kind == paragraph || bl.kind == listItem) && i < firstLong {
			if date, place, ok := headStamp(bl.text, words[i]); ok {
				if b.Published.IsZero() {
					b.Published = lineDate(date)
				}
				if b.Dateline == "" {
					b.Dateline = place
				}
				continue
			}
			if words[i] <= maxStampWords && pageStamp(bl.text) {
				continue // "6 min read", "Updated 5:47 p.m. ET"
			}
			if place, ok := loneDateline(bl.text, words[i]); ok && body == 0 {
				if b.Dateline == "" {
					b.Dateline = place
				}
				continue // "Dübendorf -", the dateline set apart from the text it opens
			}
		}
		if bl.kind == paragraph {
			body++
		}
		out = append(out, bl)
	}
	return out
}

// maxDateStampWords is the most words of a date stamp (see dateStamp).
const maxDateStampWords = 12

// dateStamp reports whether a paragraph is a date alone, perhaps with its
// time ("9. Dezember 2013", "31.10.2023 14:08", "March 3, 2024"): a page's
// stamp over its article, which gives the published date when the page
// named none. Only paragraphs and list items before the article's first
// long paragraph are read so, where such stamps stand; the other stamps of
// pageStamp ("6 min read") leave there too.
func dateStamp(t string, words int) bool {
	return words <= maxDateStampWords && otherThanDateWords(t) == 0 && isDateLine(t, words)
}

// maxStampPartWords is the most words of the other parts of a stamp
// whose parts stand between bars (see headStamp).
const maxStampPartWords = 3

// headStamp reads a stamp over the article that holds a date: a date alone
// (dateStamp), a date between bars with short parts beside it that name
// nobody ("24. April 2020 | Pressemitteilungen", "01.02.2022 | 13:10 Uhr"),
// a place and a date ("Hamburg, 2. November 2021", as a press release
// opens), or a date beside a reading time ("ca. 8 Min. 12.01.2022"). It
// returns the date, and the place when one comes first.
func headStamp(t string, words int) (date, place string, ok bool) {
	if words > maxDateStampWords {
		return "", "", false
	}
	if dateStamp(t, words) {
		return t, "", true
	}
	if parts := strings.Split(t, " | "); len(parts) > 1 {
		for _, p := range parts {
			if n := wordCount(p); date == "" && dateStamp(p, n) {
				date = p
			} else if n > maxStampPartWords || sentenceEnds(strings.TrimSpace(p)) || twoCapitals(p) {
				return "", "", false // a sentence, or a name the reader is to see
			}
		}
		return date, "", date != ""
	}
	if m := placeAndDate.FindStringSubmatch(t); m != nil && dateStamp(m[2], wordCount(m[2])) {
		return m[2], m[1], true
	}
	if f := strings.Fields(t); len(f) > 1 {
		// a date beside a reading time: "ca. 8 Min. 12.01.2022"
		for k := 1; k < len(f); k++ {
			a := strings.Trim(strings.Join(f[:k], " "), " |·•,-–—")
			b := strings.Trim(strings.Join(f[k:], " "), " |·•,-–—")
			switch {
			case pageStamp(a) && dateStamp(b, len(f)-k):
				return b, "", true
			case pageStamp(b) && dateStamp(a, k):
				return a, "", true
			}
		}
	}
	return "", "", false
}

// twoCapitals reports whether a text holds two words in a row that open
// with capitals, as a person's name does ("Uta Helkenberg").
func twoCapitals(t string) bool {
	f := strings.Fields(t)
	for i := 1; i < len(f); i++ {
		if unicode.IsUpper(firstRune(f[i-1])) && unicode.IsUpper(firstRune(f[i])) {
			return true
		}
	}
	return false
}

// placeAndDate is a place of one or two words in capitals, a comma and
// what follows ("Hamburg, 2. November 2021").
var placeAndDate = lazyCompile(`^(\p{Lu}[\p{L}.-]+(?: \p{Lu}[\p{L}.-]+)?), (.+)$`)

// dropEmptyHeadings drops the headings that nothing follows before the
// next heading of the same or a higher rank (or the end): the empty
// sections a page leaves ("What's Next", a kicker such as "Biz & IT —").
// A heading followed by a deeper one opens a part and stays.
func dropEmptyHeadings(blocks []block) []block {
	// From the end, so that a heading sees what is left after it.
	keep := make([]bool, len(blocks))
	next := -1 // the next block kept
	for i := len(blocks) - 1; i >= 0; i-- {
		bl := blocks[i]
		if bl.kind == heading && (next < 0 || blocks[next].kind == heading && !deeper(blocks[next].level, bl.level)) {
			continue
		}
		keep[i], next = true, i
	}
	out := blocks[:0]
	for i, bl := range blocks {
		if keep[i] {
			out = append(out, bl)
		}
	}
	return out
}

// deeper reports whether a heading of level a sits under one of level b
// (levels of 0, unknown, are never deeper).
func deeper(a, b int) bool { return a > 0 && b > 0 && a > b }

// takeDateline moves the dateline that opens the first paragraph into
// b.Dateline.
func takeDateline(b *Briefing, blocks []block) {
	for i := range blocks {
		if blocks[i].kind != paragraph {
			continue
		}
		if d, rest, cut, ok := splitDateline(blocks[i].text); ok && strings.TrimSpace(rest) != "" {
			if b.Dateline == "" {
				b.Dateline = d
			}
			blocks[i] = cutBlock(blocks[i], cut, len(blocks[i].text))
		}
		return
	}
}

// trimBlock removes the spaces around a block's text, keeping its styles
// on the same words.
func trimBlock(bl block) block {
	start := len(bl.text) - len(strings.TrimLeft(bl.text, " "))
	end := len(strings.TrimRight(bl.text, " "))
	if start == 0 && end == len(bl.text) {
		return bl
	}
	if start >= end {
		bl.text, bl.styles = "", nil
		return bl
	}
	return cutBlock(bl, start, end)
}

// cutBlock keeps text[start:end] of a block, moving its styles with it and
// dropping or clipping those that fall outside.
func cutBlock(bl block, start, end int) block {
	text := bl.text[start:end]
	var styles []inlineStyle
	for _, s := range bl.styles {
		s.start, s.end = max(s.start, start)-start, min(s.end, end)-start
		if s.start < s.end {
			styles = append(styles, s)
		}
	}
	var links []inlineLink
	for _, l := range bl.links {
		l.start, l.end = max(l.start, start)-start, min(l.end, end)-start
		if l.start < l.end {
			links = append(links, l)
		}
	}
	bl.text, bl.styles, bl.links = text, styles, links
	if lead := len(text) - len(strings.TrimLeft(text, " ")); lead > 0 {
		return cutBlock(bl, lead, len(text))
	}
	return bl
}

// buildSections turns blocks into sections: a heading block starts a new
// section; paragraph kinds go to Section.Kinds and inline styles to
// b.Styles.
func buildSections(b *Briefing, blocks []block) {
	cur := Section{Paragraphs: paragraphsFor(blocks)}
	flush := func() {
		if cur.Heading == "" && len(cur.Paragraphs) == 0 {
			return
		}
		b.Sections = append(b.Sections, cur)
	}
	for i, bl := range blocks {
		if bl.kind == heading {
			flush()
			cur = Section{Heading: bl.text, Level: bl.level, Paragraphs: paragraphsFor(blocks[i+1:])}
			continue
		}
		kind := Plain
		switch bl.kind {
		case quoteBlock:
			kind = BlockQuote
		case listItem:
			kind = ListItem
		case codeBlock:
			kind = Code
		case tableRow:
			kind = TableRow
		}
		if kind != Plain && cur.Kinds == nil {
			cur.Kinds = make([]BlockKind, len(cur.Paragraphs), cap(cur.Paragraphs)+1)
		}
		if !bl.detail.isZero() && cur.Details == nil {
			cur.Details = make([]Detail, len(cur.Paragraphs), cap(cur.Paragraphs)+1)
		}
		for _, l := range bl.links {
			if l.start >= 0 && l.start < l.end && l.end <= len(bl.text) {
				b.Links = append(b.Links, Link{Target: l.target, Span: Span{
					Section: len(b.Sections), Paragraph: len(cur.Paragraphs), Start: l.start, End: l.end,
				}})
			}
		}
		for _, s := range bl.styles {
			if s.start >= 0 && s.start < s.end && s.end <= len(bl.text) {
				b.Styles = append(b.Styles, Style{Kind: s.kind, Span: Span{
					Section: len(b.Sections), Paragraph: len(cur.Paragraphs), Start: s.start, End: s.end,
				}})
			}
		}
		cur.Paragraphs = append(cur.Paragraphs, bl.text)
		if cur.Kinds != nil {
			cur.Kinds = append(cur.Kinds, kind)
		}
		if cur.Details != nil {
			cur.Details = append(cur.Details, bl.detail)
		}
	}
	flush()
}

// paragraphsFor returns an empty slice with room for the paragraphs that
// open blocks, up to the first heading, or nil when there are none.
func paragraphsFor(blocks []block) []string {
	n := 0
	for n < len(blocks) && blocks[n].kind != heading {
		n++
	}
	if n == 0 {
		return nil
	}
	return make([]string, 0, n)
}

// titleKey is how a line is compared with the title: its key without
// Markdown emphasis marks, so "# The *Big* Day" repeats "The Big Day".
func titleKey(s string) string { return withoutEmphasis(lineKey(s)) }

var emphasisMarks = strings.NewReplacer("*", "", "_", "", "`", "")

// withoutEmphasis removes the Markdown emphasis marks from a key.
func withoutEmphasis(key string) string {
	if strings.IndexByte(key, '*') >= 0 || strings.IndexByte(key, '_') >= 0 || strings.IndexByte(key, '`') >= 0 {
		return emphasisMarks.Replace(key)
	}
	return key
}

// repeatsTitle reports whether rt is the title again: whether its key
// without emphasis marks (see titleKey) is title.
func repeatsTitle(rt ruleText, title string) bool {
	if len(rt.key) == 0 {
		return titleKey(rt.text) == title
	}
	if bytes.IndexByte(rt.key, '*') >= 0 || bytes.IndexByte(rt.key, '_') >= 0 || bytes.IndexByte(rt.key, '`') >= 0 {
		return emphasisMarks.Replace(string(rt.key)) == title
	}
	return string(rt.key) == title
}

// hasWordChar reports whether s holds a letter or a digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isZero reports whether d holds no structure.
func (d Detail) isZero() bool {
	return d.Number == 0 && d.Depth == 0 && d.Lang == "" && len(d.Cells) == 0 && !d.Header && len(d.Align) == 0
}

// maxLoneDatelineWords is the most words of a dateline on a line of its
// own (see loneDateline).
const maxLoneDatelineWords = 3

// loneDateline reads a dateline a page sets apart, over the paragraph it
// opens: a place of up to three words in capitals and a dash ("Dübendorf
// -", "NEW YORK —"). It returns the place.
func loneDateline(t string, words int) (string, bool) {
	if words < 1 || words > maxLoneDatelineWords+1 {
		return "", false
	}
	t = strings.TrimSpace(t)
	place, ok := "", false
	for _, dash := range []string{" -", " –", " —"} {
		if p, found := strings.CutSuffix(t, dash); found {
			place, ok = strings.TrimSpace(p), true
		}
	}
	if !ok || place == "" {
		return "", false
	}
	for _, w := range strings.Fields(place) {
		if !unicode.IsUpper(firstRune(w)) || strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return "", false
		}
	}
	return strings.TrimRight(place, ","), true
}

// maxBioWords is the most words of a writer's bio in an author's box.
const maxBioWords = 80

// writersBio reports whether bl is a writer's bio: a paragraph of up to
// maxBioWords words that opens with the full name of one of authors
// ("Moritz Gathmann leitet das Ressort …").
func writersBio(bl block, words int, authors []string) bool {
	if bl.kind != paragraph || words > maxBioWords {
		return false
	}
	t := strings.TrimSpace(bl.text)
	for _, a := range authors {
		if strings.Contains(a, " ") && strings.HasPrefix(t, a+" ") {
			return true
		}
	}
	return false
}
