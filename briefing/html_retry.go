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
// less than missedShare of the page's paragraph words and the second (see
// above) holds more than twice the first's words, or when the first lacks
// the page's densest paragraphs (see densestParagraphs: it read a box
// beside the article, such as its related posts, on a page that sets the
// article in many small blocks) and the second holds them and more words
// than the first; otherwise it returns nil.
func readAgain(page, root *html.Node, base *url.URL) *html.Node {
	if page == nil {
		return nil
	}
	first, firstText := 0, ""
	if root != nil {
		firstText = collapseSpace(textContent(root))
		first = len(strings.Fields(firstText))
	}
	paras := paragraphWords(page)
	if paras < minRetryWords {
		return nil
	}
	dense := densestParagraphs(page)
	if dense == nil {
		return nil
	}
	denseText := openingWords(textContent(dense), denseProbeWords)
	missed := float64(first) < missedShare*float64(paras)
	if !missed && (denseText == "" || strings.Contains(firstText, denseText)) {
		return nil // the common case: the page is not copied
	}
	// The second reading works on a copy, whose densest element is the
	// one found on the page (the walk is the same).
	again := cloneTree(page)
	dense = densestParagraphs(again)
	for n := dense; n != nil; n = n.Parent {
		n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
	}
	parser := readability.NewParser()
	parser.KeepClasses = true
	art, err := parser.ParseAndMutate(again, base)
	if err != nil || art.Node == nil {
		return nil
	}
	secondText := collapseSpace(textContent(art.Node))
	second := len(strings.Fields(secondText))
	if missed && second > 2*first || !missed && second > first && strings.Contains(secondText, denseText) {
		return art.Node
	}
	return nil
}

// denseProbeWords is how many of the densest paragraphs' opening words
// readAgain looks for in a reading.
const denseProbeWords = 12

// openingWords is the first n words of s, one space between them.
func openingWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
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
