package briefing

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// standfirstClass is a class name that marks a page's standfirst: "dek",
// "standfirst", "strapline", "deck", "lead", "intro", "subtitle",
// "subheadline", alone or as a part of a longer name ("article-dek",
// "content__standfirst", "p-dek", "ts-intro").
var standfirstClass = lazyCompile(`(?i)(?:^|[-_])(?:dek|standfirst|strapline|deck|lead|intro|subtitle|subheadline)(?:$|[-_])`)

// Limits of a standfirst read from a page's markup, in words.
const (
	minPageStandfirstWords = 6
	maxPageStandfirstWords = 60
)

// pageStandfirst returns the text of the page's first element whose class
// marks it as the standfirst (see standfirstClass), of some length, that
// stands near the page's headline (see nearHeadline), or "": a box of
// other stories has standfirsts of its own.
// A page's description in its metadata is not taken: as often as not it
// is the site's, or the article's first paragraph cut short.
func pageStandfirst(doc *html.Node) string {
	h1 := findElement(doc, atom.H1)
	if h1 == nil {
		return ""
	}
	n := findNode(doc, func(n *html.Node) bool {
		return n.Type == html.ElementNode && standfirstElements[n.DataAtom] && classMarksStandfirst(attr(n, "class")) &&
			nearHeadline(n, h1) && standfirstLength(tidy(textContent(n)))
	}, func(n *html.Node) bool { return n.Type == html.ElementNode && skippedForStandfirst[n.DataAtom] })
	if n == nil {
		return ""
	}
	return standfirstText(n)
}

// standfirstText is the text of a standfirst's element: the innermost
// element under it that is marked as the standfirst too (a wrapper's
// class may name it: "content__wrapper--standfirst"), without the captions
// and the byline the wrapper also holds, and when it is made of
// paragraphs, the first of a standfirst's length.
func standfirstText(n *html.Node) string {
	for {
		inner := findNode(n, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && standfirstElements[c.DataAtom] && classMarksStandfirst(attr(c, "class")) &&
				standfirstLength(tidy(textContent(c)))
		}, nil)
		if inner == nil {
			break
		}
		n = inner
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if t := tidy(textContent(c)); standfirstLength(t) {
				return t
			}
		}
	}
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Figcaption || n.DataAtom == atom.Figure || skippedForStandfirst[n.DataAtom] ||
			captionClassed(n) || strings.Contains(attr(n, "itemprop"), "author") || attr(n, "rel") == "author") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return tidy(sb.String())
}

// captionClassed reports whether an element's class names a caption.
func captionClassed(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.Contains(strings.ToLower(c), "caption") {
			return true
		}
	}
	return false
}

// standfirstLength reports whether a text is as long as a standfirst.
func standfirstLength(t string) bool {
	return wordCount(t) >= minPageStandfirstWords && wordCount(t) <= maxPageStandfirstWords
}

// standfirstElements are the elements a standfirst is set in, and
// skippedForStandfirst those whose insides hold none.
var (
	standfirstElements   = map[atom.Atom]bool{atom.P: true, atom.H2: true, atom.H3: true, atom.Div: true, atom.Span: true, atom.Section: true, atom.Header: true}
	skippedForStandfirst = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true}
)

// headlineReach is how many levels up from a standfirst the element that
// also holds the headline may be.
const headlineReach = 4

// nearHeadline reports whether n and the headline h1 are in one small part
// of the page: one of n's few nearest ancestors holds h1 too (the
// article's header), not only the page's body.
func nearHeadline(n, h1 *html.Node) bool {
	a := n.Parent
	for k := 0; a != nil && k < headlineReach; k, a = k+1, a.Parent {
		if a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			return false
		}
		for p := h1.Parent; p != nil; p = p.Parent {
			if p == a {
				return true
			}
		}
	}
	return false
}

// classMarksStandfirst reports whether one of the names of a class
// attribute marks a standfirst.
func classMarksStandfirst(class string) bool {
	if class == "" || !strings.ContainsAny(class, "dDsSiI") { // a letter every name has
		return false
	}
	for _, c := range strings.Fields(class) {
		if standfirstClass.MatchString(c) {
			return true
		}
	}
	return false
}

// takePageStandfirst sets the briefing's standfirst from the page's markup
// when the article does not hold it already.
func takePageStandfirst(b *Briefing, doc *html.Node) {
	if b.Standfirst != "" || doc == nil {
		return
	}
	sf := pageStandfirst(doc)
	if sf == "" {
		sf = subHeadline(doc, b.Title)
		if sf != "" && len(b.Sections) > 0 && b.Sections[0].Heading == sf {
			// Readability kept the line as the article's first heading,
			// over the lead: it is the standfirst, and the lead has none.
			b.Standfirst = sf
			b.Sections[0].Heading, b.Sections[0].Level = "", 0
			return
		}
	}
	if sf == "" {
		return
	}
	for _, s := range b.Sections {
		if saysStandfirst(s.Heading, sf) {
			return // set as the article's first heading
		}
		for _, p := range s.Paragraphs {
			if saysStandfirst(p, sf) {
				return // the article's own first paragraph, or a part of it
			}
		}
	}
	b.Standfirst = sf
}

// saysStandfirst reports whether a paragraph says a standfirst again: it
// holds the standfirst's opening (up to 60 bytes, without a closing full
// stop), as a page's description holds the first paragraph cut short.
func saysStandfirst(p, sf string) bool {
	key := strings.TrimRight(sf, ".…")
	return key != "" && strings.Contains(p, key[:min(len(key), 60)])
}

