package briefing

import (
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page often marks the element that holds its article: itemprop=
// "articleBody", or a class its platform gives the post's text
// ("entry-content", "post-content", "article-body"). Readability scores
// elements by their text, so on a page whose article is short it may
// take a longer box beside it instead: the author's biography, a blog's
// description. When readability's article and the marked element share no
// text, and the marked element stands by the page's headline (a teaser's
// marked body does not), the marked element is read instead: readability
// reads a page made of it alone, so that its share buttons and widgets are
// cleaned away as usual.

// markedBodyClass is a class name that marks the article's text.
var markedBodyClass = lazyCompile(`(?i)^(?:entry-content|post-content|post-body|article-body|article__body|articlebody|article-content|story-body|story-content|single-content|td-post-content)$`)

// minMarkedBodyWords is the fewest words the marked element must hold to
// be read instead of readability's choice.
const minMarkedBodyWords = 25

// markedBody returns the page's one element marked as the article's text
// (see above), or nil when there is none or more than one.
func markedBody(page *html.Node) *html.Node {
	var found []*html.Node
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if pageMargins[n.DataAtom] {
				return
			}
			if strings.EqualFold(attr(n, "itemprop"), "articleBody") || classMarksBody(attr(n, "class")) {
				found = append(found, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(page)
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

func classMarksBody(class string) bool {
	for _, c := range strings.Fields(class) {
		if markedBodyClass.MatchString(c) {
			return true
		}
	}
	return false
}

// readMarkedBody returns readability's reading of the page's marked
// article element when the first reading, root, shares no text with it;
// otherwise nil.
func readMarkedBody(page, root *html.Node, base *url.URL) *html.Node {
	if page == nil {
		return nil
	}
	marked := markedBody(page)
	if marked == nil {
		return nil
	}
	h1 := findNode(page, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.DataAtom == atom.H1 && !linkedHeading(n)
	}, nil)
	if h1 == nil || !nearHeadline(marked, h1) {
		return nil // a teaser's body, or a page without a headline
	}
	text := strings.Join(strings.Fields(textContent(marked)), " ")
	if wordCount(text) < minMarkedBodyWords {
		return nil
	}
	if root != nil {
		got := strings.Join(strings.Fields(textContent(root)), " ")
		if sharesText(got, text) {
			return nil
		}
	}
	doc := &html.Node{Type: html.DocumentNode}
	htmlEl := &html.Node{Type: html.ElementNode, Data: "html", DataAtom: atom.Html}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	doc.AppendChild(htmlEl)
	htmlEl.AppendChild(body)
	body.AppendChild(cloneTree(marked))
	parser := readability.NewParser()
	parser.KeepClasses = true
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil || art.Node == nil {
		return nil
	}
	return art.Node
}

// sharesText reports whether two texts have a run of words in common: a
// piece of 60 bytes from the start or the middle of b found in a.
func sharesText(a, b string) bool {
	for _, at := range []int{0, len(b) / 2} {
		piece := b[at:min(len(b), at+60)]
		if i := strings.IndexByte(piece, ' '); at > 0 && i >= 0 {
			piece = piece[i+1:]
		}
		if piece != "" && strings.Contains(a, piece) {
			return true
		}
	}
	return false
}
