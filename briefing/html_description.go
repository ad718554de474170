package briefing

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits of the page's description shown for a page that holds almost no
// text of its own (see takeDescriptionOfEmptyPage), in words.
const (
	maxEmptyBodyWords   = 25 // the most words of a body that holds almost nothing
	minDescriptionWords = 12
)

// takeDescriptionOfEmptyPage shows the page's description in its metadata
// as the standfirst when the page holds almost no text of its own (up to
// maxEmptyBodyWords words read, none of them the standfirst): a page that
// a script fills in, or a video's page whose text is its description.
// Elsewhere the description is not read (see pageStandfirst). A warning
// says so.
func takeDescriptionOfEmptyPage(b *Briefing, doc *html.Node) {
	if doc == nil || b.Standfirst != "" {
		return
	}
	if b.Words() > maxEmptyBodyWords {
		return
	}
	d := pageDescription(doc)
	if wordCount(d) < minDescriptionWords || strings.EqualFold(d, b.Title) {
		return
	}
	if b.Title == "" {
		if t := findElement(doc, atom.Title); t != nil {
			b.Title = tidy(textContent(t))
		}
	}
	b.Standfirst = d
	b.Warnings = append(b.Warnings, "the page holds almost no text of its own: its description is shown")
}

// pageDescription is the page's description in its metadata: its
// "description", "og:description" or "twitter:description", the longest
// of them; "" when it has none.
func pageDescription(doc *html.Node) string {
	best := ""
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Meta {
			switch strings.ToLower(firstNonEmpty(attr(n, "name"), attr(n, "property"))) {
			case "description", "og:description", "twitter:description":
				if d := tidy(attr(n, "content")); len(d) > len(best) {
					best = d
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}
