package briefing

import (
	"net/url"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability judges an element by its class and id as well as its text,
// and drops one named like a page's margins before it looks further
// ("above-footer", "sidebar-wrap"). A page that sets its article inside
// such an element loses it: readability then returns a small box beside
// it (a disclosure, a blog's description). When what it returned holds
// little of the text the page sets in paragraphs, it is asked again with
// the names taken off the element that holds the most paragraph text and
// off the elements around it, so that it reads them by their text alone.

// missedShare is the share of the page's paragraph text under which
// readability's article is taken to have missed the article.
const missedShare = 0.4

// minRetryWords is the fewest words of paragraph text a page must have for
// a second try: a short page is left as readability read it.
const minRetryWords = 150

// readAgain returns a second reading of page when the first, root, holds
// less than missedShare of the page's paragraph words, and the second
// (see above) holds more than twice the first's words; otherwise it
// returns nil.
func readAgain(page, root *html.Node, base *url.URL) *html.Node {
	if page == nil {
		return nil
	}
	first := 0
	if root != nil {
		first = len(strings.Fields(textContent(root)))
	}
	paras := paragraphWords(page)
	if paras < minRetryWords || float64(first) >= missedShare*float64(paras) {
		return nil
	}
	again := cloneTree(page)
	dense := densestParagraphs(again)
	if dense == nil {
		return nil
	}
	for n := dense; n != nil; n = n.Parent {
		n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
	}
	parser := readability.NewParser()
	parser.KeepClasses = true
	art, err := parser.ParseAndMutate(again, base)
	if err != nil || art.Node == nil {
		return nil
	}
	if second := len(strings.Fields(textContent(art.Node))); second > 2*first {
		return art.Node
	}
	return nil
}

// pageMargins are the elements whose paragraphs are no article's: the
// page's head, navigation, header, footer, asides, forms and scripts.
var pageMargins = map[atom.Atom]bool{
	atom.Head: true, atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
}

// densestParagraphs returns the element whose own <p> children hold the
// most words, outside the page's margins (see pageMargins).
func densestParagraphs(page *html.Node) *html.Node {
	var best *html.Node
	bestWords := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && pageMargins[n.DataAtom] {
			return
		}
		words := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				words += len(strings.Fields(textContent(c)))
			} else {
				walk(c)
			}
		}
		if words > bestWords {
			best, bestWords = n, words
		}
	}
	walk(page)
	return best
}

// paragraphWords counts the words of the page's <p> elements outside its
// margins (see pageMargins).
func paragraphWords(n *html.Node) int {
	if n.Type == html.ElementNode {
		if pageMargins[n.DataAtom] {
			return 0
		}
		if n.DataAtom == atom.P {
			return len(strings.Fields(textContent(n)))
		}
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += paragraphWords(c)
	}
	return total
}
