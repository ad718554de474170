package briefing

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// readabilityBase is the page address given to readability when the page's
// own is unknown (as in readability's test suite).
const readabilityBase = "http://fakehost/test/page.html"

// importHTML reads a saved web page: readability finds the article and its
// metadata (title, byline, site name, published time), then the extracted
// tree is walked into blocks: h1-h6 start sections, p paragraphs,
// blockquote quote paragraphs, li list items, pre code, em/strong/code
// styles, and figcaption captions. When readability finds nothing, the
// page's <article> (or <body>) is walked instead.
func importHTML(s string) (*Briefing, error) {
	b := &Briefing{}
	base, _ := url.Parse(readabilityBase)
	parser := readability.NewParser()
	parser.KeepClasses = true // for the language of code blocks ("language-go")
	// The text is valid UTF-8 (Clean made it so): it is parsed once, as
	// UTF-8, without readability's charset sniffing of the whole page, and
	// normalised as readability would (NFC, no soft hyphens). Readability
	// changes the tree it reads, so the page is kept in a copy for the
	// metadata readability may miss.
	s = strings.ReplaceAll(s, "\u00ad", "")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var (
		art  readability.Article
		page *html.Node
	)
	parsed, err := html.Parse(strings.NewReader(s))
	if err == nil {
		unwrapNoscriptArticles(parsed)
		page = cloneTree(parsed)
		art, err = parser.ParseAndMutate(parsed, base)
	}
	root := art.Node
	if err == nil {
		if again := readAgain(page, root, base); again != nil {
			root = again
		} else if marked := readMarkedBody(page, root, base); marked != nil {
			root = marked
		}
	}
	if err == nil {
		site, siteByline := siteAndByline(tidy(art.SiteName()))
		b.Source = siteName(site)
		b.Title = trimSiteSuffix(tidy(art.Title()), b.Source)
		if byline := firstNonEmpty(tidy(art.Byline()), siteByline); byline != "" {
			b.Authors = slices.DeleteFunc(bylineAuthors(byline, page), func(name string) bool {
				return otherThanDateWords(name) == 0 // "Updated November 3, 2024" names nobody
			})
		}
		b.Title = trimAuthorSuffix(b.Title, b.Authors)
		if page != nil {
			if h := articleHeading(page); h != "" && !strings.EqualFold(h, b.Source) {
				b.Title = headlineOfTitle(b.Title, h)
			}
		}
		if t, err := art.PublishedTime(); err == nil {
			b.Published = pageTime(t)
		}
	}
	parsePage := func() (*html.Node, error) {
		if page == nil {
			return nil, err
		}
		return page, nil
	}
	if b.Published.IsZero() {
		if d, err := parsePage(); err == nil {
			b.Published = pagePublished(d, root)
		}
	}
	if siteTitleLike(b.Title, b.Source) {
		if d, err := parsePage(); err == nil {
			if h := pageHeadline(d); h != "" && wordOverlap(h, b.Title) < 0.5 {
				b.Title = h
			}
		}
	}
	w := htmlWalker{b: b}
	if root != nil {
		w.rootChars = len(textContent(root))
		w.collectAlts(root)
		w.walk(root, paragraph)
		w.flush(paragraph)
	}
	if body := ldArticleBody(page); body != "" {
		// The page's JSON-LD holds the article that the page itself may
		// show only in part (see html_ldbody.go).
		if blocks, captions := ldBodyBlocks(body); ldBodyInstead(w.out, blocks) {
			w.out = blocks
			b.Captions = append(b.Captions, captions...)
		}
	}
	if len(w.out) == 0 {
		doc, err := parsePage()
		if err != nil {
			return nil, err
		}
		if b.Title == "" {
			if t := findElement(doc, atom.Title); t != nil {
				b.Title = tidy(textContent(t))
			}
		}
		main := findElement(doc, atom.Article)
		if main == nil {
			main = findElement(doc, atom.Body)
		}
		if main != nil {
			w = htmlWalker{b: b}
			w.walk(main, paragraph)
			w.flush(paragraph)
			if len(w.out) > 0 {
				b.Warnings = append(b.Warnings, "no article found by readability: the whole page was read")
			}
		}
	}
	assemble(b, dropLinkLines(boldSubheadings(w.out)), false)
	if len(b.Authors) == 0 {
		// No byline in the article: the page's metadata may name them.
		if d, err := parsePage(); err == nil {
			b.Authors = pageAuthors(d)
		}
	}
	takePageStandfirst(b, page)
	takeLeadCaption(b, page)
	takeDescriptionOfEmptyPage(b, page)
	return b, nil
}

// pageTime makes a page's published time independent of the machine's
// zone: a time read without a zone (given the local one) is taken as UTC.
func pageTime(t time.Time) time.Time {
	if t.Location() == time.Local {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	}
	return t
}

