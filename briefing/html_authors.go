package briefing

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// authorMeta are the <meta> names and properties that carry a page's
// author, most trusted first.
var authorMeta = []string{"author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl"}

// maxAuthorNameWords is the most words of one author's name read from a
// page's metadata.
const maxAuthorNameWords = 5

// pageAuthors reads a page's authors from its own metadata when the
// article's byline gave none: JSON-LD "author" names, the <meta> tags
// (author, article:author …), an element marked itemprop="author", then
// the text of a link marked rel="author". Each name must read as a
// person's or an outlet's name (see metaName): an address, a date or a
// sentence is not one. It returns nil when none does.
func pageAuthors(doc *html.Node) []string {
	metas := map[string]string{}
	var ld, itemprop, relAuthor []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name"))
				if _, seen := metas[key]; !seen && attr(n, "content") != "" {
					metas[key] = attr(n, "content")
				}
			case atom.Script:
				if ld == nil && strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					ld = jsonLDAuthors(n.FirstChild.Data)
				}
			case atom.A:
				if strings.EqualFold(attr(n, "rel"), "author") {
					relAuthor = append(relAuthor, collapseSpace(textContent(n)))
				}
			}
			if strings.EqualFold(attr(n, "itemprop"), "author") {
				itemprop = append(itemprop, itemAuthor(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	candidates := [][]string{ld}
	for _, k := range authorMeta {
		if v := metas[k]; v != "" {
			candidates = append(candidates, authorsFromByline(tidy(v))) // "By Jane Doe" in "byl"
		}
	}
	candidates = append(candidates, itemprop, relAuthor)
	for _, names := range candidates {
		if names = metaNames(names); len(names) > 0 {
			return names
		}
	}
	return nil
}

// itemAuthor is the name an element marked itemprop="author" gives: its
// content, the text of an itemprop="name" inside it, or its own text.
func itemAuthor(n *html.Node) string {
	if c := attr(n, "content"); c != "" {
		return c
	}
	if name := findNode(n, func(c *html.Node) bool { return c != n && strings.EqualFold(attr(c, "itemprop"), "name") }, nil); name != nil {
		return firstNonEmpty(attr(name, "content"), collapseSpace(textContent(name)))
	}
	return collapseSpace(textContent(n))
}

// jsonLDAuthors reads the names of the "author" of a JSON-LD block: one
// object or a list of them, each with a "name", or a name alone.
func jsonLDAuthors(data string) []string {
	var doc any
	if json.Unmarshal([]byte(data), &doc) != nil {
		return nil
	}
	var out []string
	var find func(any, int)
	find = func(v any, depth int) {
		if depth > 4 || len(out) > 0 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				find(e, depth+1)
			}
		case map[string]any:
			if a, ok := v["author"]; ok {
				out = append(out, ldNames(a)...)
				return
			}
			if g, ok := v["@graph"]; ok {
				find(g, depth+1)
			}
		}
	}
	find(doc, 0)
	return out
}

// ldNames are the names of a JSON-LD author value.
func ldNames(a any) []string {
	switch a := a.(type) {
	case string:
		return []string{a}
	case map[string]any:
		if name, ok := a["name"].(string); ok {
			return []string{name}
		}
	case []any:
		var out []string
		for _, e := range a {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// metaNames keeps the names of a list read from metadata when every one
// reads as a name (see metaName), without repeats; nil otherwise.
func metaNames(names []string) []string {
	var out []string
	for _, n := range names {
		n = tidy(n)
		if n == "" {
			continue
		}
		if !metaName(n) {
			return nil
		}
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// metaName reports whether a text from a page's metadata is a name: one to
// maxAuthorNameWords words, opening with a capital, with no digit, no
// address ("https://…", "@"), and no sentence's end.
func metaName(n string) bool {
	w := wordCount(n)
	if w == 0 || w > maxAuthorNameWords || strings.ContainsAny(n, "0123456789@/:|") || sentenceEnds(n) && !strings.HasSuffix(n, ".") {
		return false
	}
	r := firstRune(n)
	return unicode.IsUpper(r)
}

// bylineAuthors reads the authors of a page's byline as readability found
// it. A byline whose whole text names nobody ("Written by Rob Ewaschuk
// Edited by Betsy Beyer") is looked for in the page, and when its element
// is made of lines (split by <br> or blocks), the names its lines give one
// by one are taken.
func bylineAuthors(byline string, page *html.Node) []string {
	byline = tidy(byline)
	if names := authorsFromByline(byline); len(names) > 0 || page == nil {
		return names
	}
	el := findNode(page, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html && tidy(textContent(n)) == byline
	}, nil)
	if el == nil {
		return nil
	}
	var names []string
	for _, line := range elementLines(el) {
		for _, name := range authorsFromByline(line) {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	return names
}

// elementLines is the text of an element in its lines: a <br> or a block
// element ends one.
func elementLines(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	end := func() {
		if t := tidy(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			end()
		case n.Type == html.ElementNode && (blockElements[n.DataAtom] || n.DataAtom == atom.Li):
			end()
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
			end()
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				rec(c)
			}
		}
	}
	rec(n)
	end()
	return lines
}
