package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pastePages are the news and blog pages of the shared readability set
// that the paste measures use: the 41 news pages and 20 blog pages.
var pastePages = []string{
	// news
	"aktualne", "ars-1", "bbc-1", "breitbart", "bug-1255978", "buzzfeed-1", "citylab-1", "cnet",
	"cnet-svg-classes", "cnn", "engadget", "folha", "guardian-1", "heise", "herald-sun-1", "la-nacion",
	"lemonde-1", "liberation-1", "lwn-1", "medicalnewstoday", "msn", "nytimes-1", "nytimes-2",
	"nytimes-3", "nytimes-4", "nytimes-5", "quanta-1", "salon-1", "schema-org-context-object",
	"seattletimes-1", "telegraph", "theverge", "tmz-1", "videos-1", "videos-2", "wapo-1", "wapo-2",
	"yahoo-1", "yahoo-2", "yahoo-3", "yahoo-4",
	// blogs
	"001", "002", "aclu", "article-author-tag", "blogger", "dropbox-blog", "ebb-org", "ehow-1",
	"firefox-nightly-blog", "gitlab-blog", "iab-1", "keep-images", "lazy-image-1",
	"lifehacker-working", "medium-1", "medium-2", "medium-3", "toc-missing", "v8-blog", "wordpress",
}

// extraPastePages are more article-like pages of the shared readability
// set, outside the news and blog pages: articles, posts, how-tos and
// chapters of sites of other kinds. They widen the data the paste rules
// are tuned on, and are reported on a line of their own ("extra tuned").
var extraPastePages = []string{
	"archive-of-our-own", "daringfireball-1", "dev418", "ehow-2", "gmw", "google-sre-book-1", "hukumusume", "ietf-1",
	"keep-tabular-data", "lazy-image-2", "lazy-image-3", "links-in-tables",
	"lifehacker-post-comment-load", "mozilla-1", "mozilla-2", "pixnet", "qq", "royal-road", "simplyfound-1",
	"spiceworks", "topicseed-1", "tumblr", "webmd-1", "webmd-2", "wikia", "youth",
}

// heldOutPastes are kept out of the tuning of the paste rules: their
// figures are reported apart, as a check on the rules learnt from the rest.
var heldOutPastes = map[string]bool{
	"nytimes-3": true, "wapo-2": true, "yahoo-3": true, "cnet": true, "telegraph": true,
	"salon-1": true, "la-nacion": true, "quanta-1": true, "medium-3": true, "gitlab-blog": true,
	"ehow-1": true, "v8-blog": true,
}

// visibleText is the text a browser copies from a page: text outside
// script, style, head and hidden elements, a line break around every block
// element and a blank line around paragraphs and headings, cells split by
// a tab.
func visibleText(doc *html.Node) string { return pageText(doc, false) }

// innerText is the text of a page as the HTML standard's innerText gives
// it, as some browsers copy a selection: a blank line around paragraphs
// only, a single line break around headings, lists, quotes and every
// other block.
func innerText(doc *html.Node) string { return pageText(doc, true) }

// pageText is visibleText, or innerText when spec is set.
func pageText(doc *html.Node, spec bool) string {
	var sb strings.Builder
	breaks := 0 // line breaks owed before the next text
	want := func(n int) { breaks = max(breaks, n) }
	pre := 0 // depth of <pre> elements: their line breaks are the page's
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if pre > 0 {
				// A browser copies preformatted text as shown, its line
				// breaks and spaces kept: a code block is as many lines as
				// it shows.
				if breaks > 0 && sb.Len() > 0 {
					s := strings.TrimRight(sb.String(), " ")
					sb.Reset()
					sb.WriteString(s)
					sb.WriteString(strings.Repeat("\n", breaks))
				}
				breaks = 0
				sb.WriteString(strings.ReplaceAll(n.Data, "\r", ""))
				return
			}
			t := strings.Join(strings.Fields(n.Data), " ")
			if t == "" {
				if strings.TrimSpace(n.Data) == "" && n.Data != "" && sb.Len() > 0 && breaks == 0 {
					sb.WriteByte(' ')
				}
				return
			}
			if breaks > 0 && sb.Len() > 0 {
				s := strings.TrimRight(sb.String(), " ")
				sb.Reset()
				sb.WriteString(s)
				sb.WriteString(strings.Repeat("\n", breaks))
			} else if sb.Len() > 0 && startsWithSpace(n.Data) && !strings.HasSuffix(sb.String(), " ") && !strings.HasSuffix(sb.String(), "\n") {
				sb.WriteByte(' ')
			}
			breaks = 0
			sb.WriteString(t)
			if endsWithSpace(n.Data) {
				sb.WriteByte(' ')
			}
			return
		case html.ElementNode:
		case html.DocumentNode:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
			return
		default:
			return
		}
		if hiddenElement(n) {
			return
		}
		lines := 0
		switch n.DataAtom {
		case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Pre, atom.Figure, atom.Table, atom.Ul, atom.Ol:
			lines = 2
			if spec && n.DataAtom != atom.P {
				lines = 1
			}
		case atom.Div, atom.Li, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Main,
			atom.Figcaption, atom.Tr, atom.Dl, atom.Dt, atom.Dd, atom.Form, atom.Hr, atom.Address, atom.Details,
			atom.Summary, atom.Caption, atom.Fieldset, atom.Legend, atom.Option, atom.Center, atom.Body:
			lines = 1
		case atom.Br:
			want(1)
			return
		case atom.Td, atom.Th:
			if sb.Len() > 0 && breaks == 0 {
				sb.WriteByte('\t')
			}
		}
		want(lines)
		if n.DataAtom == atom.Pre {
			pre++
			defer func() { pre-- }()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		want(lines)
	}
	rec(doc)
	return strings.TrimSpace(sb.String()) + "\n"
}

