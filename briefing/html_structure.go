package briefing

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// numberItem gives the list paragraphs of the item that starts at
// w.out[first] their depth and, in an ordered list, the first one its number.
func (w *htmlWalker) numberItem(li *html.Node, first int) {
	if len(w.lists) == 0 {
		return
	}
	top := len(w.lists) - 1
	number := w.lists[top]
	if v, err := strconv.Atoi(attr(li, "value")); err == nil && number > 0 {
		number = v
	}
	for i := first; i < len(w.out); i++ {
		if w.out[i].kind != listItem || w.out[i].detail.Depth != 0 || w.out[i].detail.Number != 0 {
			continue // a nested list's item, already placed
		}
		w.out[i].detail.Depth = top
		if i == first {
			w.out[i].detail.Number = number
		}
	}
	if number > 0 {
		w.lists[top] = number + 1
	}
}

// table reads a data table (see isDataTable): each row one paragraph of
// kind tableRow, its cells joined by " | "; a row of <th> cells, or the
// rows of <thead>, is the header.
func (w *htmlWalker) table(n *html.Node, kind blockKind) {
	var rows []*html.Node
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				collect(c)
			}
		}
	}
	collect(n)
	for _, row := range rows {
		var cells [][2]int
		header := row.Parent != nil && row.Parent.DataAtom == atom.Thead
		allTh := true
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
				continue
			}
			allTh = allTh && c.DataAtom == atom.Th
			if cells != nil {
				if strings.HasSuffix(w.t.b.String(), " ") {
					w.t.b.WriteString("| ")
				} else {
					w.t.b.WriteString(" | ")
				}
				w.t.pending = false
			}
			start := w.t.b.Len()
			w.children(c, kind)
			w.t.pending = false
			cells = append(cells, [2]int{start, w.t.b.Len()})
		}
		bl := w.t.take(tableRow)
		if cells == nil || !hasWordChar(bl.text) {
			continue
		}
		if kind == quoteBlock {
			bl.kind = quoteBlock
		} else {
			bl.detail = Detail{Cells: cells, Header: header || allTh}
		}
		w.out = append(w.out, bl)
	}
}

// isDataTable reports whether a table holds data (short cells of inline
// text) rather than laying out a page: no cell holds a block element.
func isDataTable(n *html.Node) bool {
	rows := 0
	var ok func(*html.Node, bool) bool
	ok = func(n *html.Node, inCell bool) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Tr {
				rows++
			}
			cell := c.DataAtom == atom.Td || c.DataAtom == atom.Th
			if inCell && (blockElements[c.DataAtom] || headingElements[c.DataAtom] || c.DataAtom == atom.Li ||
				c.DataAtom == atom.Pre || c.DataAtom == atom.Blockquote || c.DataAtom == atom.Figure) {
				return false
			}
			if !ok(c, inCell || cell) {
				return false
			}
		}
		return true
	}
	return ok(n, false) && rows > 0
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

// linkTarget returns a link's address worth keeping: not an anchor in the
// page, not a script; "" otherwise.
func linkTarget(href string) string {
	href = strings.TrimSpace(CleanString(href))
	l := strings.ToLower(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(l, "javascript:") || strings.HasPrefix(l, "data:") {
		return ""
	}
	if strings.HasPrefix(l, readabilityBaseDir) {
		return "" // a page-relative link of a page saved without its address
	}
	return href
}

// siteLink is the target of a link within the site of a page saved
// without its address, while the page is read (see pageRelative).
const siteLink = "\x00site"

// pageRelative reports whether a link goes to another page of a site
// saved without its address: readability resolved it against
// readabilityBase.
func pageRelative(href string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(href)), readabilityBaseDir) && linkTarget(href) == ""
}

// readabilityBaseDir is where readability resolves relative links of a page
// saved without its address (see readabilityBase).
const readabilityBaseDir = "http://fakehost/"

// codeLanguage returns the language a <pre> (or its <code>) names in a
// "language-x" or "lang-x" class.
func codeLanguage(pre *html.Node) string {
	classes := attr(pre, "class")
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			classes += " " + attr(c, "class")
		}
	}
	for _, c := range strings.Fields(classes) {
		for _, p := range []string{"language-", "lang-"} {
			if lang, ok := strings.CutPrefix(c, p); ok && lang != "" {
				return CleanString(lang)
			}
		}
	}
	return ""
}

// lineBreak marks a <br> inside a list item, so that the item's lines do
// not run into each other: a separator is written before the next word
// (see separateLine), none when the break ends the item.
func (w *htmlWalker) lineBreak(kind blockKind) {
	if kind == listItem && !w.t.empty() {
		w.brOwed = true
	}
	w.t.space()
}

