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
	var found string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Aside, atom.Form:
				return false
			case atom.P, atom.H2, atom.H3, atom.Div, atom.Span, atom.Section, atom.Header:
				if classMarksStandfirst(attr(n, "class")) && nearHeadline(n, h1) {
					if t := tidy(textContent(n)); wordCount(t) >= minPageStandfirstWords && wordCount(t) <= maxPageStandfirstWords {
						found = t
						return true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

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
	key := sf[:min(len(sf), 60)]
	for _, s := range b.Sections {
		for _, p := range s.Paragraphs {
			if strings.Contains(p, key) {
				return // the article's own first paragraph, or a part of it
			}
		}
	}
	b.Standfirst = sf
}