// minSentenceHeadingWords is the fewest words of a heading that, ending
// with a full stop, is a sentence of the article set large (its lead, a
// list article's entry) rather than a section's heading.
const minSentenceHeadingWords = 10

// sentenceHeading reports whether a heading's text is a sentence (see
// minSentenceHeadingWords): it ends with a full stop, not with a question
// or exclamation mark, which headings often do.
func sentenceHeading(t string) bool {
	t = strings.TrimSpace(t)
	if wordCount(t) < minSentenceHeadingWords || !endsSentence(t) {
		return false
	}
	t = strings.TrimRight(t, "\"'\u201d\u2019)] ")
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...")
}

// maxDekKickerWords is the most words of a heading over a dek that is the
// label of the article's section or series (its kicker), no heading of the
// article's.
const maxDekKickerWords = 4

// dekMarkup reports whether a heading element is marked as the article's
// standfirst: itemprop="description", or a class naming a standfirst (see
// standfirstClass).
func dekMarkup(n *html.Node) bool {
	return strings.EqualFold(attr(n, "itemprop"), "description") || classMarksStandfirst(attr(n, "class"))
}

// headingBlocks settles what the blocks of a heading element, from
// w.out[first], are: a dek set as a heading over the article (marked as
// one, before any paragraph) and a sentence (see sentenceHeading) are
// paragraphs, and anything else a heading of the element's level. The
// dek opens the article as its lead paragraph (takePageStandfirst finds
// it there, and the readability answers count it in the body); a short
// heading right over it is its kicker, dropped (see maxDekKickerWords).
func (w *htmlWalker) headingBlocks(n *html.Node, first int) {
	if first == len(w.out) {
		return
	}
	if dekMarkup(n) && !w.hasProse(first) {
		for i := first; i < len(w.out); i++ {
			w.out[i].kind = paragraph
		}
		for first > 0 && w.out[first-1].kind == heading && wordCount(w.out[first-1].text) <= maxDekKickerWords {
			w.out = slices.Delete(w.out, first-1, first) // the kicker over the headline ("Biz & IT —")
			first--
		}
		return
	}
	for i := first; i < len(w.out); i++ {
		if sentenceHeading(w.out[i].text) {
			w.out[i].kind = paragraph
			continue
		}
		w.out[i].level = int(n.Data[1] - '0')
	}
}

// hasProse reports whether a paragraph or list item comes before
// w.out[end].
func (w *htmlWalker) hasProse(end int) bool {
	for _, bl := range w.out[:end] {
		if bl.kind == paragraph || bl.kind == listItem || bl.kind == quoteBlock {
			return true
		}
	}
	return false
}

// subHeadline returns the line a page sets right under its headline, in a
// heading or a paragraph of its own ('<h1>…</h1> <h2>In den Vereinigten
// Staaten trommeln Aktivisten …</h2>'), when it is as long as a standfirst
// and no link, and the headline is the article's title; otherwise "".
// Readability reads such a line as the page's header and leaves it out.
func subHeadline(doc *html.Node, title string) string {
	h1 := findNode(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == atom.H1 }, nil)
	if h1 == nil || title == "" || linkedHeading(h1) || wordOverlap(tidy(textContent(h1)), title) < 0.5 {
		return ""
	}
	next := nextElement(h1)
	for up := h1.Parent; next == nil && up != nil && up.DataAtom != atom.Body && h1.Parent != nil; up = up.Parent {
		if onlyElement(up) == nil {
			break
		}
		next = nextElement(up) // <header><h1>…</h1></header><p>…</p>
	}
	for next != nil && next.DataAtom == atom.Div {
		next = onlyElement(next) // <div><p>…</p></div>
	}
	if next == nil || next.Type != html.ElementNode || !subHeadlineElements[next.DataAtom] || findElement(next, atom.A) != nil || findElement(next, atom.Time) != nil {
		return ""
	}
	t := tidy(textContent(next))
	if !standfirstLength(t) || wordCount(t) < minSubHeadlineWords {
		return ""
	}
	if _, ok := parseByline(t); ok {
		return "" // "Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann"
	}
	if _, _, ok := headStamp(t, wordCount(t)); ok {
		return ""
	}
	return t
}

// subHeadlineElements are the elements a line under the headline is set in
// (see subHeadline).
var subHeadlineElements = map[atom.Atom]bool{atom.H2: true, atom.H3: true, atom.P: true}

// minSubHeadlineWords is the fewest words of a line under the headline
// read as the standfirst: a shorter one is a kicker or a label.
const minSubHeadlineWords = 8

// nextElement returns the element after n among its siblings, past
// spaces and comments, or nil when text or nothing comes first.
func nextElement(n *html.Node) *html.Node {
	next := n.NextSibling
	for next != nil && (next.Type == html.CommentNode || next.Type == html.TextNode && strings.TrimSpace(next.Data) == "") {
		next = next.NextSibling
	}
	if next == nil || next.Type != html.ElementNode {
		return nil
	}
	return next
}

// onlyElement returns n's one child element when n holds nothing else but
// spaces and comments, or nil.
func onlyElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && only == nil:
			only = c
		case c.Type == html.CommentNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		default:
			return nil
		}
	}
	return only
}

// linkedHeading reports whether a heading holds a link or stands inside
// one, as a site's logo does.
func linkedHeading(n *html.Node) bool {
	if findElement(n, atom.A) != nil {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}
