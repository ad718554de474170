package briefing

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Some blog platforms write a post twice: as a template a script fills in,
// and as the same markup inside <noscript> for readers without scripts
// ('<div class="post-content"><script type="text/template">…</script>
// <noscript><p>…</p>…</noscript></div>'). A saved page keeps both, but a
// parser that runs scripts reads <noscript> as raw text, and readability
// drops scripts and noscripts alike, so the post is lost and the page's
// sidebar read instead. unwrapNoscriptArticles parses such a <noscript>
// into the tree in its place. Only a noscript that holds prose (enough
// text, few of its words in links) and is its parent's only text is
// unwrapped; the pixels, "enable JavaScript" notes and menus other
// noscripts hold stay out.

// minNoscriptArticleChars is the least text of a noscript read as the
// article's markup.
const minNoscriptArticleChars = 500

// maxNoscriptLinkShare is the largest share of a noscript's text in links
// for it to be read as prose.
const maxNoscriptLinkShare = 0.3

// unwrapNoscriptArticles replaces each noscript under n that holds a post
// (see above) by the elements its text parses into.
func unwrapNoscriptArticles(n *html.Node) {
	var found []*html.Node
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Noscript {
			found = append(found, n)
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Head || n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	for _, ns := range found {
		unwrapNoscript(ns)
	}
}

func unwrapNoscript(ns *html.Node) {
	raw := ns.FirstChild
	if raw == nil || raw.Type != html.TextNode || raw.NextSibling != nil || len(raw.Data) < minNoscriptArticleChars || ns.Parent == nil {
		return
	}
	if !strings.Contains(raw.Data, "<") {
		return // text alone, such as "Please enable JavaScript …"
	}
	parent := ns.Parent
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c != ns && len(strings.TrimSpace(textContent(c))) > 0 && !(c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Template)) {
			return // the parent shows text of its own: the noscript repeats it
		}
	}
	nodes, err := html.ParseFragment(strings.NewReader(raw.Data), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return
	}
	text, linked := 0, 0
	for _, c := range nodes {
		text += len(strings.Join(strings.Fields(textContent(c)), " "))
		linked += linkedChars(c)
	}
	if text < minNoscriptArticleChars || float64(linked) > maxNoscriptLinkShare*float64(text) {
		return
	}
	for _, c := range nodes {
		parent.InsertBefore(c, ns)
	}
	parent.RemoveChild(ns)
}

// linkedChars counts the characters of text inside links under n.
func linkedChars(n *html.Node) int {
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return len(strings.Join(strings.Fields(textContent(n)), " "))
	}
	sum := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		sum += linkedChars(c)
	}
	return sum
}
