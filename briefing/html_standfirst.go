package briefing

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// standfirstClass is a class name that marks a page's standfirst: "dek",
// "standfirst", "strapline", "deck", alone or as a part of a longer name
// ("article-dek", "content__standfirst", "p-dek").
var standfirstClass = lazyCompile(`(?i)(?:^|[-_])(?:dek|standfirst|strapline|deck)(?:$|[-_])`)

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
	return tidy(textContent(n))
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
	if class == "" || !strings.ContainsAny(class, "dDsS") {
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
		return
	}
	for _, s := range b.Sections {
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