// startsWithSpace and endsWithSpace tell a text node that a browser
// copies with a space before or after its words: one that starts or ends
// with white space, a no-break space included ("de&#160;<i>Libération</i>").
func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

// hiddenElement reports whether a browser shows nothing of n.
func hiddenElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg, atom.Iframe,
		atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Object, atom.Embed, atom.Select,
		atom.Input, atom.Textarea, atom.Math, atom.Link, atom.Meta, atom.Canvas:
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		case "type":
			if n.DataAtom == atom.Input && a.Val == "hidden" {
				return true
			}
		}
	}
	return false
}

// answerJunk lists, for tuned pages whose expected.html keeps some of the
// page's boilerplate among the article's lines, those lines, each looked at
// on the page: a video player's controls, newsletter and subscription
// pitches, a sponsor's label, a gallery counter, social links. They are
// what the issue asks a paste to drop, so they are not the article's words
// that a paste must keep. (The held-out pages are not looked at.)
var answerJunk = map[string][]string{
	"bug-1255978": {"Play Video", "Play", "Current Time 0:00", "/", "Duration Time 0:00", "Loaded: 0%",
		"Progress: 0%", "Remaining Time -0:00", "Share", "Fullscreen", "More about:"},
	"breitbart":   {"SIGN UP FOR OUR NEWSLETTER"},
	"cnn":         {"Powered by SmartAsset.com"},
	"yahoo-2":     {"1 / 5"},
	"citylab-1":   {"Cities are changing fast. Keep up with the CityLab Daily newsletter."},
	"keep-images": {"Follow Backchannel: Twitter |Facebook"},
}

// answerEnds names, for tuned pages whose expected.html runs on past the
// article into a box of boilerplate, the start of that box's first line:
// theverge's newsletter offer with its plans, firefox-nightly-blog's
// comments.
var answerEnds = map[string]string{
	"theverge":             "Sign up for Command Line,",
	"firefox-nightly-blog": "2 comments on ",
}

// answerBylines corrects the expected byline where the metadata names
// someone else: liberation-1's "Par Sébastien Farcis" signs a story linked
// under "Sur le même sujet"; the article itself is signed AFP (its
// schema.org author, on the line above its date).
var answerBylines = map[string]string{"liberation-1": "AFP"}

// answerLines are the article's lines of a page's expected.html (see
// copiedLines) that a paste must keep: without the boilerplate listed in
// answerJunk and answerEnds, and each line once (a caption shown twice in
// a gallery holds no new words).
func answerLines(t testing.TB, name, exp string) []string {
	junk := map[string]bool{}
	for _, l := range answerJunk[name] {
		junk[l] = true
	}
	var out []string
	for _, l := range copiedLines(t, exp) {
		if end, ok := answerEnds[name]; ok && strings.HasPrefix(l, end) {
			break
		}
		if !junk[l] {
			out = append(out, l)
		}
		junk[l] = true
	}
	return out
}

