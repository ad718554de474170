package briefing

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// widgetRoles are the ARIA roles of a page's controls, which carry no
// article text: a video player's sliders and menus, a dialog (its caption
// settings, a share box), a toolbar.
var widgetRoles = map[string]bool{
	"dialog": true, "alertdialog": true, "slider": true, "progressbar": true, "menu": true, "menubar": true,
	"menuitem": true, "menuitemcheckbox": true, "menuitemradio": true, "toolbar": true, "timer": true,
	"tooltip": true, "tablist": true, "scrollbar": true, "spinbutton": true, "listbox": true, "switch": true,
	"searchbox": true, "search": true,
}

// playerClass marks the parts of a media player embedded in a page, named
// by the players many sites share: video.js ("video-js", "vjs-control-bar"),
// JW Player ("jwplayer", "jw-controls"), and a class naming a player's
// controls in general ("player-controls", "video-controls").
var playerClass = lazyCompile(`(?i)^(?:video-js|vjs-.+|jwplayer|jw-.+|.*(?:player|video)[-_]?controls?(?:[-_].*)?)$`)

// adWidgetClass marks the boxes of the recommendation and advertising
// networks many sites embed ("zergnet-widget", "OUTBRAIN", "trc_related_container"
// of Taboola), whose label ("Promoted By …") is no article text.
// The link card WordPress sets in place of another post it embeds
// ("wp-embedded-content", a blockquote holding the post's title as a link)
// is one too.
var adWidgetClass = lazyCompile(`(?i)^(?:zergnet.*|outbrain.*|ob-widget.*|taboola.*|trc_.+|wp-embedded-content)$`)

// isWidget reports whether an element is a control of the page or a
// network's box rather than a part of the article (see widgetRoles,
// playerClass, adWidgetClass), or hidden from readers (hidden, or
// aria-hidden on a control).
func isWidget(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	if widgetRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] {
		return true
	}
	if strings.Contains(strings.ToLower(attr(n, "aria-label")), "player") && attr(n, "role") == "region" {
		return true // "video player"
	}
	class := attr(n, "class")
	if class == "" {
		return false
	}
	for _, c := range strings.Fields(class) {
		if playerClass.MatchString(c) || adWidgetClass.MatchString(c) {
			return true
		}
	}
	return false
}

// caption takes the text of a caption's element as a caption of the
// briefing, with its credit when it names one.
func (w *htmlWalker) caption(n *html.Node) {
	if text := collapseSpace(CleanString(textContent(n))); text != "" {
		w.b.Captions = appendCaption(w.b.Captions, captionOfText(text))
	}
}

// captionOfText reads a caption element's text: its credit when it names
// one ("Media caption …", "… Name/Agency", "… Photo: Jane Roe"), else the
// text alone.
func captionOfText(text string) Caption {
	if c, ok := pasteCaption(text); ok {
		return c
	}
	return Caption{Text: text}
}

// maxPageStampWords is the most words of a date and time stamp ("Updated
// 1:28 AM ET, Mon February 1, 2016").
const maxPageStampWords = 10

// isStamp reports whether an element is the page's date and time stamp
// set apart from the article's text, which the briefing's Published holds:
// a short <time> that is, alone or with other times, the whole text of the
// run of inline text it stands in ("1:39 PM ET"; "22 Dec, 2016 22 Dec,
// 2016", published and modified), but not in a table's cell or an item
// of a list of more than one (a list's dates are its entries').
func isStamp(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Time {
		return false
	}
	text := tidy(textContent(n))
	if text == "" || wordCount(text) > maxPageStampWords {
		return false
	}
	x := n
	for x.Parent != nil && x.Parent.Type == html.ElementNode && !blockLike(elementAtom(x.Parent)) {
		x = x.Parent
	}
	if p := x.Parent; p != nil && (elementAtom(p) == atom.Li && !onlyItem(p) || elementAtom(p) == atom.Td) {
		return false
	}
	var all, times strings.Builder
	add := func(c *html.Node) {
		all.WriteString(textContent(c) + " ")
		times.WriteString(timesText(c) + " ")
	}
	add(x)
	for c := x.PrevSibling; c != nil && !(c.Type == html.ElementNode && blockLike(elementAtom(c))); c = c.PrevSibling {
		add(c)
	}
	for c := x.NextSibling; c != nil && !(c.Type == html.ElementNode && blockLike(elementAtom(c))); c = c.NextSibling {
		add(c)
	}
	return tidy(all.String()) == tidy(times.String())
}

// onlyItem reports whether list item li is the one item of its list with
// text: a list of one date (and its share icons) is the page's stamp set
// as a list (nytimes: "<ul><li><time>Sept. 25, 2018</time></li><li>
// icons</li></ul>" under the standfirst), where a timeline lists many.
func onlyItem(li *html.Node) bool {
	list := li.Parent
	if list == nil || elementAtom(list) != atom.Ul && elementAtom(list) != atom.Ol {
		return false
	}
	n := 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && tidy(textContent(c)) != "" {
			n++
		}
	}
	return n == 1
}

