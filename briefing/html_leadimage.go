package briefing

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minLeadParagraphWords is the fewest words of a paragraph of the page
// that starts the article's text: the lead image stands before it.
const minLeadParagraphWords = 15

// minHeadlineOverlap is the share of the title's words an <h1> must hold
// to be the article's headline.
const minHeadlineOverlap = 0.5

// takeLeadCaption adds the caption of the article's lead image when the
// article has no caption: the first <figure> with a <figcaption> after the
// page's headline (an <h1> that says the title) and before the first
// paragraph of text. Readability keeps the article's body, which often
// leaves the lead image above it out; the image's caption and credit
// belong to the article all the same.
func takeLeadCaption(b *Briefing, doc *html.Node) {
	if len(b.Captions) > 0 || doc == nil || b.Title == "" {
		return
	}
	var h1 *html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 && wordOverlap(collapseSpace(textContent(n)), b.Title) >= minHeadlineOverlap {
			h1 = n
			break
		}
	}
	if h1 == nil {
		return
	}
	after := false
	for n := range doc.Descendants() {
		if n == h1 {
			after = true
			continue
		}
		if !after || n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.P:
			if wordCount(collapseSpace(textContent(n))) >= minLeadParagraphWords {
				return // the text starts: no lead image
			}
		case atom.Figcaption:
			if c := figcaptionOf(n); c.Text != "" || c.Credit != "" {
				b.Captions = appendCaption(b.Captions, c)
			}
			return
		}
	}
}

// figcaptionOf reads a <figcaption>: its credit set apart in an element
// whose class says so ("caption-credit"), or written after the caption
// ("… Photo: Jane Roe / The Post").
func figcaptionOf(n *html.Node) Caption {
	text := collapseSpace(CleanString(textContent(n)))
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && strings.Contains(strings.ToLower(attr(d, "class")), "credit") {
			credit := collapseSpace(CleanString(textContent(d)))
			if credit == "" {
				break
			}
			text = strings.TrimRight(strings.TrimSpace(strings.Replace(text, credit, "", 1)), " -–—|")
			return Caption{Text: text, Credit: credit}
		}
	}
	return captionOfText(text)
}