// pasteCase is one page pasted two ways, with its answer.
type pasteCase struct {
	name     string
	heldOut  bool
	headline string // the paste from the headline to the last paragraph; "" when not found
	// headlineText is the headline the paste starts with: the title a
	// reader expects of it.
	headlineText string
	whole        string // the paste of the whole page
	title        string // the expected title
	byline       string // the expected byline, collapsed
	site         string // the site's name in the page's metadata, if any
	gold         []string
	goldSeq      string // gold tokens joined by spaces, for n-gram lookups
	goldBag      map[string]int
	goldLen      int
}

// pasteCases builds the pastes of the pastePages.
func pasteCases(t testing.TB) []pasteCase { return pasteCasesOf(t, pastePages) }

// pasteCasesOf builds the pastes of the named pages.
func pasteCasesOf(t testing.TB, names []string) []pasteCase {
	return pasteCasesCopied(t, names, visibleText)
}

// pasteCasesCopied builds the pastes of the named pages, copying each page's
// text with copyPage.
func pasteCasesCopied(t testing.TB, names []string, copyPage func(*html.Node) string) []pasteCase {
	return pasteCasesCopiedBy(t, names, func(_ string, doc *html.Node) string { return copyPage(doc) })
}

// pasteCasesCopiedBy builds the pastes of the named pages, copying each
// page's text with copyPage, which is given the page's name and document.
func pasteCasesCopiedBy(t testing.TB, names []string, copyPage func(name string, doc *html.Node) string) []pasteCase {
	pages := loadReadabilityPages(t)
	byName := map[string]readabilityPage{}
	for _, p := range pages {
		byName[p.name] = p
	}
	var out []pasteCase
	for _, name := range names {
		p, ok := byName[name]
		if !ok {
			t.Fatalf("no readability page %s", name)
		}
		doc, err := html.Parse(strings.NewReader(string(p.source)))
		if err != nil {
			t.Fatal(err)
		}
		exp, err := readFileShared(name)
		if err != nil {
			t.Fatal(err)
		}
		c := pasteCase{name: name, heldOut: heldOutPastes[name], whole: copyPage(name, doc)}
		if p.meta.Title != nil {
			c.title = collapseSpace(*p.meta.Title)
		}
		if p.meta.Byline != nil {
			c.byline = collapseSpace(*p.meta.Byline)
		}
		if b, ok := answerBylines[name]; ok {
			c.byline = b
		}
		if p.meta.SiteName != nil {
			c.site = collapseSpace(*p.meta.SiteName)
		}
		c.setGold(answerLines(t, name, exp))
		c.headline, c.headlineText = headlinePaste(c.whole, c.title, doc, c.gold)
		out = append(out, c)
	}
	return out
}

// setGold sets the article's text a paste is measured against: its
// paragraphs, and their words in order and counted.
func (c *pasteCase) setGold(paragraphs []string) {
	c.gold = paragraphs
	gt := tokens(strings.Join(paragraphs, "\n"))
	c.goldLen = len(gt)
	c.goldSeq = " " + strings.Join(gt, " ") + " "
	c.goldBag = map[string]int{}
	for _, w := range gt {
		c.goldBag[w]++
	}
}

// headlinePaste cuts a whole-page paste from the headline to the end of
// the line holding the end of the article's last long paragraph, and
// returns it with the headline. The headline is the last line before the
// article's first long paragraph that is the page's title, or an <h1>
// sharing most of its words with the title.
func headlinePaste(whole, title string, doc *html.Node, gold []string) (string, string) {
	lines := strings.Split(whole, "\n")
	var long []string
	for _, g := range gold {
		if len(tokens(g)) >= 12 {
			long = append(long, g)
		}
	}
	if len(long) == 0 {
		return "", ""
	}
	seq := func(s string) string { return " " + strings.Join(tokens(s), " ") + " " }
	find := func(g string, from int, last bool) int {
		tk := tokens(g)
		part := tk[:min(8, len(tk))]
		if last {
			part = tk[max(0, len(tk)-6):]
		}
		key := " " + strings.Join(part, " ") + " "
		if last {
			for i := len(lines) - 1; i >= from; i-- {
				if strings.Contains(seq(lines[i]), key) {
					return i
				}
			}
			return -1
		}
		for i := from; i < len(lines); i++ {
			if strings.Contains(seq(lines[i]), key) {
				return i
			}
		}
		return -1
	}
	first := find(long[0], 0, false)
	if first < 0 {
		return "", ""
	}
	heads := map[string]bool{strings.Join(tokens(title), " "): true}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		// The headline under a title that carries the site's name after
		// a bar or a dash ("Get your Frontend JavaScript Code Covered |
		// Code"), not the site's name before it ("Yahoo News - Latest
		// News & Headlines").
		if i := strings.LastIndex(title, sep); i > 0 && len(tokens(title[:i])) >= 4 {
			heads[strings.Join(tokens(title[:i]), " ")] = true
		}
	}
	anyH1 := map[string]bool{}
	var h1s func(*html.Node)
	h1s = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			h := strings.Join(tokens(textContent(n)), " ")
			// A headline in Chinese or Japanese counts a token a
			// character: it is held to a length in characters instead.
			short := len(tokens(h)) <= maxHeadlineWords || utf8.RuneCountInString(collapseSpace(textContent(n))) <= 80
			if h != "" && short {
				anyH1[h] = true
				if tokenOverlap(h, title) >= 0.5 {
					heads[h] = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			h1s(c)
		}
	}
	h1s(doc)
	start := -1
	for _, set := range []map[string]bool{heads, anyH1} {
		for i := first; i >= 0 && start < 0; i-- {
			if set[strings.Join(tokens(lines[i]), " ")] {
				start = i
			}
		}
	}
	end := find(long[len(long)-1], first, true)
	if start < 0 || end < 0 {
		return "", ""
	}
	return strings.Join(lines[start:end+1], "\n") + "\n", collapseSpace(lines[start])
}