// htmlWalker collects blocks and captions from an HTML tree.
type htmlWalker struct {
	b   *Briefing
	t   inlineText
	out []block
	// lists holds the next item number of each list the walk is inside
	// (0 for a bullet list), innermost last.
	lists []int
	// alts are the alt texts of the article's images (see altKey).
	alts map[string]bool
	// lastAlt are the words (see altWordsOf) of the alt text of the image
	// last walked, outside a figure with a caption of its own, until the
	// next block: the one block that may be its caption in other words
	// (see nearAlt).
	lastAlt map[string]bool
	// brOwed is set by a line break in a list item until the next word
	// (see lineBreak).
	brOwed bool
	// rootChars is the length of the text of the element walked, when the
	// walk skips boxes (see isBox): one holding half of it is no box.
	rootChars int
}

// skipped elements carry no article text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Button: true, atom.Nav: true, atom.Form: true, atom.Iframe: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Math: true, atom.Head: true, atom.Img: true,
	atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Object: true, atom.Embed: true,
}

// blockElements end the paragraph before them and after them.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Main: true, atom.Aside: true, atom.Dl: true, atom.Dd: true,
	atom.Dt: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Tr: true, atom.Ul: true, atom.Ol: true, atom.Details: true, atom.Summary: true,
	atom.Center: true, atom.Address: true, atom.Hgroup: true, atom.Body: true, atom.Html: true,
	atom.Hr: true, atom.Caption: true, atom.Fieldset: true,
}

// headingElements are h1-h6.
var headingElements = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// inlineStyles are the elements that become styles.
var inlineStyles = map[atom.Atom]StyleKind{
	atom.Em: Emphasis, atom.I: Emphasis, atom.Cite: Emphasis, atom.Strong: Strong, atom.B: Strong,
	atom.Code: InlineCode, atom.Kbd: InlineCode, atom.Samp: InlineCode, atom.Tt: InlineCode,
}

// flush ends the paragraph being built, as a block of the given kind;
// styles still open carry on into the next one.
func (w *htmlWalker) flush(kind blockKind) {
	w.brOwed = false
	if w.t.empty() {
		return
	}
	open := w.t.openKinds()
	if bl := w.t.take(kind); strings.TrimSpace(bl.text) != "" {
		if kind != heading && kind != codeBlock && (w.alts[altKey(bl.text)] || w.nearAlt(bl.text)) {
			// The text of an image's alt, shown again under it: its caption.
			w.b.Captions = appendCaption(w.b.Captions, Caption{Text: strings.TrimSpace(bl.text)})
		} else if c, ok := italicCredit(bl); ok && kind == paragraph {
			w.b.Captions = appendCaption(w.b.Captions, c)
		} else {
			w.out = append(w.out, bl)
		}
		w.lastAlt = nil
	}
	w.t.reopen(open)
}

// minAltWords is the fewest words of an image's alt text that, shown again
// as a paragraph, make that paragraph its caption.
const minAltWords = 5

// collectAlts records the alt texts of the images under n (see flush).
func (w *htmlWalker) collectAlts(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Img {
		if alt := attr(n, "alt"); wordCount(collapseSpace(alt)) >= minAltWords {
			if w.alts == nil {
				w.alts = map[string]bool{}
			}
			w.alts[altKey(alt)] = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.collectAlts(c)
	}
}

// minAltShare is the share of a paragraph's words, and of an alt text's,
// that the two must have in common for the paragraph to be the image's
// caption written a little differently ("backyard" for "back yard", a
// sentence more).
const minAltShare = 0.8

// nearAlt reports whether a paragraph right under an image says what the
// image's alt text says, in nearly the same words (see minAltShare): its
// caption.
func (w *htmlWalker) nearAlt(t string) bool {
	if w.lastAlt == nil || wordCount(t) > maxCaptionWords {
		return false
	}
	words := altWordsOf(t)
	if len(words) < minAltWords {
		return false
	}
	common := 0
	for word := range words {
		if w.lastAlt[word] {
			common++
		}
	}
	return float64(common) >= minAltShare*float64(len(words)) && float64(common) >= minAltShare*float64(len(w.lastAlt))
}

// noteImage records the alt text of an image (or of the first image of a
// <picture>) set between blocks, outside a captioned figure, for the block
// after it (see nearAlt); an image carries no text of its own, and one
// inside a line of text (a formula's) is no photo.
func (w *htmlWalker) noteImage(n *html.Node) {
	img := n
	if n.DataAtom == atom.Picture {
		if img = findElement(n, atom.Img); img == nil {
			return
		}
	}
	if alt := attr(img, "alt"); w.t.empty() && wordCount(collapseSpace(alt)) >= minAltWords && !inCaptionedFigure(img) {
		w.lastAlt = altWordsOf(alt)
	}
}

// inCaptionedFigure reports whether an image stands in a <figure> that has
// a <figcaption>: its caption is known.
func inCaptionedFigure(img *html.Node) bool {
	for p := img.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Figure {
			return findElement(p, atom.Figcaption) != nil
		}
	}
	return false
}

