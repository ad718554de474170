package briefing

import (
	"bytes"
	"strings"
	"unicode"
)

// agencySlug is the line of desk codes a news agency closes its copy
// with, the initials of its writers and editors in lower case between
// slashes: "tm-nz/jk/rox".
var agencySlug = lazyCompile(`^[a-z]{2,4}(?:-[a-z]{2,4})?(?:/[a-z]{2,4}(?:-[a-z]{2,4})?){2,4}$`)

// agencySign is the sign a news agency's copy closes with, its writer's
// initials before the agency's name: "aja/PAP", "kk/dpa".
var agencySign = lazyCompile(`^[a-z]{2,4}(?:/[a-z]{2,4})*/(?:\p{Lu}{2,6}|dpa|afp|apa|kna|epd|sid|ap)$`)

// bracketedInitials are an editor's initials in brackets under the last
// paragraph, with the agencies after them: "(jd)", "(jd/dpa)".
var bracketedInitials = lazyCompile(`^\([a-z]{2,4}(?:/[a-z]{2,4}){0,3}\)$`)

// articleLeftToRead is a paywall's note of how much of the article is
// left: "Il vous reste 75% de cet article à lire."
var articleLeftToRead = lazyCompile(`(?i)^il vous reste \d+\s?% de cet article à lire\.?$`)

// dpaCode is the code the dpa agency's copy carries under it, with its
// service's name: "© dpa-infocom, dpa:240304-99-123456/2".
var dpaCode = lazyCompile(`^(?:©\s*)?(?:dpa-infocom,\s*)?dpa:\d{6}-\d{2}-\d+/\d+$`)

// pipedFurniture reports whether a line is furniture lines set in a row
// between bars: "Kommentarfeed | Kommentare geschlossen | Trackback-URL".
func pipedFurniture(t string) bool {
	parts := strings.Split(t, " | ")
	for _, p := range parts {
		if k, ok := furniture.exact[furnitureKey(p)]; !ok || k == notFurniture {
			return false
		}
	}
	return len(parts) > 1
}

// counterLine is a gallery counter such as "1 / 5" or "3 of 12".
var counterLine = lazyCompile(`^\d{1,3}\s*(?:/|of)\s*\d{1,3}$`)

// furnitureKind says what a furniture line does to the text around it.
type furnitureKind int

const (
	notFurniture  furnitureKind = iota
	furnitureLine               // drop the line itself
	furnitureCut                // a widget heading: drop it, and cut the rest after the last long paragraph
)

// furnitureRules is the parsed furniture word list.
type furnitureRules struct {
	exact map[string]furnitureKind
	// prefixes are indexed by their first byte, so that a line is compared
	// only with the prefixes that can start it.
	prefixes [256][]string
}

// maxFurnitureWords is the longest line (in words) that can be furniture
// found by a prefix such as "Related:".
const maxFurnitureWords = 30

var furniture = loadFurniture()

func loadFurniture() furnitureRules {
	f := furnitureRules{exact: map[string]furnitureKind{}}
	for _, l := range lexiconLines("furniture.txt") {
		kind, text, _ := strings.Cut(l, " ")
		switch kind {
		case "line":
			f.exact[furnitureKey(text)] = furnitureLine
		case "cut":
			f.exact[furnitureKey(text)] = furnitureCut
		case "prefix":
			if text == "" {
				panic("briefing: empty prefix in furniture.txt")
			}
			f.prefixes[text[0]] = append(f.prefixes[text[0]], text)
		default:
			panic("briefing: bad furniture.txt line: " + l)
		}
	}
	return f
}

// furnitureKey is how a line is looked up in the furniture list: its key
// (see lineKey) without surrounding punctuation, symbols and list numbers.
func furnitureKey(s string) string { return trimKey(lineKey(s)) }

func trimKey(key string) string { return strings.TrimFunc(key, trimmedFromKey) }

// trimmedFromKey tells the runes trimKey removes from the ends of a key.
func trimmedFromKey(r rune) bool {
	return unicode.IsPunct(r) && r != '\'' || unicode.IsSymbol(r) || unicode.IsSpace(r)
}

// maxFurnitureLen bounds the lines looked up whole in the furniture list.
const maxFurnitureLen = 80