// tokenOverlap is the share of the words of b that a holds.
func tokenOverlap(a, b string) float64 {
	have := map[string]bool{}
	for _, w := range tokens(a) {
		have[w] = true
	}
	tb := tokens(b)
	n := 0
	for _, w := range tb {
		if have[w] {
			n++
		}
	}
	return float64(n) / float64(max(len(tb), 1))
}

// pasteScore is what a reader sees of one paste.
type pasteScore struct {
	titleOK, hasByline, authorsOK bool
	kept                          float64 // share of the article's words kept
	junk                          int     // body paragraphs and headings that are not the article
	junkHeads                     int     // of those, headings
	junkShort                     int     // of those, paragraphs of at most 12 words
	junkAt                        [3]int  // of those, before the article's first line, inside it, after its last
	paras                         int     // body paragraphs and headings
	junkLines                     []string
	title                         string
	authors                       []string
}

// isArticleText reports whether a paragraph comes from the article: at
// least half of its word trigrams (or its words, when it is shorter) are in
// the gold text.
func (c *pasteCase) isArticleText(p string) bool {
	tk := tokens(p)
	if len(tk) == 0 {
		return true
	}
	n := min(3, len(tk))
	found, all := 0, 0
	for i := 0; i+n <= len(tk); i++ {
		all++
		if strings.Contains(c.goldSeq, " "+strings.Join(tk[i:i+n], " ")+" ") {
			found++
		}
	}
	return found*2 >= all
}

// score imports a paste and measures it against the page's answer.
func (c *pasteCase) score(t testing.TB, paste string) pasteScore {
	b, err := Import(c.name+".txt", []byte(paste))
	if err != nil {
		t.Logf("%s: %v", c.name, err)
		return pasteScore{}
	}
	return c.scoreImported(b, paste)
}

// scoreImported measures a paste, imported as b, against the page's
// answer.
func (c *pasteCase) scoreImported(b *Briefing, paste string) pasteScore {
	var s pasteScore
	s.title, s.authors = b.Title, b.Authors
	want := c.title
	if paste == c.headline {
		want = c.headlineText
	}
	s.titleOK = titleMatches(b.Title, want)
	names := bylineNames(c.byline)
	s.hasByline = len(names) > 0 && holdsByline(paste, names[0], c.gold)
	if s.hasByline {
		s.authorsOK = authorsMatch(b.Authors, names)
	}
	kept := map[string]int{}
	add := func(txt string) {
		for _, w := range tokens(txt) {
			kept[w]++
		}
	}
	add(b.Title)
	add(b.Dateline)
	add(b.Origin)
	for _, a := range b.Authors {
		add(a)
	}
	for _, cp := range b.Captions {
		add(cp.Text + " " + cp.Credit)
	}
	// where[i] is 0 for an article line, 1 for junk; junk is then placed
	// before the article's first line, inside it, or after its last.
	var where []int
	for _, sec := range b.Sections {
		if sec.Heading != "" {
			add(sec.Heading)
			s.paras++
			if !c.isArticleText(sec.Heading) {
				s.junk++
				s.junkHeads++
				s.junkLines = append(s.junkLines, "## "+sec.Heading)
				where = append(where, 1)
			} else {
				where = append(where, 0)
			}
		}
		for _, p := range sec.Paragraphs {
			add(p)
			s.paras++
			if !c.isArticleText(p) {
				s.junk++
				s.junkLines = append(s.junkLines, p)
				if len(strings.Fields(p)) <= 12 {
					s.junkShort++
				}
				where = append(where, 1)
			} else {
				where = append(where, 0)
			}
		}
	}
	first, last := -1, -1
	for i, w := range where {
		if w == 0 {
			last = i
			if first < 0 {
				first = i
			}
		}
	}
	for i, w := range where {
		switch {
		case w == 0:
		case first < 0 || i < first:
			s.junkAt[0]++
		case i > last:
			s.junkAt[2]++
		default:
			s.junkAt[1]++
		}
	}
	common := 0
	for w, n := range c.goldBag {
		common += min(n, kept[w])
	}
	if c.goldLen > 0 {
		s.kept = float64(common) / float64(c.goldLen)
	}
	return s
}