// altWordsOf is the set of the words of a text, in lower case, without
// marks.
func altWordsOf(t string) map[string]bool {
	out := map[string]bool{}
	for _, f := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[f] = true
	}
	return out
}

// altKey is how a paragraph is compared with alt texts: spaces collapsed,
// case folded, no final period.
func altKey(s string) string {
	return strings.ToLower(strings.TrimRight(collapseSpace(CleanString(s)), ". "))
}

// walk adds the text under n; kind is what its paragraphs become.
func (w *htmlWalker) walk(n *html.Node, kind blockKind) {
	switch n.Type {
	case html.TextNode:
		if w.brOwed && strings.TrimSpace(n.Data) != "" {
			w.separateLine()
		}
		w.t.write(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	a := elementAtom(n)
	switch {
	case n.Type == html.DocumentNode:
		w.children(n, kind)
	case a == atom.Img || a == atom.Picture:
		w.noteImage(n)
	case skippedElements[a] || isWidget(n) || isStamp(n) || permalinkMark(n) || editMark(n) || citationMark(n):
	case w.rootChars > 0 && isBox(n) && len(textContent(n)) < w.rootChars/2:
		// A share bar, a rating, a sign-up box (see isBox), but not an
		// element that holds most of the article, whatever it is named.
	case headingElements[a]:
		w.flush(kind)
		first := len(w.out)
		w.children(n, heading)
		w.flush(heading)
		w.headingBlocks(n, first)
	case a == atom.Ul && figureCaptionList(n):
		w.flush(kind)
		w.caption(n)
	case (a == atom.Ol || a == atom.Ul) && kind != quoteBlock:
		w.flush(kind)
		next := 0
		if a == atom.Ol {
			next = 1
			if v, err := strconv.Atoi(attr(n, "start")); err == nil {
				next = v
			}
		}
		w.lists = append(w.lists, next)
		w.children(n, kind)
		w.flush(kind)
		w.lists = w.lists[:len(w.lists)-1]
	case a == atom.Table && isDataTable(n):
		w.flush(kind)
		w.table(n, kind)
	case a == atom.A && kind != codeBlock:
		if href := linkTarget(attr(n, "href")); href != "" {
			w.t.pushLink(href)
			w.children(n, kind)
			w.t.popLink()
			return
		}
		if pageRelative(attr(n, "href")) {
			// A link within the site, whose address is lost: marked, so
			// that a paragraph made of it is known for a link (see
			// dropLinkLines), and dropped after.
			w.t.pushLink(siteLink)
			w.children(n, kind)
			w.t.popLink()
			return
		}
		w.children(n, kind)
	case a == atom.Blockquote:
		w.flush(kind)
		w.children(n, quoteBlock)
		w.flush(quoteBlock)
	case a == atom.Li:
		inner := listItem
		if kind == quoteBlock {
			inner = quoteBlock
		}
		w.flush(kind)
		first := len(w.out)
		w.children(n, inner)
		w.flush(inner)
		w.numberItem(n, first)
	case a == atom.Pre:
		w.flush(kind)
		if text := codeText(strings.Split(CleanString(textContent(n)), "\n")); text != "" {
			w.out = append(w.out, block{kind: codeBlock, text: text, detail: Detail{Lang: codeLanguage(n)}})
		}
	case a == atom.Figcaption || (kind != codeBlock && captionElement(n)):
		w.flush(kind)
		w.caption(n)
	case a == atom.Br:
		w.lineBreak(kind)
	case a == atom.Td || a == atom.Th:
		w.t.space()
		w.children(n, kind)
		w.t.space()
	case blockElements[a] || a == atom.Figure:
		w.flush(kind)
		w.children(n, kind)
		w.flush(kind)
	default:
		if k, ok := inlineStyles[a]; ok && kind != codeBlock {
			w.t.push(k)
			w.children(n, kind)
			w.t.pop()
			return
		}
		w.children(n, kind)
	}
}

func (w *htmlWalker) children(n *html.Node, kind blockKind) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, kind)
	}
}

// textContent returns all the text under n, as it is.
func textContent(n *html.Node) string {
	var sb strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return sb.String()
}

// findElement returns the first element of type a under n, depth first.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	return findNode(n, func(n *html.Node) bool { return n.Type == html.ElementNode && n.DataAtom == a }, nil)
}

// findNode returns the first node under n, depth first, that match
// accepts, not looking inside the nodes that skip accepts (nil skips
// none), or nil.
func findNode(n *html.Node, match, skip func(*html.Node) bool) *html.Node {
	if match(n) {
		return n
	}
	if skip != nil && skip(n) {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findNode(c, match, skip); f != nil {
			return f
		}
	}
	return nil
}

