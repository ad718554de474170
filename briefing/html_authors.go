package briefing

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// authorMeta are the <meta> names and properties that carry a page's
// author, most trusted first.
var authorMeta = []string{"author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl", "twitter:creator"}

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
			candidates = append(candidates, pageBylineNames(invertedName(tidy(v)))) // "By Jane Doe" in "byl"
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
	byline = invertedName(tidy(byline))
	if names := pageBylineNames(byline); len(names) > 0 || page == nil {
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
		for _, name := range pageBylineNames(line) {
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
	}
	return names
}

// pageBylineNames reads the names of a byline a page marks as one (see
// authorsFromByline), but not its controls ("Follow Author") nor a lone
// word left of a longer name: "Organization" of "Organization for
// Transformative Works" is not a writer, and neither is the rest.
func pageBylineNames(byline string) []string {
	names := authorsFromByline(byline)
	for i, n := range names {
		if f := strings.Fields(n); len(f) > 2 && brandCased(f[len(f)-1]) {
			names[i] = strings.Join(f[:len(f)-1], " ") // "Kelli Miller WebMD Health News"
		}
	}
	if len(names) == 1 && wordCount(names[0]) == 1 && wordCount(strings.TrimPrefix(byline, "By ")) > 2 {
		return nil
	}
	return slices.DeleteFunc(names, allUIWords)
}

// brandCased reports whether a word has two capitals together after a
// small letter, as a brand's name has and no surname does ("WebMD",
// "HarbourMD"; not "McAdam", "VanderMeer", "DeLaCruz").
func brandCased(w string) bool {
	rs := []rune(w)
	for i := 2; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsUpper(rs[i-1]) && unicode.IsLower(rs[i-2]) {
			return true
		}
	}
	return false
}

// invertedNameShape is a name written surname first, as library records
// and standards write their authors: "Kooman, F.", "Jong, Michiel de".
var invertedNameShape = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}'’-]*\.?(?: \p{Lu}[\p{L}'’-]*\.?)*?)((?: (?:de|da|di|do|du|van|von|der|den|le|la|del|dos))*)$`)

// invertedName turns a name written surname first into the order a byline
// gives it ("Jong, Michiel de" is "Michiel de Jong", "Kooman, F." is "F.
// Kooman") when the part after the comma can only be given names: initials,
// given names the lists know, or a name ending with a surname's particle.
// Anything else ("Jane Doe, Reuters") is returned as it is.
func invertedName(s string) string {
	m := invertedNameShape.FindStringSubmatch(s)
	if m == nil {
		return s
	}
	given, particles := m[2], strings.TrimSpace(m[3])
	first := strings.Fields(given)[0]
	if particles == "" && !strings.HasSuffix(first, ".") && !isGivenName(strings.ToLower(first)) {
		return s
	}
	return strings.TrimSpace(given + " " + particles + " " + m[1])
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