// photoCredit is a line that credits a photo: "Photo: Jane Doe", "Top
// photo by Jane Doe".
var photoCredit = regexp.MustCompile(`(?i)\b(?:photo(?:graph)?|image|picture|credit)s?\s*(?::|by\b)`)

// holdsByline reports whether a paste holds the byline of its article: the
// name stands on a line at the head of the article, where bylines stand
// (above its second long paragraph: a standfirst may come before the
// byline), that is not a photo credit. A name met only further down
// is a photographer's credit ("Photo: Joseph Cox" in keep-images) or a
// box's attribution ("Analysis: Jon Sopel, BBC News, Washington" in
// bbc-1), and a paste without a byline has no author to find.
func holdsByline(paste, name string, gold []string) bool {
	lines := strings.Split(paste, "\n")
	end, long := len(lines), 0
	for _, g := range gold {
		if tk := tokens(g); len(tk) >= 12 {
			if long++; long < 2 {
				continue
			}
			key := " " + strings.Join(tk[:8], " ") + " "
			for i, l := range lines {
				if strings.Contains(" "+strings.Join(tokens(l), " ")+" ", key) {
					end = i
					break
				}
			}
			break
		}
	}
	name = strings.ToLower(name)
	for _, l := range lines[:end] {
		if strings.Contains(strings.ToLower(l), name) && !photoCredit.MatchString(l) {
			return true
		}
	}
	return false
}

// titleMatches compares titles by their words, allowing a site name the
// expected title does not have after a separator.
func titleMatches(got, want string) bool {
	g, w := strings.Join(tokens(got), " "), strings.Join(tokens(want), " ")
	if w == "" {
		return true
	}
	return g == w || (g != "" && strings.HasPrefix(w, g) && len(g)*2 > len(w))
}

// bylineNames takes the names out of an expected byline ("By Erin
// Cunningham", "Stella Kim, Jennifer Jett").
func bylineNames(byline string) []string {
	names, ok := parseByline(byline)
	if ok {
		return names
	}
	if byline == "" || strings.ContainsAny(byline, "0123456789") || len(strings.Fields(byline)) > 6 {
		return nil
	}
	return []string{strings.TrimPrefix(strings.TrimPrefix(byline, "By "), "by ")}
}

// authorsMatch reports whether the authors found include every expected
// name (case and spaces aside).
func authorsMatch(got, want []string) bool {
	have := strings.ToLower(strings.Join(tokens(strings.Join(got, " ")), " "))
	for _, n := range want {
		if !strings.Contains(" "+have+" ", " "+strings.Join(tokens(n), " ")+" ") {
			return false
		}
	}
	return len(got) > 0 && len(got) <= len(want)+1
}

// pasteFigures sums scores over a set of pages.
type pasteFigures struct {
	pages, titles, bylines, authors, junkPages int
	junkHeads, junkParas, junkShort            int    // junk over all pages: headings, paragraphs, short paragraphs
	junkAt                                     [3]int // junk over all pages before the article, inside it, after it
	kept, junk                                 []float64
}

func (f *pasteFigures) add(s pasteScore) {
	f.pages++
	if s.titleOK {
		f.titles++
	}
	if s.hasByline {
		f.bylines++
		if s.authorsOK {
			f.authors++
		}
	}
	if s.junk > 0 {
		f.junkPages++
	}
	f.junkHeads += s.junkHeads
	f.junkParas += s.junk - s.junkHeads
	f.junkShort += s.junkShort
	for i := range f.junkAt {
		f.junkAt[i] += s.junkAt[i]
	}
	f.kept = append(f.kept, s.kept)
	f.junk = append(f.junk, float64(s.junk))
}

