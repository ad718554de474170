package briefing

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// imageCaption reads the caption Markdown writers set under an image: a
// paragraph of emphasis alone right after a paragraph holding an image
// alone, or in the image's paragraph on the line under it
// ("![A rider](swap.jpg)" and "*A rider swaps a battery. Photo: Jane
// Roe*"). It returns the caption, with the credit it names ("Photo: Jane
// Roe"), and whether p is one. imageBefore tells whether the paragraph
// before p holds an image alone.
func (w *mdWalker) imageCaption(p ast.Node, imageBefore bool) (Caption, bool) {
	var em *ast.Emphasis
	image := imageBefore
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Image:
			if em != nil {
				return Caption{}, false
			}
			image = true
		case *ast.Emphasis:
			if em != nil || !image {
				return Caption{}, false
			}
			em = v
		case *ast.Text:
			if strings.TrimSpace(string(v.Value(w.src))) != "" {
				return Caption{}, false
			}
		default:
			return Caption{}, false
		}
	}
	if em == nil {
		return Caption{}, false
	}
	var t inlineText
	w.inlines(&t, em)
	text := collapseSpace(t.take(paragraph).text)
	if text == "" {
		return Caption{}, false
	}
	if c, ok := pasteCaption(text); ok {
		return c, true
	}
	return Caption{Text: text}, true
}

// imageAlone reports whether a paragraph holds an image and nothing else.
func imageAlone(p ast.Node) bool {
	image := false
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Image:
			image = true
		case *ast.Text:
		default:
			return false
		}
	}
	return image
}
