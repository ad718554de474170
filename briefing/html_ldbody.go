package briefing

import (
	"encoding/json"
	"html"
	"maps"
	"slices"
	"strings"
	"unicode"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many news pages carry their article twice: once in the page, where a
// script may fill it in only when the page runs (or only for subscribers),
// and once whole in the JSON-LD block that tells search engines about it,
// as its "articleBody". When the page's own text misses most of that body,
// the body is read instead.

// minLDBodyWords is the fewest words an articleBody must have to stand in
// for the page's text: a teaser or a summary is shorter.
const minLDBodyWords = 80

// ldBodyCovered is the share of the articleBody's words that the page's
// text must hold for the page's text to stand. A page that shows the whole
// article holds nearly all of them; one that shows its teaser, a login form
// or a paywall's pitch holds few.
const ldBodyCovered = 0.3

// ldArticleBody returns the "articleBody" of the page's JSON-LD that
// belongs to the page's own article: the only one, when its headline (if it
// has one) reads as the page's <title> or its h1, or, among several, the
// one whose headline reads most like them. A page whose JSON-LD describes
// other articles too gives no body unless one of them is clearly this one.
// It returns "" when there is none.
func ldArticleBody(doc *xhtml.Node) string {
	if doc == nil {
		return ""
	}
	var titles []string
	if t := findElement(doc, atom.Title); t != nil {
		titles = append(titles, tidy(textContent(t)))
	}
	if h := articleHeading(doc); h != "" {
		titles = append(titles, h)
	}
	type article struct{ headline, body string }
	var found []article
	var find func(v any, depth int)
	find = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				find(e, depth+1)
			}
		case map[string]any:
			if s, ok := v["articleBody"].(string); ok && strings.TrimSpace(s) != "" {
				h, _ := v["headline"].(string)
				if h == "" {
					h, _ = v["name"].(string)
				}
				found = append(found, article{html.UnescapeString(h), s})
			}
			// in the order of the keys, so that two bodies under one
			// headline give the same article on every import
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if k != "articleBody" {
					find(v[k], depth+1)
				}
			}
		}
	}
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.DataAtom == atom.Script && strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
			var doc any
			if json.Unmarshal([]byte(n.FirstChild.Data), &doc) == nil {
				find(doc, 0)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	best, bestScore := "", 0.0
	for _, a := range found {
		score := 0.0
		if a.headline == "" && len(found) == 1 {
			score = 1 // one body, no headline to compare: the page's own
		}
		for _, title := range titles {
			if a.headline != "" {
				// The headline is in the title ("… | Harbour News"), or the
				// title in a longer headline.
				score = max(score, wordOverlap(title, a.headline), wordOverlap(a.headline, title))
			}
		}
		if score >= 0.5 && score > bestScore {
			best, bestScore = a.body, score
		}
	}
	return best
}

// ldBodyBlocks reads an articleBody into blocks, and the captions the walk
// found in it. A body written in HTML is walked as the page is; a body in
// plain text gives a paragraph for each of its lines.
func ldBodyBlocks(body string) ([]block, []Caption) {
	var page strings.Builder
	page.WriteString("<body>")
	if !strings.Contains(body, "<") {
		body = html.UnescapeString(body) // "&lt;p&gt;…" is HTML too
	}
	if strings.Contains(body, "</") || strings.Contains(body, "<p>") || strings.Contains(body, "<br") {
		page.WriteString(body)
	} else {
		for _, line := range strings.Split(body, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				page.WriteString("<p>" + html.EscapeString(line) + "</p>")
			}
		}
	}
	page.WriteString("</body>")
	doc, err := xhtml.Parse(strings.NewReader(page.String()))
	if err != nil {
		return nil, nil
	}
	root := findElement(doc, atom.Body)
	if root == nil {
		return nil, nil
	}
	w := htmlWalker{b: &Briefing{}}
	w.walk(root, paragraph)
	w.flush(paragraph)
	return w.out, w.b.Captions
}

// ldBodyInstead reports whether the articleBody should stand in for the
// blocks read from the page: it is an article's length, longer than the
// page's text, and the page's text holds less than ldBodyCovered of its
// words.
func ldBodyInstead(body []block, ldBlocks []block) bool {
	ld := ldWordSet(ldBlocks)
	if ld.words < minLDBodyWords {
		return false
	}
	ours := ldWordSet(body)
	if ours.words >= ld.words {
		return false
	}
	held := 0
	for w := range ld.distinct {
		if ours.distinct[w] {
			held++
		}
	}
	return float64(held) < ldBodyCovered*float64(len(ld.distinct))
}

// wordSet is the count of a text's words and the set of its distinct ones.
type wordSet struct {
	words    int
	distinct map[string]bool
}

// ldWordSet counts the words of blocks and gathers the distinct ones,
// lower-cased, each with its letters and digits only.
func ldWordSet(blocks []block) wordSet {
	s := wordSet{distinct: map[string]bool{}}
	for _, bl := range blocks {
		for _, w := range strings.FieldsFunc(strings.ToLower(bl.text), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			s.words++
			s.distinct[w] = true
		}
	}
	return s
}