// merge is the figures of f and g together.
func (f pasteFigures) merge(g pasteFigures) pasteFigures {
	f.pages += g.pages
	f.titles += g.titles
	f.bylines += g.bylines
	f.authors += g.authors
	f.junkPages += g.junkPages
	f.junkHeads += g.junkHeads
	f.junkParas += g.junkParas
	f.junkShort += g.junkShort
	for i := range f.junkAt {
		f.junkAt[i] += g.junkAt[i]
	}
	f.kept = append(append([]float64(nil), f.kept...), g.kept...)
	f.junk = append(append([]float64(nil), f.junk...), g.junk...)
	return f
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func minimum(xs []float64) float64 {
	m := 1.0
	for _, x := range xs {
		m = min(m, x)
	}
	return m
}

func (f pasteFigures) String() string {
	if f.pages == 0 {
		return "no pages"
	}
	return fmt.Sprintf("%d pages: titles %d/%d (%.2f), authors %d/%d where the paste has a byline (%.2f), words kept median %.3f min %.3f, junk median %.1f (%d headings, %d paragraphs, %d of them short; %d before the article, %d inside, %d after), pages with junk %d (%.2f)",
		f.pages, f.titles, f.pages, float64(f.titles)/float64(f.pages), f.authors, f.bylines,
		float64(f.authors)/float64(max(f.bylines, 1)), median(f.kept), minimum(f.kept), median(f.junk),
		f.junkHeads, f.junkParas, f.junkShort, f.junkAt[0], f.junkAt[1], f.junkAt[2], f.junkPages, float64(f.junkPages)/float64(f.pages))
}

// TestPastedPagesCopiedAsInnerText pastes the tuned news and blog pages as
// a browser that copies a selection as its innerText does (a single line
// break around headings, lists and quotes, a blank line around paragraphs
// only), and checks that the tuned figures hold as they do for the pastes
// of TestPastedPages: what people bring depends on their browser, not only
// on the site. Held-out pages are reported in sum only.
func TestPastedPagesCopiedAsInnerText(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	cases := pasteCasesCopied(t, append(append([]string(nil), pastePages...), extraPastePages...), innerText)
	scoreCopiedPastes(t, cases, innerTextFloors)
}

// scoreCopiedPastes scores the headline pastes of cases, logs each tuned
// page that misses anything and the tuned and held-out sums, and checks
// the tuned figures against floors.
func scoreCopiedPastes(t *testing.T, cases []pasteCase, floors pasteFloor) {
	var tuned, held pasteFigures
	for _, c := range cases {
		if c.headline == "" {
			if !c.heldOut {
				t.Logf("%s: headline or end not found in the copy", c.name)
			}
			continue
		}
		s := c.score(t, c.headline)
		if c.heldOut {
			held.add(s)
			continue
		}
		tuned.add(s)
		if s.junk > 0 || !s.titleOK || s.hasByline && !s.authorsOK || s.kept < floors.keptMedian {
			t.Logf("%s: title %v %q, authors %v %q, kept %.3f, junk %q", c.name, s.titleOK, s.title, s.authorsOK, s.authors, s.kept, s.junkLines)
		}
	}
	t.Logf("tuned, news, blogs and extra pages: %s", tuned)
	t.Logf("held out: %s", held)
	if tuned.pages < 60 {
		t.Fatalf("only %d tuned pages copied", tuned.pages)
	}
	floors.check(t, "", tuned)
}

// innerTextFloors are the least tuned figures TestPastedPagesCopiedAsInnerText
// accepts: the targets for titles, authors, words kept on the
// median page, junk on the median page and pages with junk; the least
// words kept on a page is what the rules reach (the extra page qq).
var innerTextFloors = pasteFloor{titles: 0.95, authors: 0.85, keptMedian: 0.99, keptMin: 0.84, junkMedian: 1, junkPages: 0.2}

// TestPastedPages pastes each news and blog page from its headline to its
// last paragraph and reports, for the tuned and the held-out pages apart,
// titles, authors, body words kept and junk paragraphs. Held-out pages are
// reported only in sum, so that their misses cannot steer the rules;
// BRIEF_SHOW_HELD_OUT=1 shows them page by page.
func TestPastedPages(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	var tuned, held pasteFigures
	for _, c := range pasteCases(t) {
		if c.headline == "" {
			t.Logf("%s: headline or end not found in the page", c.name)
			continue
		}
		s := c.score(t, c.headline)
		if c.heldOut {
			held.add(s)
		} else {
			tuned.add(s)
		}
		if c.heldOut && os.Getenv("BRIEF_SHOW_HELD_OUT") == "" {
			continue // what went wrong on a held-out page is not for tuning
		}
		t.Logf("%s%s: title %v %q, authors %v%s %q, kept %.3f, junk %d/%d %q", c.name, map[bool]string{true: " (held out)"}[c.heldOut],
			s.titleOK, s.title, s.authorsOK, map[bool]string{true: "", false: "(no byline)"}[s.hasByline], s.authors, s.kept, s.junk, s.paras, s.junkLines)
	}
	t.Logf("tuned: %s", tuned)
	t.Logf("held out: %s", held)
	extra := extraPasteFigures(t)
	t.Logf("extra tuned: %s", extra)
	extraFloors.check(t, "extra pages: ", extra)
	all := tuned.merge(held)
	t.Logf("the news and blog pages, tuned and held out together: %s", all)
	if all.pages < 50 {
		t.Fatalf("only %d pages pasted", all.pages)
	}
	// Floors: what the rules reach today, so that a change that loses
	// ground fails (the targets are in the report).
	pasteFloors.check(t, "", all)
}

// extraPasteFigures scores the headline pastes of the extraPastePages,
// logging each page.
func extraPasteFigures(t *testing.T) pasteFigures {
	var f pasteFigures
	for _, c := range pasteCasesOf(t, extraPastePages) {
		if c.headline == "" {
			t.Logf("%s (extra): headline or end not found in the page", c.name)
			continue
		}
		s := c.score(t, c.headline)
		f.add(s)
		t.Logf("%s (extra): title %v %q, authors %v%s %q, kept %.3f, junk %d/%d %q", c.name, s.titleOK, s.title, s.authorsOK,
			map[bool]string{true: "", false: "(no byline)"}[s.hasByline], s.authors, s.kept, s.junk, s.paras, s.junkLines)
	}
	return f
}

// extraFloors are the least figures TestPastedPages accepts of the
// extraPastePages: what the rules reach on them, so that a change that
// loses ground there fails too.
var extraFloors = pasteFloor{titles: 0.95, authors: 0.83, keptMedian: 0.98, keptMin: 0.84, junkMedian: 1, junkPages: 0.3}

// pasteFloor is the least figures a paste test accepts: shares of titles
// and authors right, the median and least share of words kept, and the
// most junk on the median page and share of pages with junk.
type pasteFloor struct {
	titles, authors, keptMedian, keptMin, junkMedian, junkPages float64
}

// check fails the test for each figure of f beyond its floor, naming the
// set by prefix.
func (fl pasteFloor) check(t *testing.T, prefix string, f pasteFigures) {
	t.Helper()
	if r := float64(f.titles) / float64(max(f.pages, 1)); r < fl.titles {
		t.Errorf("%stitles %.2f, want at least %.2f", prefix, r, fl.titles)
	}
	if r := float64(f.authors) / float64(max(f.bylines, 1)); r < fl.authors {
		t.Errorf("%sauthors %.2f, want at least %.2f", prefix, r, fl.authors)
	}
	if m := median(f.kept); m < fl.keptMedian {
		t.Errorf("%smedian words kept %.3f, want at least %.3f", prefix, m, fl.keptMedian)
	}
	if m := minimum(f.kept); m < fl.keptMin {
		t.Errorf("%sleast words kept %.3f, want at least %.3f", prefix, m, fl.keptMin)
	}
	if m := median(f.junk); m > fl.junkMedian {
		t.Errorf("%smedian junk %.1f, want at most %.1f", prefix, m, fl.junkMedian)
	}
	if r := float64(f.junkPages) / float64(max(f.pages, 1)); r > fl.junkPages {
		t.Errorf("%sjunk on %.2f of the pages, want at most %.2f", prefix, r, fl.junkPages)
	}
}

// pasteFloors are the least figures TestPastedPages accepts, over the tuned
// and held-out pages together: junk on one page in five at most is the
// issue's target, which they reach together (11 of 58 pages), not the
// held-out pages alone.
var pasteFloors = pasteFloor{titles: 0.95, authors: 0.9, keptMedian: 0.99, keptMin: 0.93, junkMedian: 1, junkPages: 0.2}

// TestWritePastes writes the pastes of the tuned pages (the extra ones too) into the directory
// named by BRIEF_PASTE_DIR, for looking at them; it does nothing otherwise.
func TestWritePastes(t *testing.T) {
	dir := os.Getenv("BRIEF_PASTE_DIR")
	if dir == "" {
		t.Skip("set BRIEF_PASTE_DIR to write the pastes")
	}
	for _, c := range pasteCasesOf(t, append(append([]string(nil), pastePages...), extraPastePages...)) {
		if c.heldOut {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, c.name+".headline.txt"), []byte(c.headline), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, c.name+".whole.txt"), []byte(c.whole), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// selectAllTitles is the fewest tuned select-all pastes whose title must be
// right: the figure the rules for the headline of a page pasted whole
// reach (27 before them).
const selectAllTitles = 37

// TestSelectAllPastes pastes each whole page (select-all) and reports, for
// the tuned and held-out pages apart, the share of body paragraphs that are
// the article's text and the share of the article's words kept.
func TestSelectAllPastes(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	type sum struct {
		pages, paras, article int
		titles                int
		kept                  []float64
		good                  int // pages with 4 of 5 paragraphs article text and 95% kept
	}
	var tuned, held sum
	for _, c := range pasteCases(t) {
		s := c.score(t, c.whole)
		sm := &tuned
		if c.headlineText != "" && titleMatches(s.title, c.headlineText) || titleMatches(s.title, c.title) {
			if c.heldOut {
				held.titles++
			} else {
				tuned.titles++
			}
		} else if !c.heldOut {
			t.Logf("%s: select-all title %q, want %q", c.name, s.title, c.headlineText)
		}
		if c.heldOut {
			sm = &held
		}
		sm.pages++
		sm.paras += s.paras
		sm.article += s.paras - s.junk
		sm.kept = append(sm.kept, s.kept)
		share := float64(s.paras-s.junk) / float64(max(s.paras, 1))
		if share >= 0.8 && s.kept >= 0.95 {
			sm.good++
		}
		if !c.heldOut {
			t.Logf("%s: %d of %d paragraphs article text (%.2f), kept %.3f %.300q", c.name, s.paras-s.junk, s.paras, share, s.kept, s.junkLines)
		} else {
			// Figures only: the held-out pages are not looked at line by line.
			t.Logf("%s (held out): %d of %d paragraphs article text (%.2f), kept %.3f", c.name, s.paras-s.junk, s.paras, share, s.kept)
		}
	}
	for _, x := range []struct {
		name string
		s    sum
	}{{"tuned", tuned}, {"held out", held}} {
		t.Logf("%s: %d pages: titles %d, body paragraphs that are article text %.2f, words kept median %.3f min %.3f, pages with both (>= 0.8 and >= 0.95) %d",
			x.name, x.s.pages, x.s.titles, float64(x.s.article)/float64(max(x.s.paras, 1)), median(x.s.kept), minimum(x.s.kept), x.s.good)
	}
	if tuned.titles < selectAllTitles {
		t.Errorf("select-all titles right on %d tuned pages, want at least %d", tuned.titles, selectAllTitles)
	}
	if f := float64(tuned.article+held.article) / float64(max(tuned.paras+held.paras, 1)); f < 0.8 {
		t.Errorf("only %.2f of the body paragraphs are article text", f)
	}
}

// TestHoldsByline checks when the paste measure takes a paste to hold its
// article's byline: at the head of the article, not in a photo credit nor
// further down.
func TestHoldsByline(t *testing.T) {
	long1 := "The first long paragraph of the article runs on for well more than twelve words in all."
	long2 := "The second long paragraph of the article also runs on for more than twelve words in all."
	dek := "A standfirst of the article that is long enough to count as a paragraph."
	gold := []string{dek, long1, long2}
	for _, c := range []struct {
		paste string
		want  bool
	}{
		{"Headline\nBy Jane Doe\n" + long1 + "\n" + long2, true},
		{"Headline\n" + dek + "\nBy Jane Doe\n" + long1 + "\n" + long2, true},
		{"Headline\nPhoto: Jane Doe\n" + long1 + "\n" + long2, false},
		{"Headline\n" + long1 + "\n" + long2 + "\nAnalysis: Jane Doe, Washington", false},
	} {
		if got := holdsByline(c.paste, "Jane Doe", gold); got != c.want {
			t.Errorf("holdsByline(%q) = %v, want %v", c.paste, got, c.want)
		}
	}
}
