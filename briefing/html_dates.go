package briefing

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMeta are the <meta> names and properties that carry a page's
// published date, most trusted first.
var publishedMeta = []string{
	"article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.date", "date", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
}

// jsonLDPublished finds datePublished in a JSON-LD block.
var jsonLDPublished = lazyCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)

// pagePublished reads a page's published date from its own metadata: the
// <meta> tags (article:published_time, DC.date.issued …), JSON-LD
// datePublished, an element marked itemprop="datePublished", then the
// first <time datetime> of the article (or of the page), then the first
// element whose class names a date or time and whose datetime, title or
// content attribute holds one in ISO form (<li class="date-and-time"
// title="2015-03-13T21:00:00+11:00">). It returns the
// zero time when none parses.
func pagePublished(doc, article *html.Node) time.Time {
	metas := map[string]string{}
	var itemprop, ld, firstTime, classed string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if _, seen := metas[key]; !seen && attr(n, "content") != "" {
					metas[key] = attr(n, "content")
				}
			case atom.Script:
				if ld == "" && strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					if m := jsonLDPublished.FindStringSubmatch(n.FirstChild.Data); m != nil {
						ld = m[1]
					}
				}
			case atom.Time:
				if firstTime == "" {
					firstTime = attr(n, "datetime")
				}
			}
			if classed == "" && n.DataAtom != atom.Meta && dateClass.MatchString(attr(n, "class")) {
				for _, a := range []string{"datetime", "title", "content", "data-timestamp"} {
					if v := strings.TrimSpace(attr(n, a)); isoDate.MatchString(v) {
						classed = v
						break
					}
				}
			}
			if itemprop == "" && strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
				itemprop = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), collapseSpace(textContent(n)))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	articleTime := ""
	if article != nil {
		if t := findElement(article, atom.Time); t != nil {
			articleTime = attr(t, "datetime")
		}
	}
	var candidates []string
	for _, k := range publishedMeta {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, ld, itemprop, articleTime, firstTime, classed)
	for _, c := range candidates {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if t, err := dateparse.ParseIn(c, time.UTC); err == nil && t.Year() > 1900 {
			return pageTime(t)
		}
	}
	return time.Time{}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// siteWords are what a site's own title says ("Yahoo News - Latest News &
// Headlines"), which an article's headline does not.
var siteWords = []string{"latest news", "headlines", "breaking news", "home page", "homepage", "official site", "news and"}

// siteTitleLike reports whether a page's title is its site's rather than the
// article's: the site's name alone, or the words sites use of themselves.
func siteTitleLike(title, site string) bool {
	l := strings.ToLower(title)
	if l == "" || site != "" && strings.EqualFold(strings.TrimSpace(title), strings.TrimSpace(site)) {
		return true
	}
	for _, w := range siteWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// maxHeadlineWords bounds a headline: a longer <h1> is a caption or a text.
const maxHeadlineWords = 30

// pageHeadline returns the text of the page's first <h1> that can be a
// headline (two to maxHeadlineWords words), or "".
func pageHeadline(doc *html.Node) string {
	n := findNode(doc, func(n *html.Node) bool {
		return n.Type == html.ElementNode && n.DataAtom == atom.H1 && headlineLength(tidy(textContent(n)))
	}, nil)
	if n == nil {
		return ""
	}
	return tidy(textContent(n))
}

// headlineLength reports whether a text is as long as a headline: two to
// maxHeadlineWords words.
func headlineLength(t string) bool { return wordCount(t) >= 2 && wordCount(t) <= maxHeadlineWords }

// wordOverlap is the share of the words of b (lower case) that a holds.
func wordOverlap(a, b string) float64 {
	have := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		have[w] = true
	}
	words := strings.Fields(strings.ToLower(b))
	n := 0
	for _, w := range words {
		if have[w] {
			n++
		}
	}
	return float64(n) / float64(max(len(words), 1))
}

// trimAuthorSuffix removes an author's name that a page's title ends with,
// after a bar or a dash ("… strandings | Eleanor Ainge Roy").
func trimAuthorSuffix(title string, authors []string) string {
	for _, a := range authors {
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			if rest, ok := strings.CutSuffix(title, sep+a); ok && strings.TrimSpace(rest) != "" {
				return strings.TrimSpace(rest)
			}
		}
	}
	return title
}

// dateClass is a class attribute naming a date or a time ("date-and-time",
// "timestamp", "pubdate").
var dateClass = lazyCompile(`(?i)(?:date|time)`)

// isoDate is a date in ISO form, with its time or without.
var isoDate = lazyCompile(`^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?$`)