// blockLike reports whether elements of a kind set text apart from the
// text around them.
func blockLike(a atom.Atom) bool {
	return blockElements[a] || headingElements[a] || a == atom.Li || a == atom.Td || a == atom.Th || a == atom.Figure ||
		a == atom.Figcaption || a == atom.Blockquote || a == atom.Pre || a == atom.Br
}

// timesText is the text of the <time> elements under n, joined by spaces.
func timesText(n *html.Node) string {
	var parts []string
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Time {
			parts = append(parts, textContent(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return tidy(strings.Join(parts, " "))
}

// captionClass marks an element that holds a photo's caption or credit:
// "caption", "wp-caption-text", "dnd-caption-wrapper", "image-credit",
// "photo-credit", "attribution", "article_caption_w_attr".
var captionClass = lazyCompile(`(?i)(?:^|[-_])(?:caption|credit|credits|attribution|attr|source_via)(?:$|[-_])`)

// notCaptionClass reports whether a class that names a caption or a
// credit says something else: a post's category or tag ("category-credit",
// a post filed under credit unions), or a text style of a page framework
// ("text-caption", "font-caption", "type-caption").
func notCaptionClass(c string) bool {
	c = strings.ToLower(c)
	for _, p := range []string{"category-", "tag-", "text-", "font-", "type-", "typography-", "is-style-"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// maxCaptionElementWords is the most words an element marked as a caption
// (see captionClass) holds to be read as one: a longer one is article
// text under a class name the site gave it.
const maxCaptionElementWords = 60

// captionElement reports whether an element is a photo's caption or
// credit by its class (see captionClass): short, and holding no block of
// text of another kind (heading, list, quote, code, table) nor a photo
// with other text (a "wp-caption" box holds its image and its caption).
func captionElement(n *html.Node) bool {
	if n.Type != html.ElementNode || headingElements[n.DataAtom] || n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	class := attr(n, "class")
	if class == "" || !strings.ContainsAny(class, "cCaA") {
		return false
	}
	marked := false
	for _, c := range strings.Fields(class) {
		if captionClass.MatchString(c) && !notCaptionClass(c) {
			marked = true
			break
		}
	}
	if !marked {
		return false
	}
	if t := tidy(textContent(n)); startsWithBy(t) || findNode(n, func(c *html.Node) bool { return c.Type == html.ElementNode && c.DataAtom == atom.Time }, nil) != nil {
		return false // a byline and its date set in a "story-credit" box
	}
	if wordCount(tidy(textContent(n))) > maxCaptionElementWords {
		return false
	}
	inner := findNode(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && (headingElements[c.DataAtom] || c.DataAtom == atom.Li ||
			c.DataAtom == atom.Blockquote || c.DataAtom == atom.Pre || c.DataAtom == atom.Table ||
			c.DataAtom == atom.Img || c.DataAtom == atom.Picture || c.DataAtom == atom.Video || c.DataAtom == atom.Cite)
	}, nil)
	if inner != nil {
		return false // (a <cite> names whom a quote is by: "— <cite>Sophie van Dijk</cite>, who researches …")
	}
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if elementAtom(p) == atom.Blockquote {
			return false // a quote's attribution inside it
		}
	}
	// A list item made of a captioned picture's caption alone: the caption
	// is the item's text.
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if elementAtom(p) == atom.Li {
			return tidy(textContent(p)) != tidy(textContent(n))
		}
	}
	return true
}

// boxWords are the words that, as one part of an element's class or id
// ("post-ratings", "article-banner-signup", "share_buttons",
// "related-articles", "comment-list"), name a box a page sets in or around
// its article that holds no article text: a share bar, a rating, a
// newsletter sign-up, a list of related stories, the comments, tags, a
// breadcrumb trail, a donation or subscription pitch, a form's error
// messages.
var boxWords = map[string]bool{
	"share": true, "sharing": true, "shares": true, "sharebar": true, "social": true, "socials": true,
	"newsletter": true, "signup": true, "subscribe": true, "subscription": true,
	"rating": true, "ratings": true, "related": true, "recommended": true, "recommendations": true,
	"comments": true, "comment": true, "breadcrumb": true, "breadcrumbs": true, "tags": true, "tagcloud": true,
	"donate": true, "donation": true, "promo": true, "advert": true, "advertisement": true,
	"error": true, "errors": true, "captcha": true, // a form's messages: "form-field-error", "error-msg"
}

// screenReaderClasses are the classes of text set for screen readers
// only, which a reader never sees ("Opens in a new window"). A plain
// "hidden" class is not one of them: galleries hide their slides with it.
var screenReaderClasses = map[string]bool{
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
}

// isBox reports whether an element's class or id names a box that holds no
// article text (see boxWords), or text for screen readers only (see
// screenReaderClasses).
func isBox(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Article {
		return false
	}
	for _, name := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if screenReaderClasses[name] {
			return true
		}
		if strings.HasPrefix(name, "non-") || strings.HasPrefix(name, "no-") || strings.HasPrefix(name, "not-") {
			continue // "non-paywall", "no-comments"
		}
		for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
			if boxWords[part] {
				return true
			}
		}
	}
	return false
}