// cloneTree returns a deep copy of the tree under n.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}

// elementAtom is an element's tag as an atom: readability makes elements
// of its own (the <p> of a <div> holding only text) without setting it.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom == 0 && n.Type == html.ElementNode {
		return atom.Lookup([]byte(n.Data))
	}
	return n.DataAtom
}

// permalinkMark reports whether n is the link a page sets beside a heading
// to its own place ('<a href="#using-standalone-mode">#</a>'): a link to
// an anchor of the page whose text is one mark, which is no text of the
// heading.
func permalinkMark(n *html.Node) bool {
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	switch strings.TrimSpace(textContent(n)) {
	case "#", "¶", "§", "🔗", "":
		return true
	}
	return false
}

// siteAndByline splits a site name that a page gives with its writer after
// it ("SIMPLYFOUND.COM | BY: JOE WEE") into the site and the byline: a part
// after the first that opens with "By" and names people (see
// pageBylineNames). "By The Sea Magazine | Coastal Life" is a site's name.
func siteAndByline(s string) (site, byline string) {
	parts := strings.Split(s, " | ")
	for i, p := range parts {
		if i > 0 && strings.HasPrefix(strings.ToLower(p), "by") && len(pageBylineNames(p)) > 0 {
			return strings.Join(slices.Delete(slices.Clone(parts), i, i+1), " | "), p
		}
	}
	return s, ""
}

// articleHeading is the text of the page's first <h1> that is not the
// site's logo: not inside the page's <header> or <nav>, nor a link ("<h1
// class=logo><a href="/">Harbour News</a></h1>"); "" when there is none.
func articleHeading(page *html.Node) string {
	logo := func(n *html.Node) bool {
		for p := n; p != nil; p = p.Parent {
			if p.DataAtom == atom.Header || p.DataAtom == atom.Nav || p.DataAtom == atom.A {
				return true
			}
		}
		return findElement(n, atom.A) != nil
	}
	h := findNode(page, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.DataAtom == atom.H1 && !logo(n) && tidy(textContent(n)) != ""
	}, nil)
	if h == nil {
		return ""
	}
	return tidy(textContent(h))
}

// maxCaptionListWords is the most words of a one-item list that can be
// the caption of the figure before it.
const maxCaptionListWords = 80

// figureCaptionList reports whether a list is the caption of the figure
// right before it, as some sites set a photo's caption: one item, after a
// <figure> with no caption of its own, of no more than maxCaptionListWords
// words ("Clockwise from top: small whale bones; squid beaks …").
func figureCaptionList(n *html.Node) bool {
	var items int
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if c.DataAtom != atom.Li {
				return false
			}
			items++
		}
	}
	text := textContent(n)
	if items != 1 || wordCount(text) > maxCaptionListWords || strings.ContainsAny(text, "\"“”«»") || reports(text) {
		return false // (a quote, or words someone said, are the article's)
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.TrimSpace(prev.Data) == "" {
		prev = prev.PrevSibling
	}
	return prev != nil && prev.DataAtom == atom.Figure && findElement(prev, atom.Figcaption) == nil
}

// noteMarkShape is the text of a mark that sends the reader to a note or
// a reference: "[23]", "[a]", "[note 4]", "[citation needed]".
var noteMarkShape = lazyCompile(`^\[(?:\d{1,4}|[a-z]|(?:note|nb|n) \d{1,4}|citation needed|clarification needed|when\?|who\?|by whom\?)\]$`)

// citationMark reports whether n is a superscript mark that sends the
// reader to the page's notes or references, as wikis and papers set them
// after a claim: it is read there, in the reference list, not in the
// sentence.
func citationMark(n *html.Node) bool {
	if n.DataAtom != atom.Sup {
		return false
	}
	return noteMarkShape.MatchString(strings.ToLower(collapseSpace(textContent(n))))
}

// editMark reports whether n is the link a wiki sets beside each heading
// to edit its section: an element whose whole text is "[edit]" or "[edit
// source]", brackets and all, as MediaWiki writes it, or a link to the
// page's editor ("action=edit") whose text is "edit".
func editMark(n *html.Node) bool {
	if n.DataAtom != atom.Span && n.DataAtom != atom.A {
		return false
	}
	t := strings.ToLower(collapseSpace(textContent(n)))
	switch strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "["), "]")) {
	case "edit", "edit source":
		return strings.HasPrefix(t, "[") || strings.Contains(attr(n, "href"), "action=edit")
	}
	return false
}

// siteName is a page's site name as a reader says it: a web address given
// for one ("http://www.tmz.com") is its host without "www." ("tmz.com").
func siteName(s string) string {
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return s
	}
	return strings.TrimPrefix(u.Host, "www.")
}
