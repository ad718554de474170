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
var adWidgetClass = lazyCompile(`(?i)^(?:zergnet.*|outbrain.*|ob-widget.*|taboola.*|trc_.+)$`)

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
	text := collapseSpace(CleanString(textContent(n)))
	if text == "" {
		return
	}
	c, ok := pasteCaption(text) // "Media caption …", "… Name/Agency"
	if !ok {
		c = Caption{Text: text}
	}
	w.b.Captions = appendCaption(w.b.Captions, c)
}