// classifyFurniture tells whether a line of the page is site furniture:
// "Advertisement", "Continue reading the main story", "Related: ..." lines,
// or a widget heading such as "Most Popular" (furnitureCut).
func classifyFurniture(line string) furnitureKind { return furnitureOf(newRuleText(line)) }

func furnitureOf(rt ruleText) furnitureKind {
	if rt.words > maxFurnitureWords || len(rt.key) == 0 {
		return notFurniture
	}
	if len(rt.key) <= maxFurnitureLen {
		if k, ok := furniture.exact[string(bytes.TrimFunc(rt.key, trimmedFromKey))]; ok {
			return k
		}
		if head := widgetOnSite(rt.text); head != "" && furniture.exact[furnitureKey(head)] == furnitureCut {
			return furnitureCut // "Trending on Meridian", "Most read in The Herald"
		}
		if len(rt.key) < 16 && counterLine.Match(rt.key) {
			return furnitureLine
		}
		if len(rt.text) < 30 && strings.Count(rt.text, "/") >= 2 && agencySlug.MatchString(rt.text) {
			return furnitureLine
		}
		if len(rt.text) < 30 && strings.IndexByte(rt.text, '/') > 0 && agencySign.MatchString(rt.text) {
			return furnitureLine
		}
		if len(rt.text) < 30 && strings.HasPrefix(rt.text, "(") && bracketedInitials.MatchString(rt.text) {
			return furnitureLine
		}
		if strings.Contains(rt.text, "dpa:") && dpaCode.MatchString(rt.text) {
			return furnitureLine
		}
		if strings.Contains(rt.text, "%") && articleLeftToRead.MatchString(rt.text) {
			return furnitureLine
		}
		if strings.Contains(rt.text, " | ") && pipedFurniture(rt.text) {
			return furnitureLine
		}
	}
	if rt.text != "" && rt.text[0] == '[' && bracketLink.MatchString(rt.text) {
		return furnitureLine // "[Read: …]", a link to another story
	}
	if rt.words <= maxAvatarWords && mayBeImageText(rt.text) && avatarLine.MatchString(rt.text) {
		return furnitureLine // an image's text: "Maya Okafor's avatar", "Cover image for …"
	}
	for _, p := range furniture.prefixes[rt.key[0]] {
		if hasPrefix(rt.key, p) {
			if stampNamesWriter(rt.text) {
				return notFurniture // a byline: "Erstellt am 04.03.2024 von Jane Doe", "Lesezeit: 3 Min. | Jane Doe"
			}
			return furnitureLine
		}
	}
	if rt.words <= 2 && gluedShareBar(rt.text) {
		return furnitureLine // "facebookMessengerwhatsapptwittermailpocket"
	}
	if strings.HasSuffix(rt.text, ")") && fileLink.MatchString(rt.text) {
		return furnitureLine // a link to a file: "Themen: … Download (123 KB)"
	}
	if rt.words <= maxFurnitureWords && commentsOnTitle.MatchString(rt.text) {
		return furnitureLine // "1 Comment on Why the harbour needs a new pier"
	}
	if rt.words <= maxQAStampWords && qaStamp.MatchString(rt.text) {
		return furnitureLine // "asked Feb 6, 2014 at 20:37"
	}
	return notFurniture
}

// stampNamesWriter reports whether a line that opens with a page's stamp
// ("Erstellt am", "Lesezeit:") names the article's writer too, and so is
// its byline: "Erstellt am 04.03.2024 von Jane Doe", "Lesezeit: 3 Min. |
// Jane Doe".
func stampNamesWriter(t string) bool {
	if matchPostedBy(t) != "" {
		return true
	}
	rest, ok := withoutReadingTime(t)
	if !ok {
		return false
	}
	names, more := leadingNames(rest)
	return len(names) > 0 && more == ""
}

// shareBarNames are the names a share bar's buttons carry, in lower case:
// a copy of the bar runs them together when the buttons show no space
// between them.
var shareBarNames = []string{"facebook", "messenger", "whatsapp", "twitter", "email", "mail", "pocket", "pinterest", "linkedin", "xing",
	"reddit", "telegram", "flipboard", "print", "tweet", "share", "copylink", "copy", "link", "sms", "threads", "bluesky", "mastodon",
	"instagram", "youtube", "tiktok"}

// minGluedShareNames is the fewest names of a share bar run together.
const minGluedShareNames = 3