// separateLine writes the separator a list item's line break owes before
// its next line: a colon after a label set in bold or italics alone ("The
// handoff: Problems arise …"), a dash after other text, and nothing more
// than the space after a line that ends in a mark of its own.
func (w *htmlWalker) separateLine() {
	w.brOwed = false
	text := w.t.b.String()
	last := strings.TrimRight(text, " ")
	if last == "" {
		return
	}
	switch r := []rune(last)[len([]rune(last))-1]; {
	case strings.ContainsRune(".,:;!?—–-/|", r):
		return
	case labelled(w.t.styles, len(last)):
		w.t.b.WriteString(":")
	default:
		w.t.b.WriteString(" —")
	}
	w.t.pending = true
}

// labelled reports whether the styles of a text cover it from its start to
// end (a label in bold or italics).
func labelled(styles []inlineStyle, end int) bool {
	for _, s := range styles {
		if s.start == 0 && s.end >= end && (s.kind == Strong || s.kind == Emphasis) {
			return true
		}
	}
	return false
}

// maxBoldHeadingWords is the most words of a paragraph set in bold alone
// that makes it a subheading (see boldSubheadings).
const maxBoldHeadingWords = 10

// minUnderBoldWords is the fewest words of the paragraph under a bold
// label that make the label its subheading: a layout table's cells ("Comment"
// over "new") are labels over words.
const minUnderBoldWords = 8

// boldSubheadings makes subheadings of the paragraphs a page sets in bold
// alone instead of marking them as headings (<p><strong>What comes
// next</strong></p>): short, not a sentence (no closing full stop, comma,
// colon or semicolon), no link, after the article's first paragraph and
// followed by a paragraph of some length (see minUnderBoldWords), with article text (a long paragraph) still to
// come. Such a subheading is one level under the heading before it.
func boldSubheadings(blocks []block) []block {
	lastLong, level, seen := -1, 0, false
	for i, bl := range blocks {
		if bl.kind == paragraph && wordCount(bl.text) >= longParagraphWords {
			lastLong = i
		}
	}
	for i := range blocks {
		bl := &blocks[i]
		if bl.kind == heading {
			level = bl.level
			continue
		}
		if bl.kind == paragraph && seen && i < lastLong && i+1 < len(blocks) && boldAlone(*bl) &&
			(blocks[i+1].kind == paragraph && wordCount(blocks[i+1].text) >= minUnderBoldWords || blocks[i+1].kind == listItem || blocks[i+1].kind == quoteBlock) &&
			!boldAlone(blocks[i+1]) {
			bl.kind = heading
			bl.level = 0
			if level > 0 {
				bl.level = min(level+1, 6)
			}
			continue
		}
		seen = seen || bl.kind == paragraph
	}
	return blocks
}

// boldAlone reports whether a paragraph is a short label set in bold alone
// (see boldSubheadings).
func boldAlone(bl block) bool {
	text := strings.TrimSpace(bl.text)
	n := wordCount(text)
	if n == 0 || n > maxBoldHeadingWords || len(bl.links) > 0 || strings.ContainsAny(text[len(text)-1:], ".,;:") ||
		strings.HasSuffix(text, "…") || !strings.ContainsFunc(text, unicode.IsLetter) {
		return false // a sentence, or a year or a figure in bold (a timeline's "1890")
	}
	for _, s := range bl.styles {
		if s.kind == Strong && s.start == 0 && s.end >= len(text) {
			return true
		}
	}
	return false
}

// maxItalicCreditWords is the most words of a photo credit set in italics
// alone (see italicCredit).
const maxItalicCreditWords = 25

// italicCredit returns the caption of a paragraph set in italics alone that
// credits the photos ("Top photo by Joan Bardeletti", "Photos by … (Agency)"):
// italics set such a line apart from the article's text.
func italicCredit(bl block) (Caption, bool) {
	text := strings.TrimSpace(bl.text)
	if wordCount(text) > maxItalicCreditWords || !labelledAs(bl.styles, len(text), Emphasis) {
		return Caption{}, false
	}
	c, ok := pasteCaption(text)
	return c, ok && c.Credit != ""
}

// labelledAs reports whether a style of one kind covers a text from its
// start to end.
func labelledAs(styles []inlineStyle, end int, kind StyleKind) bool {
	for _, s := range styles {
		if s.start == 0 && s.end >= end && s.kind == kind {
			return true
		}
	}
	return false
}