// gluedShareBar reports whether a line is a share bar's buttons run
// together: nothing but their names (see shareBarNames), at least
// minGluedShareNames of them, whatever their case and the marks between
// them ("FacebookTwitterPinterestE-MailWhatsApp").
func gluedShareBar(t string) bool {
	var sb strings.Builder
	for _, r := range strings.ToLower(t) {
		if r >= 'a' && r <= 'z' {
			sb.WriteRune(r)
		} else if unicode.IsLetter(r) {
			return false
		}
	}
	rest, n := sb.String(), 0
	for rest != "" {
		found := false
		for _, name := range shareBarNames {
			if strings.HasPrefix(rest, name) {
				rest, n, found = rest[len(name):], n+1, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return n >= minGluedShareNames
}

// fileLink is a link to a file that closes with its size in brackets, and
// perhaps its kind: "Download (123 KB)", "Jahresbericht 2024 (PDF, 2,4
// MB)".
var fileLink = lazyCompile(`\((?:[A-Za-z]{2,5},?\s*)?\d+(?:[.,]\d+)?\s*(?:[kKMG]B|KiB|MiB|kb|mb)\)$`)

// commentsOnTitle is a post's count of comments with its title, as a
// blog's theme sets it over the post or its comments: "1 Comment on …",
// "12 Kommentare zu …", "3 commentaires sur …". The title opens with a
// capital: a title in quotes is a count over the comments themselves (see
// thoughtsOn), and a line in lower case is the writer's own subheading ("3
// thoughts on what comes next").
var commentsOnTitle = lazyCompile(`^\d+\s+(?i:comments?|responses?|replies|thoughts|kommentare?|antworten|commentaires?|comentarios?|commenti|komentarz[ey]?)\s+(?i:on|to|zu|sur|en|a|su|do)\s+\p{Lu}`)

// qaStamp is the stamp a question-and-answer site sets under a question or
// an answer: "asked Feb 6, 2014 at 20:37", "answered 3 hours ago",
// "edited Mar 1 '19 at 9:12".
var qaStamp = lazyCompile(`^(?:asked|answered|edited|modified)\s+(?:[A-Z][a-z]{2}\s+\d{1,2}(?:,\s*\d{4}|\s+'\d{2})?|\d+\s+\w+\s+ago|today|yesterday)(?:\s+at\s+\d{1,2}:\d{2})?$`)

// maxQAStampWords is the most words of a qaStamp.
const maxQAStampWords = 8

// avatarLine is the text a page gives a writer's picture or an article's
// cover image, which a copy of the page carries as a line: "Maya Okafor's
// avatar", "Avatar for Jane Roe", "Profile picture of Jane Roe", "Cover
// image for Parsing dates …".
var avatarLine = lazyCompile(`(?i)^(?:.{2,60}['’]s (?:avatar|profile (?:picture|photo|image))|(?:avatar|profile (?:picture|photo|image)) (?:for|of) .{2,60}|cover image for .{3,})$`)

// mayBeImageText reports whether a line holds a word of avatarLine's: the
// cheap test before the pattern, which most lines fail.
func mayBeImageText(t string) bool {
	return indexFold(t, "avatar") >= 0 || indexFold(t, "profile ") >= 0 || indexFold(t, "cover image") >= 0
}

// maxAvatarWords is the most words of such a line (the cover image's
// text is the article's title).
const maxAvatarWords = 30

// widgetOnSite returns the widget heading a line names on a site, "on",
// "at" or "in" and the site's name in capitals (up to maxSiteNameWords) ("Trending on Meridian"
// gives "Trending"), or "".
func widgetOnSite(t string) string {
	if !strings.Contains(t, " on ") && !strings.Contains(t, " at ") && !strings.Contains(t, " in ") && !strings.Contains(t, " from ") {
		return "" // the quick test: most lines are read by the furniture rules
	}
	f := strings.Fields(t)
	for i := 1; i+1 < len(f); i++ {
		if w := f[i]; w != "on" && w != "at" && w != "in" && w != "from" || len(f)-i-1 > maxSiteNameWords {
			continue
		}
		for _, n := range f[i+1:] {
			if !unicode.IsUpper(firstRune(n)) && !unicode.IsDigit(firstRune(n)) {
				return ""
			}
		}
		return strings.Join(f[:i], " ")
	}
	return ""
}
