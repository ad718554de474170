package briefing

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The paste rules judge the lines of text copied from a web page in their
// context: what is prose, where the article runs, and what around it and
// inside it is the page's chrome (share bars, menus, players, counters,
// links to other stories, labels) rather than the article.

var (
	pasteUIWords   = lexiconSet("paste_ui.txt")
	pasteUIFillers = lexiconSet("paste_ui_fillers.txt")
)

var (
	// playerLine is video player and gallery text: times, load and
	// progress counters, "1 of 24", "17/50 ...".
	playerLine = lazyCompile(`(?i)^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|(?:loaded|progress|current time|duration|remaining time)\s*:?.{0,20}|(?:comments?|replies|responses)\s*\(\d+(?: posted)?\)|\d{1,3}\s*(?:/|of)\s*\d{1,3}\b.{0,80}|your (?:video|ad) will (?:play|begin|start) in.*|wait \d+ seconds? to continue\.?|\d+(?:[.,]\d+)?\s*[kKmM]?\s*(?:views|comments?|shares|likes|responses|replies|reactions|min read|minutes? read|postings|kommentare|commentaires|comentarios|commenti|kommentarer|reacties)\b.{0,20})$`)
	// bracketLink is a link to another story set in brackets: "[Read: …]".
	bracketLink = lazyCompile(`(?i)^\[(?:read|related|see|watch|listen|more|also)\b.*\]$`)
	// storyLinkTail is a link to another story: a headline, then a bar and
	// a section or site name.
	storyLinkTail = lazyCompile(`\s[|·•]\s\p{Lu}[\p{L}&' ]{1,40}$`)
	// siteLinkTail is a link to another story on another site: a headline,
	// then a dash and the site's name of up to four capitalised words
	// ("… going up - The Daily Harbour", "… – BBC News").
	siteLinkTail = lazyCompile(`\s[-–—]\s(?:The\s)?\p{Lu}[\p{L}.&'’]*(?:\s\p{Lu}[\p{L}.&'’]*){0,3}$`)
)

// indexFold returns where sub (in lower-case ASCII) first stands in s, in
// any case, or -1, without making a lower-case copy of s.
func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		j := 0
		for ; j < n; j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
		}
		if j == n {
			return i
		}
	}
	return -1
}

// playerNotice is what a video player says around its clip: "Now
// watching", "Up next", "Next video starts in 5", "Autoplay: on", "Sorry,
// this video is not available in your region".
var playerNotice = lazyCompile(`(?i)^(?:(?:we['’]re |we are )?sorry[,.!]?\s*)?(?:now (?:playing|watching|showing)|up next|watch next|next video(?: starts| plays)?(?: in \d+(?: seconds?| s)?)?|auto-?play(?:\s*:?\s*(?:on|off))?|(?:this |the )?(?:video|clip|media|content) (?:is )?(?:currently )?(?:(?:not|no longer) (?:available|supported|playable)|unavailable)[^,;]{0,40}|[^,;]{0,40}\bnot available in your (?:region|country|location|area)\b[^,;]{0,20})\W*$`)

// maxPlayerNoticeWords is the most words of a player's notice.
const maxPlayerNoticeWords = 14

// isPlayerNotice reports whether a short line is a video player's notice
// (see playerNotice).
func isPlayerNotice(t string, words int) bool {
	if words > maxPlayerNoticeWords || !opensWith(t, playerNoticeOpeners, playerNoticeSubjects) && !strings.Contains(t, "available") {
		return false
	}
	return playerNotice.MatchString(strings.TrimSpace(t))
}

// playerNoticeOpeners are the first words of a player's notice (see
// playerNotice), bar those that say a video is not available, and
// playerNoticeSubjects what may follow a first "this" or "the".
var (
	playerNoticeOpeners  = []string{"sorry", "we're", "we’re", "we", "now", "up", "watch", "next", "autoplay", "auto-play", "video", "clip", "media", "content"}
	playerNoticeSubjects = []string{"video", "clip", "media", "content"}
)

// opensWith reports whether t opens with one of the words of openers, or
// with "this" or "the" and one of subjects (all in lower case), in any
// case and punctuation aside.
func opensWith(t string, openers, subjects []string) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(t), " ")
	if strings.EqualFold(first, "this") || strings.EqualFold(first, "the") {
		second, _, _ := strings.Cut(rest, " ")
		return wordIn(second, subjects)
	}
	return wordIn(first, openers)
}

// lineIsOneOf reports whether a line, trimmed, is one of lines, in any
// case.
func lineIsOneOf(t string, lines []string) bool {
	t = strings.TrimSpace(t)
	for _, l := range lines {
		if len(l) == len(t) && strings.EqualFold(t, l) {
			return true
		}
	}
	return false
}

// wordIn reports whether w, its closing punctuation aside, is one of words
// (in lower case), in any case.
func wordIn(w string, words []string) bool {
	w = strings.TrimRight(w, ",.:!")
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// pageNotice is what a page says around the article to the reader: the
// article goes on past an advertisement ("Story continues", "Article
// continues below"), or an app is offered ("Download the Harbour News app
// for Apple or Android"), a writer's account ("Follow Jane Doe on
// Twitter") or the site's channel ("Join ST's Telegram channel and …").
var pageNotice = lazyCompile(`(?i)^(?:(?:the )?(?:story|article|text) continues(?: below| after| under)?.{0,30}|continue reading(?: below| the main story| after)?.{0,20}|(?:download|get|install|try) (?:the|our) .{0,40}\bapps?\b.{0,40})$`)

// pageNoticeOpeners are the first words of a page's notice (see
// pageNotice), and pageNoticeSubjects what may follow a first "the".
var (
	pageNoticeOpeners  = []string{"story", "article", "text", "continue", "download", "get", "install", "try", "follow", "join"}
	pageNoticeSubjects = []string{"story", "article", "text"}
)

// socialNetworks are the names of the networks a page's follow and share
// bars link to, without their first letter (which may be a capital or
// not): a plain search finds them.
var socialNetworks = []string{"witter", "acebook", "nstagram", "inkedIn", "ouTube", "lipboard", "ikTok", "interest", "hatsApp", "hreads", "luesky", "astodon"}

// minNetworks is how many networks a line names to be a follow or share
// bar.
const minNetworks = 3

// maxPageNoticeWords is the most words of a page's notice or of a follow
// bar.
const maxPageNoticeWords = 20

// isPageNotice reports whether a short line that is not a sentence is a
// page's notice (see pageNotice) or a follow bar naming several networks
// ("Follow us on Twitter, Facebook and Instagram").
func isPageNotice(t string, words int) bool {
	if words > maxPageNoticeWords {
		return false
	}
	if strings.IndexByte(t, ',') >= 0 {
		// Three networks or more are listed with commas between.
		n := 0
		for _, s := range socialNetworks {
			if strings.Contains(t, s) {
				n++
			}
		}
		if n >= minNetworks {
			return true
		}
	}
	return pageNoticeLine(t)
}

// pageNoticeLine reports whether a line is one of the page's notices by
// its opening words (see pageNotice), whatever its length.
func pageNoticeLine(t string) bool {
	t = strings.TrimSpace(t)
	first, rest, _ := strings.Cut(t, " ")
	switch {
	case strings.EqualFold(first, "follow"):
		// "Follow Jane Doe on Twitter": a network named after "on" or "at"
		on := max(strings.Index(rest, " on "), strings.Index(rest, " at "))
		return on > 0 && on < 40 && containsAnyOf(rest[on:], socialNetworks) || strings.HasPrefix(rest, "us on ")
	case strings.EqualFold(first, "join"):
		// "Join ST's Telegram channel and …"
		return indexFold(rest, "channel") >= 0 && (indexFold(rest, "telegram") >= 0 || indexFold(rest, "whatsapp") >= 0 ||
			indexFold(rest, "signal") >= 0 || indexFold(rest, "viber") >= 0)
	}
	return opensWith(t, pageNoticeOpeners, pageNoticeSubjects) && pageNotice.MatchString(t)
}

// timedHeadline is an entry of a live feed or a news ticker: a time, then
// a headline ("14:44 Accusations de viols : 14 militaires mis en cause").
var timedHeadline = lazyCompile(`^\d{1,2}[:h]\d{2}\s+\p{Lu}`)

// menuSeparators set the entries of a menu apart on one line, a space on
// either side.
var menuSeparators = []string{" ▪ ", " | ", " • ", " · ", " › ", " » "}

// isMenuLine reports whether a line is a menu or a list of links run
// together: at least three separators ("International ▪ Politique ▪
// Société"), with few words between them.
func isMenuLine(t string, words int) bool {
	if barredLinks(t) {
		return true
	}
	if words < 4 {
		return false
	}
	seps := 0
	for _, sep := range menuSeparators {
		seps += strings.Count(t, sep)
	}
	return seps >= 3 && words <= 4*(seps+1) && (seps >= 5 || !sentenceEnds(t))
}

// maxBarredLinkWords is the most words of a link of a row of links run
// together with bars (see barredLinks).
const maxBarredLinkWords = 7

// barredLinks reports whether a line is a row of links that a copy ran
// together with a bar and no space ("Corrections and clarifications|Submit
// a news tip|Report error"): two links or more, each short, opening with a
// capital letter and closing no sentence. Prose sets no bar between words;
// a line of code is no paragraph; a table's row of figures ("Harbour
// FC|10|7") is no row of links.
func barredLinks(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.Contains(t, "|") || strings.HasPrefix(t, "|") || strings.HasSuffix(t, "|") || strings.Contains(t, "||") {
		return false
	}
	glued := false
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '|' && t[i-1] != ' ' && t[i+1] != ' ' {
			glued = true
			break
		}
	}
	if !glued {
		return false
	}
	parts := strings.Split(t, "|")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if w := wordCount(p); w == 0 || w > maxBarredLinkWords || sentenceEnds(p) || !unicode.IsUpper(firstRune(p)) {
			return false
		}
	}
	return len(parts) >= 2
}

// maxPitchSentenceWords is the longest paragraph, in words, read for a
// page's pitch to its reader (see readerPitch).
const maxPitchSentenceWords = 40

// pitchTerms are what a page pitches to its reader: its newsletters, its
// app, its subscriptions, its journalism.
var pitchTerms = []string{"newsletter", "inbox", "subscribe", "subscription", "subscriber", "sign up", "sign-up", "signing up",
	"the app", "our app", "download", "alerts", "notifications", "podcast", "membership", "premium", "free trial", "unlimited",
	"support us", "our journalism", "our reporting", "our coverage", "donate", "donation", "register", "log in", "account",
	"follow us", "stories like this", "straight to your", "delivered to your", "email us", "contact us", "get in touch", "call us",
	"news tip", "a story to share", "our newsroom", "our news team", "our reporters"}

// secondPerson are the words that address the reader.
var secondPerson = []string{"you", "your", "you're", "you've", "you’re", "you’ve", "yours"}

// readerPitch reports whether a paragraph is the page's pitch to its
// reader: it speaks to the reader ("you", "your") in the page's voice
// ("our", "us", "we", or "straight to your inbox"), quotes nobody, and
// names two things a page pitches or more (see pitchTerms): "Get the
// harbour's best stories straight to your inbox: sign up for our
// newsletter."
func readerPitch(t string) bool {
	if indexFold(t, "you") < 0 || strings.ContainsAny(t, "\"“”«»") {
		return false // most paragraphs do not speak to the reader: the cheap test first
	}
	if !addressesReader(t) {
		return false
	}
	voice := indexFold(t, "straight to your") >= 0 || indexFold(t, "delivered to your") >= 0
	for _, w := range strings.Fields(t) {
		voice = voice || wordIn(strings.Trim(w, "(,.;:!?"), sitePersons)
	}
	if !voice {
		return false // advice to the reader ("you can download the app"), not the page's pitch
	}
	n := 0
	for _, p := range pitchTerms {
		if indexFold(t, p) >= 0 {
			n++
		}
	}
	return n >= 2
}

// newsletterWords name a newsletter; newsletterAsks ask the reader for it
// at the start of a sentence or a clause; newsletterVoice are the words a
// site offers its own newsletter with.
var (
	newsletterWords = []string{"newsletter", "nieuwsbrief"}
	newsletterAsks  = []string{"sign up", "subscribe to", "get our", "get the", "iscriviti", "inscrivez-vous", "abonnez-vous", "suscríbete",
		"suscribite", "melden sie sich", "meld je aan", "assine", "recevez", "recibí", "recibe", "ricevi", "receba", "abonneer", "prenumerera", "tilaa"}
	newsletterVoice = []string{"our newsletter", "this weekly newsletter", "this daily newsletter", "our free newsletter"}
)

// newsletterPitch reports whether a short paragraph is a site's offer of
// its newsletter: it names a newsletter, quotes nobody, reports nothing,
// and asks for it at the start of a sentence or a clause ("Get our local
// newsletter, delivered free each Friday", "Sign up here.") or speaks of it
// as the site's own ("… in this weekly newsletter"). A news paragraph about
// a newsletter ("Sign-ups to the newsletter rose by 40 per cent") does
// neither.
func newsletterPitch(t string) bool {
	if !strings.Contains(t, "ewsletter") && !strings.Contains(t, "ieuwsbrief") && !strings.Contains(t, "EWSLETTER") {
		return false // the quick test first: most paragraphs name no newsletter
	}
	if !containsFold(t, newsletterWords) || strings.ContainsAny(t, "\"“”«»") || reports(t) {
		return false
	}
	if containsFold(t, newsletterVoice) {
		return true
	}
	for _, clause := range strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ':' || r == '!' || r == '?' }) {
		if opensWithPhrase(strings.TrimSpace(clause), newsletterAsks, " ") {
			return true
		}
	}
	return false
}

// containsFold reports whether t holds one of subs, in any case.
func containsFold(t string, subs []string) bool {
	for _, sub := range subs {
		if indexFold(t, sub) >= 0 {
			return true
		}
	}
	return false
}

// sitePersons are the words a page speaks of itself with in its pitch.
var sitePersons = []string{"our", "us", "we", "we're", "we’re", "we've", "we’ve"}

// maxPromptWords is the most words of a page's prompt (see uiPrompt).
const maxPromptWords = 6

// promptVerbs open the prompts a page sets beside an article, in the
// imperative: "Save", "Listen to this article", "Follow the topics in this
// article".
var promptVerbs = []string{"save", "share", "print", "follow", "listen", "subscribe", "sign", "download", "click", "tap", "register",
	"log", "enter", "submit", "copy", "open", "close", "show", "hide", "skip", "watch", "explore", "discover", "shop", "buy", "get",
	"join", "read", "view", "see", "continue", "gift", "send", "email", "tweet", "pin", "bookmark", "leave", "manage", "enable",
	"allow", "accept", "report", "contact", "visit", "browse", "unlock", "upgrade", "support", "donate"}

// promptNouns are what a page's prompts are about: the page and its parts
// and services, never the article's subject.
var promptNouns = []string{"article", "articles", "page", "story", "stories", "newsletter", "newsletters", "email", "app", "comments",
	"comment", "topics", "topic", "link", "video", "videos", "audio", "podcast", "gallery", "photos", "site", "feed", "alerts", "updates",
	"notifications", "account", "subscription", "offer", "reading", "post", "piece", "author", "authors", "profile", "more",
	"this", "it", "transcript", "edition", "print", "settings", "preferences", "us"}

// uiPrompt reports whether a short line that is not a sentence is one of
// the page's prompts: an imperative of promptVerbs alone ("Save"), or
// followed by words of which one is a promptNouns ("Share this", "Listen
// to article (2 minutes)", "Follow the topics in this article"). A
// subheading that opens with such a verb speaks of the article's subject
// ("Follow the money", "Share prices", "Watch list").
func uiPrompt(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || endsSentence(strings.TrimRight(t, "!")) {
		return false
	}
	f := strings.Fields(t)
	if !wordIn(f[0], promptVerbs) || !startsCapital(firstRune(f[0])) {
		return false
	}
	if len(f) == 1 {
		return true
	}
	for _, w := range f[1:] {
		if wordIn(strings.Trim(w, "()[]"), promptNouns) {
			return true
		}
	}
	return false
}

// isListMarker reports whether a line is a screen reader's marker of an
// entry of a list of links: "list 1 of 4".
func isListMarker(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) < 20 && strings.HasPrefix(strings.ToLower(t), "list ") && stampLine.MatchString(t)
}

// maxStampWords is the most words of a line that pageStamp reads.
const maxStampWords = 8

// stampLine is a page's small print around an article that no list of
// words catches: a screen reader's list markers ("list of 4 items", "list
// 1 of 4"), a time stamp without a date ("Updated 5:47 p.m. ET", "2 hours
// ago", "hace 3 horas", "I dag kl. 08.31"), a reading time ("— 6 min
// read", "Reading time: 4 minutes", "4 min čtení").
var stampLine = lazyCompile(`(?i)^(?:list of \d+ items?|list \d+ of \d+|(?:updated|published|posted|modified|last updated)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?\.?|(?:[—–•·|-]\s*)?(?:ca\.?\s*|approx\.?\s*|etwa\s+|~\s*|noch\s+|jeszcze\s+|encore\s+)?\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuty|minut)\.?(?: (?:read|čtení|czytania|lesezeit|de lecture|di lettura|de lectura|de leitura|leestijd|läsning|lesetid|læsetid|lukuaika))?|\d+\s*(?:dk|menit|perc)\.? (?:okuma|baca|olvasás)|(?:(?:opdateret|oppdatert|uppdaterad|publiceret|publisert|publicerad)\s+)?(?:i dag|i går|idag|igår)\s*(?:kl\.?)?\s*\d{1,2}[:.]\d{2}|this article is more than \d+ years? old\.?|(?:reading time|read time|lesedauer|lesezeit|temps de lecture|lecture|tiempo de lectura|lectura|tempo de leitura|leitura|tempo di lettura|lettura|lesetid|lästid|læsetid|lukuaika|leestijd|czas czytania|doba čtení)\s*:?\s*(?:ca\.?\s*|etwa\s+)?\d+\s*min(?:ute)?s?\.?(?:utos|uten)?\.?|(?:(?:updated|published|posted)\s+)?\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|hace\s+\d+\s+(?:minutos?|horas?|días?)|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|vor\s+\d+\s+(?:minuten?|stunden?|tagen?))$`)

// pageStamp reports whether a short line is a page's small print (see
// stampLine) or a row of hashtags ("#beginners #career").
func pageStamp(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	tags := true
	for _, f := range strings.Fields(t) {
		tags = tags && len(f) > 1 && f[0] == '#'
	}
	if tags {
		return true
	}
	return strings.IndexFunc(t, unicode.IsDigit) >= 0 && stampLine.MatchString(t)
}

// relativeDayTime is a page's stamp of the day, today or yesterday, in the
// languages of the sites, with the time: "Today 06:00", "Dzisiaj 06:00",
// "Heute, 06:00 Uhr", "Ayer a las 18:30".
var relativeDayTime = lazyCompile(`^(?i:today|yesterday|dzisiaj|wczoraj|heute|gestern|hoy|ayer|aujourd'hui|aujourd’hui|hier|oggi|ieri|hoje|ontem|vandaag|gisteren|idag|igår|i dag|i går|dnes|včera|tänään|eilen|bugün|dün|hari ini|kemarin)[,\s]+(?i:at |à |um |a las |alle |às |om |kl\.? |o |klo )?\d{1,2}[:.h]\d{2}(?:\s*(?i:uhr|h|am|pm|a\.m\.|p\.m\.))?$`)

// keepLiveStamps keeps the stamps of the day (see relativeDayTime) that
// a live blog sets over each of its entries ("Today 06:00" over one,
// "Today 05:30" over the next): a page's own stamp stands once, under its
// byline, and leaves it.
func keepLiveStamps(blocks []block, info []pasteInfo) {
	var stamps []int
	for i, bl := range blocks {
		if dayStamp(bl.text, info[i].words) {
			stamps = append(stamps, i)
		}
	}
	if len(stamps) < 2 {
		return
	}
	for _, i := range stamps {
		info[i].chrome, info[i].kind = false, notChrome
	}
}

// maxDayStampWords is the most words of a stamp of the day with its time:
// "Ayer a las 18:30 h".
const maxDayStampWords = 5

// dayStamp reports whether a line of the given words is a stamp of the
// day with its time (see relativeDayTime).
func dayStamp(t string, words int) bool {
	return words <= maxDayStampWords && relativeDayTime.MatchString(strings.TrimSpace(t))
}

// liveCoverage is what a link to a site's live coverage says: "Africa
// Live updates from Kenya", "Live blog: the vote", "As it happened".
var liveCoverage = lazyCompile(`(?i)\blive (?:updates|coverage|blog)\b|\bas it happened\b`)

// maxLiveLinkWords is the most words of a link to live coverage.
const maxLiveLinkWords = 8

// breadcrumbSeparators set apart the places of a breadcrumb trail.
var breadcrumbSeparators = []string{" > ", " › ", " / ", " » ", " ▸ "}

// maxBreadcrumbWords is the most words of a breadcrumb trail, and
// maxCrumbWords of each of its places.
const (
	maxBreadcrumbWords = 12
	maxCrumbWords      = 3
)

// isBreadcrumb reports whether a short line that is not a sentence is a
// breadcrumb trail: three places or more set apart by one separator, each
// of up to three words and opening with a capital ("Home > News >
// Harbour").
func isBreadcrumb(t string, words int) bool {
	if words > maxBreadcrumbWords || sentenceEnds(t) || !containsAnyOf(t, breadcrumbSeparators) {
		return false
	}
	for _, sep := range breadcrumbSeparators {
		parts := strings.Split(strings.TrimSpace(t), sep)
		if len(parts) < 3 {
			continue
		}
		crumbs := true
		for _, p := range parts {
			f := strings.Fields(p)
			crumbs = crumbs && len(f) > 0 && len(f) <= maxCrumbWords && startsCapital(firstRune(p))
		}
		if crumbs {
			return true
		}
	}
	return false
}

// shopPrice is a shop's offer set into a review: "$19.99 at Amazon",
// "£249 from Harbour Store"; priceMarks are the currency signs it opens
// with.
var (
	shopPrice  = lazyCompile(`^(?:US|AU|CA)?[$£€]\s?\d[\d,.]*\s+(?:at|from|on|@)\s+\p{Lu}.{0,40}$`)
	priceMarks = []string{"$", "£", "€"}
)

// containsAnyOf reports whether t holds one of subs. For marks outside
// ASCII it is much cheaper than strings.ContainsAny, which decodes t rune
// by rune: each search here runs over the bytes at once.
func containsAnyOf(t string, subs []string) bool {
	for _, s := range subs {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// storyLinkMarks and siteLinkDashes are the marks that set a link's
// section or site apart from its headline.
var (
	storyLinkMarks = []string{"|", "·", "•"}
	siteLinkDashes = []string{" - ", " – ", " — "}
)

// Limits of the paste rules.
const (
	// proseWords is the fewest words of a prose paragraph that ends a
	// sentence; longProseWords makes any paragraph prose.
	proseWords     = 8
	longProseWords = 25
	// maxChromeWords is the most words a line of page chrome has.
	maxChromeWords = 12
	// maxGapWords is the most words of chrome that may sit between two
	// paragraphs of the article's run of prose.
	maxGapWords = 20
	// headerWindow is how many blocks before the article's first paragraph
	// are searched for its byline.
	headerWindow = 30
)

// pasteInfo is what the paste rules know of one block.
type pasteInfo struct {
	words  int
	prose  bool // a paragraph of running text
	chrome bool // a short line of the page's controls, labels or links
	kind   chromeKind
	furn   furnitureKind // what the furniture list says of it
	// tight: the block stands on the line right after the one before it
	// (see textBlocks), as the items of a list do.
	tight bool
	// linkRun: a line of a run of links to other stories over the
	// article's byline (see markLinkRuns), dropped wherever it stands;
	// neither prose nor chrome, it neither makes nor breaks the article's
	// run of prose.
	linkRun bool
}

// isProse reports whether a paragraph is running text: long, or a
// sentence of some length.
func isProse(t string, words int) bool {
	if cjkRunes(t) > 0 {
		// No capitals to count, and a headline may run long: a sentence
		// end makes prose.
		return words >= proseWords && sentenceEnds(t) || words >= 3*longProseWords
	}
	if uncasedScript(t) {
		// Arabic, Hebrew, Devanagari, Thai: no capitals either.
		return words >= proseWords && sentenceEnds(t) || words >= longProseWords
	}
	return latinProse(t, words)
}

// uncasedScript reports whether most letters of t are of a script
// without capitals (other than Chinese, Japanese and Korean, which
// cjkRunes counts): Arabic, Hebrew, Devanagari, Thai.
func uncasedScript(t string) bool {
	letters, uncased := 0, 0
	for _, r := range t {
		if r < 0x80 {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				letters++
			}
		} else if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) && !unicode.IsLower(r) {
				uncased++
			}
		}
		if letters >= maxScriptLetters && (2*uncased > letters || uncased == 0) {
			break // the first letters of a line tell its script, unless it mixes them
		}
	}
	return letters > 0 && 2*uncased > letters
}

// maxScriptLetters is how many letters of a line uncasedScript reads.
const maxScriptLetters = 64

// latinProse is isProse for a line in a script with capitals.
func latinProse(t string, words int) bool {
	return words >= longProseWords || words >= proseWords && sentenceEnds(t) && lowerShare(t) >= 0.3
}

// introducesWhatFollows reports whether a line is a sentence that ends
// with a colon, as prose does before a list, a table or a code block
// ("The most active committers are:"), where a label's colon follows a
// word or two ("Related:").
func introducesWhatFollows(t string, words int) bool {
	return words >= proseWords && strings.HasSuffix(t, ":") && lowerShare(t) >= 0.6
}

// cjkPerWord is how many Chinese, Japanese or Korean characters count as
// one word: these scripts do not put spaces between words.
const cjkPerWord = 2

// pasteWordCount counts the words of a pasted line, cjkPerWord characters
// of Chinese, Japanese or Korean counting as a word.
func pasteWordCount(t string) int {
	n := wordCount(t)
	if c := cjkRunes(t); c > 0 {
		n += c / cjkPerWord
	}
	return n
}

// cjkRunes counts the Chinese, Japanese and Korean characters of t.
func cjkRunes(t string) int {
	n := 0
	for i := 0; i < len(t); {
		if t[i] < 0xE2 {
			i++ // a byte of a character below U+2000
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			n++
		}
		i += size
	}
	return n
}

// sentenceEnds reports whether t ends as a sentence ends, in any script
// (see endsSentence and endsCJKSentence).
func sentenceEnds(t string) bool { return endsSentence(t) || endsCJKSentence(t) }

// startsCapital reports whether r can open a headline: a capital, a digit,
// or a letter of a script without capitals (Chinese, Japanese, Korean,
// Arabic, Hebrew, Devanagari, Thai).
func startsCapital(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsLetter(r) && !unicode.IsLower(r) && r >= 0x0370
}

// minCJKStops is how many paragraphs must end with "。" for a paste to be
// taken for one that ends its sentences so.
const minCJKStops = 3

// cjkStops reports whether at least minCJKStops blocks end as a sentence
// ends in Chinese, Japanese or Korean.
func cjkStops(blocks []block) bool {
	n := 0
	for _, bl := range blocks {
		if strings.Contains(bl.text, "。") && endsCJKSentence(bl.text) {
			if n++; n >= minCJKStops {
				return true
			}
		}
	}
	return false
}

// endsCJKSentence reports whether t ends with a Chinese or Japanese full
// stop, question or exclamation mark, closing brackets aside.
func endsCJKSentence(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, "）") {
		// A credit or an aside after the last sentence: "…上。（编译/林靖东）".
		if open := strings.LastIndex(t, "（"); open > 0 {
			t = strings.TrimSpace(t[:open])
		}
	}
	t = strings.TrimRight(t, "」』）)”")
	return strings.HasSuffix(t, "。") || strings.HasSuffix(t, "！") || strings.HasSuffix(t, "？")
}

// lowerShare is the share of a line's words that start with a lower-case
// letter: high in sentences, low in title-case labels and names.
func lowerShare(t string) float64 {
	n, lower := 0, 0
	start := true // at the start of a word, before its letters
	for _, r := range t {
		switch {
		case unicode.IsSpace(r):
			start = true
		case !start:
		case strings.ContainsRune("\"'“‘(¿¡", r):
			// an opening mark: the word starts after it
		default:
			start = false
			if unicode.IsLetter(r) {
				n++
				if unicode.IsLower(r) {
					lower++
				}
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(lower) / float64(n)
}

// playerOpeners are the first words of player and counter lines.
var playerOpeners = []string{"loaded", "progress", "current", "duration", "remaining", "comment", "replies", "responses", "your ", "wait "}

// mayBePlayer is the cheap test before playerLine: a digit first, or one of
// its opening words.
func mayBePlayer(t string) bool {
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	l := strings.ToLower(t[:min(len(t), 10)])
	for _, w := range playerOpeners {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// chromeKind says how surely a line is the page's chrome.
type chromeKind uint8

const (
	notChrome    chromeKind = iota
	weakChrome              // a title-case label: chrome unless prose follows it
	strongChrome            // controls, counters, dates, links to other stories
)

// cjkShareNoun is a control word that is also a word of running text in
// Japanese: "シェア", a market's share, set alone as an article's
// subheading. Alone on its line it is a weak label, as before the control
// words of scripts without capitals were strong ("シェアする" is the button).
const cjkShareNoun = "シェア"

// maxShortNoticeWords is the most words of a page's notice that may end
// as a sentence ("Follow Jane Doe on Twitter.", "Continue reading.").
const maxShortNoticeWords = 8

// chromeOf tells whether a short line that is not a sentence is the page's
// chrome: only control words, a player or gallery counter, a lone number, a
// date, a link to another story (strong), or a short title-case label
// (weak: it may also be a heading or the name of an item).
func chromeOf(t string, words int, furn furnitureKind) chromeKind {
	if reproductionNotice(t, words) {
		return strongChrome // "All rights reserved. This material may not be reproduced …"
	}
	if pageScript(t) {
		return strongChrome // "window._taboola = window._taboola || []; …"
	}
	if words > maxChromeWords*2 {
		return notChrome
	}
	if !hasLetter(t) || mayBePlayer(t) && playerLine.MatchString(t) || furn != notFurniture || isPlayerNotice(t, words) || (!sentenceEnds(t) || words <= maxShortNoticeWords) && isPageNotice(t, words) {
		return strongChrome
	}
	if !sentenceEnds(t) && containsAnyOf(t, storyLinkMarks) && storyLinkTail.MatchString(t) || isMenuLine(t, words) || timedHeadline.MatchString(t) && !sentenceEnds(t) ||
		isBreadcrumb(t, words) || words <= maxChromeWords && containsAnyOf(t, priceMarks) && shopPrice.MatchString(strings.TrimSpace(t)) ||
		!sentenceEnds(t) && words <= maxLiveLinkWords && (indexFold(t, "live") >= 0 || indexFold(t, "happened") >= 0) && liveCoverage.MatchString(t) ||
		words <= maxStampWords && pageStamp(t) || words <= maxPromptWords && uiPrompt(t) {
		return strongChrome
	}
	if words >= 6 && !sentenceEnds(t) && containsAnyOf(t, siteLinkDashes) && siteLinkTail.MatchString(t) && unicode.IsUpper(firstRune(t)) {
		return strongChrome // "Why the ferry fares are going up - The Daily Harbour"
	}
	if !lineDate(t).IsZero() && (words <= 16 && otherThanDateWords(t) <= 2 || !sentenceEnds(t) && lowerShare(t) < 0.5 && endsWithDate(t)) {
		return strongChrome // a date line, or a story's headline with its date
	}
	if isTagList(t) {
		return strongChrome // "Tech, Donald Trump, facebook, Fact Check, fake news"
	}
	if dayStamp(t, words) {
		return strongChrome // "Dzisiaj 06:00", "Yesterday at 18:30", "Heute, 06:00 Uhr"
	}
	if words <= 3 && namesADomain(t) {
		return strongChrome // a site's name as its link or logo shows it: "SMARTASSET.COM"
	}
	if words <= maxCopyrightWords && copyrightLine(t) {
		return strongChrome // "Copyright Harbour News Limited 2023. All rights reserved."
	}
	if words <= maxSourceLineWords && !sentenceEnds(t) && isSourceLine(t) {
		return strongChrome // a chart's "Source: Congressional Budget Office"
	}
	if words >= 4 && words <= maxChromeWords && cutShort(t) {
		return strongChrome // a headline cut short: "23 things every reader…"
	}
	if cjkRunes(t) > 0 && !sentenceEnds(t) && words <= 2*maxChromeWords {
		if allUIWords(t) && strings.TrimSpace(t) != cjkShareNoun {
			return strongChrome // "シェアする", a share button
		}
		return weakChrome // a label or a link in a script without capitals
	}
	if !sentenceEnds(t) && (linkByItsMarks(t) || labelledLink(t)) {
		return strongChrome
	}
	if words > maxChromeWords || sentenceEnds(t) {
		return notChrome
	}
	if allUIWords(t) || t[0] == '[' && bracketLink.MatchString(t) || isLinkLine(t, words) {
		return strongChrome
	}
	if words <= 6 && lowerShare(t) <= 0.34 {
		return weakChrome
	}
	return notChrome
}

// linkLabels lead a link to another story on its line: "Related Story:
// Ferry fares rise again", "Lire aussi : …". (A line that ends as a
// sentence after one is the article's; labels that also open subheadings,
// "Plus:", "Up next:", "Further reading:", are not among them.)
var linkLabels = []string{"go deeper:", "must read:", "see more:", "related story:", "related article:", "related video:", "related content:", "next story:", "previous story:", "next article:", "previous article:", "lire aussi", "à voir aussi", "a voir aussi", "voir aussi", "leia também:", "lesen sie auch", "auch interessant:", "ver también:", "lea también:"}

// labelledLink reports whether a line opens with one of linkLabels, any
// case, followed by a space or a colon.
func labelledLink(t string) bool { return opensWithPhrase(strings.TrimSpace(t), linkLabels, " :") }

// opensWithPhrase reports whether t opens with one of phrases, in any
// case, followed by one of the bytes of after.
func opensWithPhrase(t string, phrases []string, after string) bool {
	for _, p := range phrases {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) && strings.IndexByte(after, t[len(p)]) >= 0 {
			return true
		}
	}
	return false
}

// linkByItsMarks reports whether a short line is a link to another story
// by its marks (the caller checks that it is no sentence): its reading time
// after it ("Ferry fares rise again 3 min read").
func linkByItsMarks(t string) bool {
	if len(t) < 4 || !strings.EqualFold(t[len(t)-4:], "read") {
		return false // the quick test first: most lines end otherwise
	}
	f := strings.Fields(t)
	return len(f) > 3 && strings.EqualFold(f[len(f)-1], "read") && readingTime(strings.Join(f[len(f)-3:], " ")) && !containsAnyOf(t, storyLinkMarks)
}

// maxCopyrightWords is the most words of a site's copyright line.
const maxCopyrightWords = 16

// copyrightLine reports whether a short line is a site's copyright notice:
// it names the copyright ("©", "Copyright") and ends "All rights
// reserved".
func copyrightLine(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	l := strings.ToLower(t)
	return strings.HasSuffix(l, "all rights reserved") && (strings.Contains(t, "©") || strings.Contains(l, "copyright"))
}

// pageScriptMarks are what the scripts of a page's ads and trackers call,
// as a copy brings them along when a page shows a script's text: the
// page's own globals and the ad networks' queues.
var pageScriptMarks = []string{"window.", "document.", "googletag.", "dataLayer.", "_taboola", "adsbygoogle", "fbq(", "gtag(", "OBR.", "_qevents"}

// pageScript reports whether a line is a script of the page's, not prose:
// a statement in code's shape (see codeShaped) that calls on the page's
// globals or an ad network's queue.
func pageScript(t string) bool {
	return strings.ContainsAny(t, "=(") && containsAnyOf(t, pageScriptMarks) && codeShaped(t) && !sentenceLine(t)
}

// maxReproductionNoticeWords is the most words of a site's notice that
// its material may not be reproduced.
const maxReproductionNoticeWords = 60

// reproductionTerms are what a site's rights notice forbids.
var reproductionTerms = []string{"may not be reproduced", "may not be published", "may not be copied", "may not be republished", "redistributed", "without prior written permission", "without the prior written permission", "without prior express written permission"}

// copyrightClaim opens a notice that claims the copyright with its year
// or sign: "Copyright 2025 The Associated Press", "Copyright © Example".
// ("Copyright holders argue …" opens a sentence of a story.)
var copyrightClaim = lazyCompile(`^(?i:copyright)\s*(?:©|\([cC]\)|\d{4})`)

// reproductionNotice reports whether a paragraph is a site's notice of its
// rights, long as it may run: it claims the copyright ("©", "All rights
// reserved", or "Copyright" first with a year or "©") and forbids
// reproducing the material ("This material may not be published,
// broadcast, rewritten or redistributed.").
func reproductionNotice(t string, words int) bool {
	if words > maxReproductionNoticeWords {
		return false
	}
	l := strings.ToLower(t)
	if !strings.Contains(l, "all rights reserved") && !copyrightClaim.MatchString(strings.TrimSpace(t)) && !strings.Contains(t, "©") {
		return false
	}
	return containsAnyOf(l, reproductionTerms)
}

// minTags is the fewest entries of a list of tags on one line.
const minTags = 5

// maxSourceLineWords is the most words of a chart's source line.
const maxSourceLineWords = 12

// isSourceLine reports whether a line names the source of a chart or a
// table: "Source: …", "Sources: …", "Fuente: …", "Quelle: …".
func isSourceLine(t string) bool {
	head, _, ok := strings.Cut(t, ":")
	if !ok || len(head) > 8 {
		return false
	}
	head = strings.TrimSpace(head)
	for _, w := range sourceWords {
		if strings.EqualFold(head, w) {
			return true
		}
	}
	return false
}

// sourceWords open the line that names a chart's source.
var sourceWords = []string{"source", "sources", "fuente", "fuentes", "quelle", "quellen", "fonte", "fontes", "bron"}

// isTagList reports whether a line is a list of tags or topics: at least
// minTags entries split by commas, none of more than three words, some in
// lower case (a list of names, "Cast: Tom Hanks, Meg Ryan, …", is all
// capitals), and no sentence end.
func isTagList(t string) bool {
	if strings.Count(t, ",") < minTags-1 || sentenceEnds(t) {
		return false
	}
	lower := false
	for _, e := range strings.Split(t, ",") {
		if n := wordCount(e); n == 0 || n > 3 {
			return false
		}
		lower = lower || unicode.IsLower(firstRune(strings.TrimSpace(e)))
	}
	return lower
}

// cutShort reports whether a line ends with an ellipsis run into its last
// word ("… des années 2000…"): a link's title cut to fit a box, where a
// sentence that trails off leaves it after its last word's punctuation or
// a space.
func cutShort(t string) bool {
	t = strings.TrimSpace(t)
	var body string
	switch {
	case strings.HasSuffix(t, "…"):
		body = strings.TrimSuffix(t, "…")
	case strings.HasSuffix(t, "..."):
		body = strings.TrimSuffix(t, "...")
	default:
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxCaptionUnderCreditWords is the most words of a caption set under
// its credit (see captionUnderCredit): a news article's first sentence is
// most often longer.
const maxCaptionUnderCreditWords = 14

// captionUnderCredit reports whether blocks[i], on the line right under a
// photo's credit, is the photo's caption, the credit set first: one
// sentence of at most maxCaptionUnderCreditWords words, set apart from
// what follows by a blank line, in a paste that has blank lines.
func captionUnderCredit(blocks []block, info []pasteInfo, i, last int) bool {
	t := strings.TrimSpace(blocks[i].text)
	return info[i].tight && !info[i].chrome && info[i].words >= 3 && info[i].words <= maxCaptionUnderCreditWords && i < last && !info[i+1].tight &&
		strings.HasSuffix(t, ".") && !strings.Contains(t, ". ") && blocks[i].kind == paragraph
}

// captionApartUnderCredit reports whether blocks[i], one short sentence set
// apart under a photo's credit in the article's head, is that photo's
// caption, the credit set first: "Javier Zarracina/Vox" over "The best
// features, biggest stories, and news making moments of 2017 in one
// place." It holds in a paste with blank lines, under a credit of a name
// and an outlet joined by a slash, over the article's first paragraph,
// twice as long at least (a first paragraph of one short sentence under
// such a credit is a known misreading; under "Photo: …" it stays).
func captionApartUnderCredit(blocks []block, info []pasteInfo, i, last int, lineUnderLine bool) bool {
	t := strings.TrimSpace(blocks[i].text)
	return !lineUnderLine && !info[i].tight && i > 0 && slashNameCredit(strings.TrimSpace(blocks[i-1].text)) && i < last && !info[i+1].tight && info[i+1].prose && info[i+1].words >= 2*info[i].words &&
		info[i].words >= 4 && info[i].words <= maxCaptionUnderCreditWords && strings.HasSuffix(t, ".") && !strings.Contains(t, ". ") &&
		blocks[i].kind == paragraph && !strings.ContainsAny(t, "\"“”")
}

// agencyUnderByline reports whether next, the line under a byline that
// opens with "By", is the news agency the writer files for ("By JANE DOE"
// over "Associated Press"), not a photo's credit, or the writer's role
// ("By Jane Doe" over "Business Correspondent"), not a subheading.
func agencyUnderByline(byline, next string) bool {
	if !startsWithBy(byline) || strings.Contains(byline, "/") {
		return false
	}
	n := strings.TrimSpace(next)
	return wordCount(n) <= 3 && isCreditWord(n) || wordCount(n) <= maxRoleUnderBylineWords && namesRole(n) && !sentenceEnds(n) && startsCapital(firstRune(n))
}

// maxRoleUnderBylineWords is the most words of a writer's role on the
// line under a "By" byline ("Business Correspondent", "Senior Reporter,
// Health").
const maxRoleUnderBylineWords = 5

// isDateLine reports whether a line is a date or a time with at most two
// other words ("posted on April 21, 2015, at 11:29 a.m."): not prose, even
// when it ends with a full stop.
func isDateLine(t string, words int) bool {
	return words <= 16 && hasYear(t) && !lineDate(t).IsZero() && otherThanDateWords(t) <= 2
}

// isChrome reports whether a line is chrome of either kind.
func isChrome(t string, words int) bool {
	return chromeOf(t, words, classifyFurniture(t)) != notChrome
}

// dateWords are the words a date line holds besides numbers.
var dateWords = map[string]bool{
	"am": true, "pm": true, "a.m": true, "p.m": true, "utc": true, "gmt": true, "et": true, "est": true, "edt": true,
	"pst": true, "pdt": true, "cet": true, "cest": true, "bst": true, "updated": true, "published": true, "posted": true,
	"modified": true, "last": true, "on": true, "at": true, "of": true, "de": true, "le": true, "am.": true,
	// the same in French, Spanish, German and Italian
	"publié": true, "modifié": true, "mis": true, "à": true, "jour": true, "publicado": true, "actualizado": true, "el": true,
	"a": true, "las": true, "veröffentlicht": true, "aktualisiert": true, "um": true, "uhr": true, "pubblicato": true,
	"aggiornato": true, "il": true, "alle": true, "ore": true,
	// a change's stamp in German, Portuguese and Spanish: "Zuletzt geändert
	// am", "Stand:", "atualizado em", "modificado el"
	"zuletzt": true, "geändert": true, "stand": true, "atualizado": true, "postado": true, "em": true, "modificado": true,
}

// letterCount is the number of letters in w.
func letterCount(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// otherThanDateWords counts the words with letters of a line that are not
// part of how a date or time is written ("Updated", "PM", "UTC", months,
// weekdays).
func otherThanDateWords(t string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return unicode.IsSpace(r) || r == '/' || r == '|' || r == ',' || r == '·' || r == '•'
	}) {
		w = strings.Trim(w, ".,:;()-–—")
		if !hasLetter(w) || dateWords[w] || isWeekday(w) || len(w) >= 3 && monthNames[w[:3]] != 0 && len(w) <= 9 || localMonths[w] != 0 {
			continue
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 && letterCount(w) <= 3 {
			continue // "10:00pm", "2:15pm", "2026년"
		}
		n++
	}
	return n
}

// endsWithDate reports whether a line closes with a date ("… JULY 26, 2016").
func endsWithDate(t string) bool {
	loc := pasteDate.FindAllStringIndex(t, -1)
	return len(loc) > 0 && loc[len(loc)-1][1] == len(strings.TrimRight(t, " ."))
}

// allUIWords reports whether every word of t is a control word or a number
// (the short words between them aside: see pasteUIFillers), one at least.
func allUIWords(t string) bool {
	found := false
	sep := func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == ',' || r == '(' || r == ')' }
	for len(t) > 0 {
		i := strings.IndexFunc(t, func(r rune) bool { return !sep(r) })
		if i < 0 {
			break
		}
		t = t[i:]
		j := strings.IndexFunc(t, sep)
		if j < 0 {
			j = len(t)
		}
		w := strings.TrimFunc(t[:j], func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }) // "<>More"
		t = t[j:]
		if w == "" || strings.IndexFunc(w, unicode.IsLetter) < 0 {
			continue
		}
		w = elided(w) // "l'article"
		if pasteUIFillers[strings.ToLower(w)] {
			continue // "la" in "Voir la galerie"
		}
		if !pasteUIWords[w] && !pasteUIWords[strings.ToLower(w)] {
			return false // most lines stop at their first word
		}
		found = true
	}
	return found
}

// elided gives a word without the article or pronoun elided before it
// ("l'article", "d'image", "qu'on"), as French and Italian write them.
func elided(w string) string {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || i > 2 {
		return w
	}
	switch strings.ToLower(w[:i]) {
	case "l", "d", "s", "j", "m", "t", "n", "c", "qu":
		_, size := utf8.DecodeRuneInString(w[i:])
		return w[i+size:]
	}
	return w
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// Limits of a story card (see markCards).
const (
	maxCardTeaserWords = 45
	maxCardTitleWords  = 20
	minCards           = 2
)

// markCards marks the cards of other stories as chrome: a headline-shaped
// line followed by one short teaser paragraph, at least minCards of them
// in a row ("More stories" boxes, front-page lists). An article's own
// sections run to more than one short paragraph.
func markCards(blocks []block, info []pasteInfo, lineUnderLine bool) {
	card := func(i int) bool {
		if i+1 >= len(blocks) || info[i].prose || info[i].kind == strongChrome || blocks[i].kind == tableRow {
			return false
		}
		t := strings.TrimSpace(blocks[i].text)
		r := firstRune(strings.TrimLeft(t, "\"'“‘«¿¡"))
		if info[i].words < 3 || info[i].words > maxCardTitleWords || sentenceEnds(t) || strings.HasSuffix(t, ":") ||
			!unicode.IsUpper(r) && !unicode.IsDigit(r) || !info[i+1].prose || info[i+1].words > maxCardTeaserWords {
			return false
		}
		if _, ok := pasteCaption(t); ok {
			return false
		}
		_, byline := pasteByline(t, blocks[i+1].text)
		return !byline
	}
	total := proseTotal(info, 0, len(info)-1)
	for i := 0; i < len(blocks); {
		j, n := i, 0
		for j < len(blocks) && card(j) {
			j += 2
			n++
			if k := cardFooter(blocks, info, j); k > j && k < len(blocks) && card(k) {
				j = k // the card's author, kicker and photo credit, then the next card
			}
		}
		if n >= minCards && !amidProse(blocks, info, i, j) && !(n == minCards && articleGoesOn(blocks, info, i, j, lineUnderLine)) &&
			!mostOfTheProse(info, i, j, total) && !numberedSections(blocks, info, i, j) {
			from := i
			if n == minCards && articleHeadCard(blocks, info, i, j, total) {
				from = cardFooter(blocks, info, i+2) // the article's head stays; the box under it goes
			}
			for k := from; k < j; k++ {
				info[k] = pasteInfo{words: info[k].words, chrome: true, kind: strongChrome, furn: info[k].furn}
			}
		}
		i = max(j, i+1)
	}
}

// numberedSections reports whether the "cards" from i to j (not included)
// are a listicle's first or last sections: their titles carry the numbers
// 1, 2, 3… in turn, and the article's next section, a subheading over
// prose, goes on with the next number ("4. Nicki Case Haulman" under "3.
// Charlotte Jones Anderson"), or its last one before them ends with the
// number before theirs. A box of other stories numbers its own.
func numberedSections(blocks []block, info []pasteInfo, i, j int) bool {
	first, prev := 0, 0
	for k := i; k < j; k++ {
		if info[k].prose {
			continue
		}
		n := itemNumber(blocks[k].text)
		if n == 0 || prev > 0 && n != prev+1 {
			return false
		}
		if first == 0 {
			first = n
		}
		prev = n
	}
	if prev == 0 {
		return false
	}
	if sectionAt(blocks, info, j) && itemNumber(blocks[j].text) == prev+1 {
		return true
	}
	for k := i - 1; k > 0 && first > 1; k-- {
		if !info[k].prose {
			return itemNumber(blocks[k].text) == first-1 && info[k+1].prose
		}
	}
	return false
}

// itemNumber is the number a line opens with as an item of a numbered
// list, "4. " or "4) ", or "3.Charlotte" with no space before a capital;
// 0 when it opens with none.
func itemNumber(t string) int {
	t = strings.TrimSpace(t)
	n, i := 0, 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		n = n*10 + int(t[i]-'0')
		i++
	}
	if i == 0 || i+1 >= len(t) || t[i] != '.' && t[i] != ')' {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t[i+1:]); r != ' ' && !unicode.IsUpper(r) {
		return 0
	}
	return n
}

// articleHeadCard reports whether the first of the two cards from i to j
// (not included) is the article's own head: its headline and standfirst
// over its byline and date, the second a box the page sets under it ("Why
// We Wrote This" over its one paragraph), and most of the paste's prose,
// the article, right after them.
func articleHeadCard(blocks []block, info []pasteInfo, i, j, total int) bool {
	footer := cardFooter(blocks, info, i+2)
	if footer == i+2 || proseTotal(info, j, len(info)-1)*2 <= total || !intoProse(info, j) {
		return false
	}
	for k := i + 2; k < footer; k++ {
		if isDateLine(blocks[k].text, info[k].words) {
			return true
		}
	}
	return false
}

// captionOverCredit reports whether the last block kept, out's last, is
// the caption of the credit at blocks[i]: a paragraph of some length on
// the line right above it, or a line that is not a sentence set apart
// between the page's controls and the credit ("Listen to this article",
// 'A meeting in the hall: "Nobody asked us"', "Photo: Jane Roe"), or a
// short paragraph over a credit in brackets set apart ("(Bild: Hersteller)").
func captionOverCredit(out, blocks []block, info []pasteInfo, i, first int) bool {
	k := len(out) - 1
	if k < 0 || i <= first || out[k].text != blocks[i-1].text || out[k].kind != paragraph || info[i-1].words > maxCaptionWords/2 {
		return false
	}
	return info[i].tight || i >= 2 && captionAmongControls(blocks, info, i-1) || creditAloneInBrackets(blocks[i].text)
}

// creditAloneInBrackets reports whether a line is a photo's credit alone in
// brackets, led by a credit's word: "(Bild: Hersteller)", "(Photo: Jane
// Roe/Reuters)". Set apart from the caption above it, the brackets still
// tie it to that line. An agency alone in brackets ("(dpa)") is the source
// of the paragraphs above, not a photo's credit.
func creditAloneInBrackets(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(t[1:]), " ")
	if !wordIn(strings.TrimRight(first, ":"), creditMarkWords) {
		return false
	}
	c, ok := pasteCaption(t)
	return ok && c.Text == "" && c.Credit != ""
}

// captionAmongControls reports whether block j, over a credit, is its
// caption set apart under the page's controls: a line that is not a
// sentence, of a caption's length, under a line of chrome.
func captionAmongControls(blocks []block, info []pasteInfo, j int) bool {
	return j >= 1 && blocks[j].kind == paragraph && !info[j].prose && info[j].words >= 3 && info[j].words <= maxCaptionWords/2 &&
		info[j-1].chrome && !info[j-1].prose
}

// Bounds of a pull quote (see dropPullQuotes), in words.
const (
	minPullQuoteWords = 6
	maxPullQuoteWords = 40
)

// pullQuoteReach is how many blocks before and after a pull quote its
// paragraph is looked for: a page sets a pull quote near the paragraph it
// is taken from, and a wider search would cost a long paste a time
// squared in its length.
const pullQuoteReach = 12

// dropPullQuotes marks in drop the pull quotes among the article's blocks
// from first to last: a short paragraph in quote marks whose words, the
// marks aside, stand as whole words inside a longer paragraph of the
// article within pullQuoteReach blocks, which a page sets apart in large
// type. An article's own short paragraph said again inside a longer one
// (a refrain, a question answered, a line of verse) has no quote marks of
// its own, and a quote that names its speaker is the article's.
// Paragraphs said twice whole are left to the repeat rules.
func dropPullQuotes(blocks []block, info []pasteInfo, first, last int, drop []bool) {
	keys := map[int]string{} // the keys of the prose paragraphs, made once
	key := func(j int) string {
		k, ok := keys[j]
		if !ok {
			k = pullQuoteKey(blocks[j].text)
			keys[j] = k
		}
		return k
	}
	for i := first; i <= last; i++ {
		if drop[i] || info[i].words < minPullQuoteWords || info[i].words > maxPullQuoteWords || blocks[i].kind != paragraph ||
			!opensQuote(blocks[i].text) || !wholeQuote(blocks[i].text) && reports(blocks[i].text) {
			continue // (a quote with its speaker, "… ," she said, is the article's)
		}
		k := " " + key(i) + " "
		// The quote's longest word, as written, which its paragraph must
		// hold: a cheap test before the paragraph's key is made.
		probe := longestWord(blocks[i].text)
		for j := max(first, i-pullQuoteReach); j <= min(last, i+pullQuoteReach); j++ {
			if j == i || !info[j].prose || info[j].words <= info[i].words || !strings.Contains(blocks[j].text, probe) {
				continue
			}
			if l := " " + key(j) + " "; len(l) > len(k)*3/2 && strings.Contains(l, k) {
				drop[i] = true
				break
			}
		}
	}
}

// wholeQuote reports whether a paragraph is one quotation and nothing
// else, a quote mark at each of its two ends and none between:
// “Everyone told us night trains were dead”, ‘We will not move’. A
// reporting verb in it is the quote's, not a speaker's.
func wholeQuote(t string) bool {
	t = strings.TrimSpace(t)
	const marks = "\"“”«»„‘’"
	l, m := utf8.DecodeRuneInString(t)
	r, n := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(marks, l) || !strings.ContainsRune(marks, r) || len(t) <= m+n {
		return false
	}
	inner := t[m : len(t)-n]
	if l == '‘' {
		inner = strings.ReplaceAll(inner, "’", "") // an apostrophe inside: ‘We won’t move’
	}
	return !strings.ContainsAny(inner, "\"“”«»„‘")
}

// longestWord is the longest run of letters in s (the first of them on a
// tie), or "".
func longestWord(s string) string {
	best, start := "", -1
	for i, r := range s + " " {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && i-start > len(best) {
			best = s[start:i]
		}
		start = -1
	}
	return best
}

// opensQuote reports whether a paragraph opens with a quote mark.
func opensQuote(t string) bool {
	r := firstRune(strings.TrimSpace(t))
	return r == '"' || r == '“' || r == '«' || r == '„' || r == '»'
}

// pullQuoteKey is a paragraph's words in lower case, without quote marks
// and with other punctuation set apart as spaces, for finding a pull quote
// inside the paragraph it is taken from word by word.
func pullQuoteKey(t string) string {
	t = strings.Map(func(r rune) rune {
		switch {
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			return -1
		case r == '’' || r == '‘' || r == '\'':
			return '\''
		case unicode.IsPunct(r):
			return ' '
		}
		return unicode.ToLower(r)
	}, t)
	return collapseSpace(t)
}

// maxOutletCreditWords is the most words of a photographer's credit
// naming the outlet the photo was taken for.
const maxOutletCreditWords = 8

// creditForOutlet reports whether a short line is one name, opening with a
// common given name, and the outlet the photo was taken for, "Jane Doe for
// Harbour News": a photographer's credit among the paragraphs of an
// article whose own byline is already above.
func creditForOutlet(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.Contains(t, " for ") || wordCount(t) > maxOutletCreditWords || sentenceEnds(t) {
		return false
	}
	names, rest := leadingNames(t)
	outlet, ok := strings.CutPrefix(rest, "for ")
	if len(names) != 1 || !ok || !startsCapital(firstRune(outlet)) || lowerShare(outlet) > 0.34 {
		return false
	}
	first, _, _ := strings.Cut(names[0], " ")
	return givenNames()[strings.ToLower(first)] // a person's name, not "Setting Expectations for Monitoring"
}

// mostOfTheProse reports whether the blocks from i to j (not included)
// hold more than half of the paste's prose words (total): an article in
// short sections, each a subheading over one paragraph, rather than story
// cards beside an article.
func mostOfTheProse(info []pasteInfo, i, j, total int) bool {
	return proseTotal(info, i, j-1)*2 > total
}

// amidProse reports whether the blocks from i to j (not included) stand
// right between two paragraphs of prose, or between a paragraph and the
// next section (see sectionAt): photos with their captions set between an
// article's paragraphs, or the article's short sections, each a subheading
// over one paragraph, rather than story cards, which a label or the page's
// chrome sets apart.
func amidProse(blocks []block, info []pasteInfo, i, j int) bool {
	return i > 0 && info[i-1].prose && j < len(info) && (info[j].prose || sectionAt(blocks, info, j))
}

// sectionAt reports whether a section of the article starts at block j: a
// line that looks like a subheading over a paragraph of prose.
func sectionAt(blocks []block, info []pasteInfo, j int) bool {
	return j+1 < len(info) && info[j+1].prose && !info[j].prose && looksLikeHeading(strings.TrimSpace(blocks[j].text))
}

// tightShare is the share of blocks set line under line above which a
// paste is taken for one copied without blank lines, where a block set
// right under another says nothing of their kinship.
const tightShare = 0.8

// mostlyTight reports whether most blocks of a paste stand right under
// the one before (see tightShare).
func mostlyTight(info []pasteInfo) bool {
	n := 0
	for _, in := range info {
		if in.tight {
			n++
		}
	}
	return len(info) > 0 && float64(n) >= tightShare*float64(len(info))
}

// (Two "cards" right under a paragraph of prose, with no label between,
// are the article's last two short sections, a subheading over a
// paragraph each: story cards come under a label, or more of them.)

// intoProse reports whether the blocks before j run straight into a
// paragraph of prose at j that more prose follows. Two "cards" that do,
// their teasers set apart as paragraphs are (not tight under their
// titles), are the article going on: a section of it (a subheading over a
// paragraph) after a box of one link ("À lire aussi" over a headline, then
// the article's next paragraph). Cards after the article run into one
// paragraph of the page's at most (its "about us").
func intoProse(info []pasteInfo, j int) bool { return j < len(info) && info[j].prose }

// maxSectionTitleWords is the most words of a short section's subheading
// that two "cards" right under a paragraph may have to be the article's
// (story cards' headlines run longer).
const maxSectionTitleWords = 6

// articleGoesOn reports whether the two "cards" from i to j are the
// article going on rather than other stories: right under a paragraph of
// prose with no label between, their titles short as subheadings are; or
// running into a paragraph of prose (see intoProse), their teasers set
// apart as paragraphs are (or in a paste without blank lines, where
// nothing is set apart), under the article's prose, a sentence of its
// that leads on with a colon, or a box of one link ("À lire aussi") with
// the article going on, but not under a label of their own ("From our
// newsroom", "Elsewhere in the city:").
func articleGoesOn(blocks []block, info []pasteInfo, i, j int, lineUnderLine bool) bool {
	if i == 0 {
		return false
	}
	k := i - 1
	for k > 0 && info[k].furn == furnitureLine && intoProse(info, j) {
		k-- // past an "Advertisement" between the article and them, when the article goes on after them
	}
	above := strings.TrimSpace(blocks[k].text)
	sectionTitle := func(k int) bool { return info[k].words <= maxSectionTitleWords || numberedHead(blocks[k].text) }
	if info[k].prose && sectionTitle(i) && sectionTitle(i+2) {
		return true
	}
	if !intoProse(info, j) || info[i+1].tight && !lineUnderLine {
		return false
	}
	if info[k].prose || strings.HasSuffix(above, ":") && leadsOn(above) {
		return true // under the article's prose, or a sentence of its that leads on: "The panel's main proposals are these:"
	}
	// Under a widget's label ("À lire aussi"), only when the article goes
	// on past the paragraph they run into; a box's cards run into the
	// page's "about us" at most. (The label may stand over links of its
	// own before them: "Noticias relacionadas" over two headlines, the
	// second run into the article's next paragraph in a paste without
	// blank lines.)
	label := i - 1
	for n := 0; n < maxLinksOverCards && label > 0 && info[label].furn == notFurniture && !info[label].prose && info[label].words <= maxCardTitleWords; n++ {
		label--
	}
	return info[label].furn != notFurniture && j+1 < len(info) && (info[j+1].prose || j+2 < len(info) && info[j+2].prose)
}

// maxLinksOverCards is the most links under a widget's label that
// articleGoesOn looks past for the label over what seem story cards.
const maxLinksOverCards = 3

// minLeadOnWords is the fewest words of a sentence in lower case that
// leads on to a list with a colon ("The panel made two main proposals:");
// a box's label is shorter ("Elsewhere in the city:") or in title case
// ("Also on The Harbour Times:").
const minLeadOnWords = 5

// boxLabelWords are words of the labels of boxes of other stories, which
// a sentence of the article's that leads on to its sections does not use;
// boxLabelPhrases are phrases of them.
var (
	boxLabelWords   = []string{"stories", "articles", "headlines"}
	boxLabelPhrases = []string{"you might also", "you may also", "interested in"}
)

// boxLabel reports whether a line holds one of boxLabelWords as a word of
// its own, or one of boxLabelPhrases.
func boxLabel(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if wordIn(strings.Trim(w, ".,:;!?"), boxLabelWords) {
			return true
		}
	}
	return containsFold(t, boxLabelPhrases)
}

// verbWords are verbs that make a shorter line with a colon a sentence
// that leads on ("It recommends two changes:").
var verbWords = []string{"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "include", "includes",
	"included", "says", "said", "shows", "show", "made", "found", "finds", "recommends", "proposes", "lists", "know"}

// leadsOn reports whether a line that ends with a colon is a sentence of
// the article's that leads on to what follows, not a box's label.
func leadsOn(t string) bool {
	if boxLabel(t) {
		return false // "More stories from around the region:", "You might also be interested in:"
	}
	if wordCount(t) >= minLeadOnWords && lowerShare(t) >= 0.5 {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if wordIn(strings.Trim(w, ".,:;!?"), verbWords) {
			return true
		}
	}
	return false
}

// maxCardFooter is how many short lines may close a story card: its
// author, the next card's kicker, "Photo", its credit.
const maxCardFooter = 4

// cardFooter returns where the lines that close a story card at blocks[j]
// end: short lines that are not prose, among them a byline ("By Jane
// Doe"); j when there are none or no byline among them.
func cardFooter(blocks []block, info []pasteInfo, j int) int {
	k, byline := j, false
	for ; k < len(blocks) && k-j < maxCardFooter && !info[k].prose && info[k].words <= maxCardTitleWords/2; k++ {
		if !hasBylinePrefix(blocks[k].text) {
			continue
		}
		if _, ok := pasteByline(blocks[k].text, nextText(blocks, k)); ok && startsWithBy(blocks[k].text) {
			byline = true
		}
	}
	if !byline {
		return j
	}
	return k
}

// judgePasteLine works out what the paste rules know of one block by
// itself, before its context. stops says whether the paste ends its
// sentences in Chinese, Japanese or Korean with full stops ("。"): a
// blog written in lines without them has its prose in lines that do not
// end as sentences.
func judgePasteLine(bl block, stops bool) pasteInfo {
	w := pasteWordCount(bl.text)
	prose := isProse(bl.text, w)
	if !stops && !prose && cjkRunes(bl.text) > 0 {
		prose = w >= proseWords // a text in lines, without full stops
	}
	in := pasteInfo{words: w, prose: prose && !isDateLine(bl.text, w) && !isMenuLine(bl.text, w) && !isPlayerNotice(bl.text, w) && !reproductionNotice(bl.text, w)}
	if w <= maxFurnitureWords {
		in.furn = classifyFurniture(bl.text)
	}
	if !in.prose && bl.kind != tableRow {
		in.kind = chromeOf(bl.text, w, in.furn)
		if in.kind == notChrome && w <= maxChromeWords && stampsOnly(bl.text) {
			in.kind = strongChrome // "• 2d • 3 min read"
		}
		in.chrome = in.kind != notChrome
	}
	return in
}

// relativeAge is how long ago a page says it was published, alone: "2d",
// "3h", "5 min ago", "2 days ago".
var relativeAge = lazyCompile(`(?i)^\d{1,3}\s*(?:s|m|h|d|w|mo|y|mins?|hrs?|days?|hours?|minutes?|weeks?|months?)(?:\s+ago)?$`)

// stampsOnly reports whether a line is made only of a page's stamps set
// apart by dots, bars or bullets: a reading time, a count, an age
// ("• 2d • 3 min read").
func stampsOnly(t string) bool {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '•' || r == '·' || r == '|' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && !pageStamp(p) && !readingTime(p) && !relativeAge.MatchString(p) {
			return false
		}
	}
	return true
}

// pasteRules keeps the article of a pasted page: the longest run of prose
// (see articleRun), with the headings, lists and quotes inside it, and the
// byline and captions found around its start. Outside the run everything
// goes; inside it the page's chrome goes (see isChrome), as do short lines
// repeated elsewhere in the paste and headings that no prose follows. The
// blocks kept are written over the start of blocks.
func pasteRules(b *Briefing, blocks []block, tight []bool) []block {
	info := make([]pasteInfo, len(blocks))
	stops := cjkStops(blocks)
	inChunks(len(blocks), parallelVerdicts, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			info[i] = judgePasteLine(blocks[i], stops)
			info[i].tight = i < len(tight) && tight[i]
		}
	})
	lineUnderLine := mostlyTight(info) // a paste without blank lines: no block is set apart
	markCards(blocks, info, lineUnderLine)
	markSourcedLinks(blocks, info)
	markControlStretches(blocks, info)
	markVideoCards(blocks, info, lineUnderLine)
	markWatchCards(blocks, info, lineUnderLine)
	markChartLabels(blocks, info, lineUnderLine)
	markIntroducedLists(blocks, info)
	markLabelledLinks(blocks, info)
	markLinkRuns(blocks, info, b.Title)
	keepLiveStamps(blocks, info)
	if titleOverCookieNotice(blocks, info) {
		info[0].prose, info[0].chrome, info[0].kind = false, true, strongChrome // the banner's text, under its heading
	}
	seen := map[string]int{}
	for i, bl := range blocks {
		if info[i].words <= maxChromeWords && !info[i].prose {
			seen[lineKey(bl.text)]++
		}
	}
	// A heading is a heading when prose follows it, chrome aside; then it
	// is not chrome, unless it is made of control words or counters.
	for i := len(blocks) - 1; i >= 0; i-- {
		bl := &blocks[i]
		if info[i].prose || bl.kind == tableRow || bl.kind == listItem || bl.kind == codeBlock {
			continue // a block of code is no label, however short ("x = 1" over "y = 2")
		}
		follows := info[i].kind != strongChrome && (proseFollows(info, i) || introductionFollows(blocks, info, i)) &&
			info[i].furn == notFurniture && !controlsFollow(info, i)
		if follows {
			// A label before prose names what follows: kept, as a heading
			// when it looks like one.
			info[i].chrome, info[i].kind = false, notChrome
		}
		if follows && looksLikeHeading(bl.text) && !captionShaped(bl.text, info[i].words) {
			bl.kind = heading
		} else if bl.kind == heading {
			bl.kind = paragraph
		}
	}
	first, last := articleRun(blocks, info)
	if first < 0 {
		return blocks
	}
	last = cutAtWidget(blocks, info, first, last)
	runStart := first
	first = pastNotices(blocks, info, first, last)
	titleAt := -1        // the article's first block when it is the headline
	headAt := -1         // the block the headline was taken from, over the page's menus
	bylineBelow := false // the article's byline stands among its opening lines
	opened, site := b.Title, mastheadSource(b.Title, blocks)
	underOpened := blocks[0].text // the line under the paste's first (out, built in blocks, writes over it)
	defer func() {
		if b.Title != opened && b.Source == "" {
			b.Source = site // the site's name over its menu, given up for the headline
		}
	}()
	if head := headlineWithoutSite(b.Title, blocks, first); head != b.Title {
		b.Title = head // the page's title over the whole page: its headline stands above the article
	} else {
		from := bylineNear(blocks, info, first, last)
		bylineBelow = from > first
		h := headlineAbove(blocks, info, from) // the headline nearest the article's byline or first paragraph
		if first > runStart && blocks[first].kind == heading && headlineAt(blocks, info, first) && (h < 0 || h < runStart-maxHeadLines) {
			// The headline under a notice the run of prose opened with,
			// when no headline stands right above the notice (under one,
			// the line is the article's first subheading).
			h, titleAt = first, first
		}
		if h < 0 && from < first && proseTotal(info, from+1, first-1) == 0 && !startsWithBy(blocks[from].text) && (from == 0 || !isBylinePrefix(blocks[from-1].text)) {
			// A blog's writer's name and date over the headline. (Under a
			// "By", on the name's line or alone over it, a line over the
			// article is the lead photo's caption or the issue's label.)
			h = headlineAbove(blocks, info, first)
		}
		if proseHeadlineOverDek(blocks, info, first, from) {
			h, titleAt = first, first
		}
		if titleIsChrome(b.Title) && !shortHeadlineOverDek(b.Title, blocks, h, from, first) || titleOverCookieNotice(blocks, info) || titleOverMenu(b.Title, blocks, info, h) || headlineOverByline(blocks, info, h, from, first) || titleUnsaidBelow(b.Title, blocks, info, h) || postUnderDate(b.Title, blocks, info, h) ||
			sectionLabelOverHeadline(b.Title, blocks, info, h, from) {
			// A page pasted whole opens with its menus: the headline is the
			// title-shaped line nearest above the article.
			if u := headlineUnderLabel(blocks, info, from); u >= 0 {
				b.Title, headAt = blocks[u].text, u // the headline right under a label, over a short head
			} else if h >= 0 {
				headAt = h
				if titleAt < 0 {
					headAt = headlineOverDek(blocks, info, h, from)
				}
				b.Title = blocks[headAt].text
			}
		}
		if titleAt >= 0 && b.Title != blocks[titleAt].text {
			titleAt = -1
		}
	}
	// The lines right next to the run that are not chrome belong to it: a
	// source line before the first paragraph, a closing line after the
	// last ("To see it in action, watch below:", the author's note).
	first = growEdge(blocks, info, first, -1)
	for first < last && questionLink(blocks, info, first) {
		first++
	}
	last = growEdge(blocks, info, last, 1)
	// The box that sums the article up under its label ("Summary" over
	// three short sentences), over the byline, is the standfirst: read as
	// the article's opening, or among the lines above it.
	sf, next := summaryBox(blocks, info, first, last)
	if sf != "" {
		first = next
	} else {
		sf = summaryAbove(blocks, info, first)
	}
	if sf != "" && b.Standfirst == "" {
		b.Standfirst = sf
	}
	drop, last := widgetDrops(blocks, info, seen, first, last)
	dropPullQuotes(blocks, info, first, last, drop)
	out := blocks[:0]
	var kept keptWords // the words of out, for sentencesAfterLinks
	entries := personEntries(blocks, info, max(0, first-headerWindow), last, b.Title)
	if first > 0 && entries[first-1] {
		first-- // the first entry's name heads the article's first paragraph
	}
	// Around the start: the byline, its date and the captions.
	authors, strength := b.Authors, 0
	if len(authors) > 0 {
		strength = bylineRank(3, false)
	}
	bylineAt := -1 // the byline above the article, when one is found
	// (A byline above the headline, when the article's own stands among
	// its opening lines, is the page's: a menu's entry, a story card's, an
	// author's box. Else a column's writer may stand over its headline.)
	start := max(0, first-headerWindow)
	if headAt >= 0 && bylineBelow {
		start = max(start, headAt+1)
	}
	for i := start; i < first; i++ {
		bl := blocks[i]
		if bl.kind == tableRow || info[i].linkRun {
			continue // a table's row is no byline, caption nor date: "1 Pck. | Dr. Oetker Backhefe"; nor a link to another story
		}
		if sharesTheTitle(bl.text, b.Title) {
			continue // a share button that names the article: "Share The 21 best movies of 2017"
		}
		if info[i].furn == notFurniture && inCaptionBox(blocks, info, i) {
			// A caption's text or credit among its buttons, never the
			// byline: "Wes Amundsen for NPR" under "toggle caption".
			b.Captions = appendCaption(b.Captions, boxCaption(bl.text))
			continue
		}
		if info[i].furn != notFurniture {
			continue // "Related Topics" names no author
		}
		if names, ok := pasteByline(bl.text, nextText(blocks, i)); ok && !menuEntry(blocks, info, i) && (!saidAbove(blocks, i) || dateOrHandle(strings.TrimSpace(nextText(blocks, i)))) { // (not "Climate Change" over "Business" in a menu)
			// The first of the surest bylines: one with "By" before one
			// with a role or a handle, before a name with a date (the
			// shape of a story card's, or of a site's name).
			all := namesOnTheLineAbove(blocks, info, i, namesPastFollow(blocks, i, names))
			st := bylineRank(bylineStrength(bl.text, nextText(blocks, i)), underOtherHeadline(blocks, info, i, b.Title))
			end := i
			if st > strength || len(all) > len(names) && st == strength {
				// (The names on the line above, taken alone first, give
				// way to them with the byline's.)
				var more []string
				more, end = coAuthorsBelow(blocks, info, i)
				authors, strength, bylineAt = append(all, more...), st, i
			} else if st == strength && slices.Equal(all, authors) {
				bylineAt = i // the same names again, over the article's date: the site's header named its writer first
			}
			if b.Published.IsZero() {
				b.Published = lineDate(bl.text)
			}
			if bylineUsesNext(bl.text, nextText(blocks, i)) {
				if b.Published.IsZero() {
					b.Published = lineDate(nextText(blocks, i))
				}
				i++
			}
			i = max(i, end)
			continue
		}
		if names, ok := namesOnByline(bl.text, prevText(blocks, i), nextText(blocks, i), nextText(blocks, i+1), underTheHeadline(blocks, i, b.Title)); ok && !entries[i] {
			// As sure as a name with a date (the first of them stands),
			// unless under another story's headline.
			if st := bylineRank(1, underOtherHeadline(blocks, info, i, b.Title)); strength < st {
				more, end := coAuthorsBelow(blocks, info, i)
				authors, strength, bylineAt = append(names, more...), st, i
				i = max(i, end)
			}
			continue
		}
		if i == first-1 && b.Standfirst == "" && lineDate(bl.text).IsZero() && unfinishedDekUnderHeadline(blocks, info, i, last, b.Title) {
			b.Standfirst = collapseSpace(bl.text) // the headline's standfirst without its full stop, over the article's first paragraph
			continue
		}
		if b.Published.IsZero() && (info[i].words <= maxChromeWords || isDateLine(bl.text, info[i].words)) {
			b.Published = lineDate(bl.text) // (a date with its update: "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm")
		}
		if i+1 < first && creditedAfterChrome(blocks, info, i, lineUnderLine, bylineAt >= 0) {
			b.Captions = appendCaption(b.Captions, overCredit(blocks, i))
			i++
			continue
		}
		if i > 0 && bylineAt == i-1 && agencyUnderByline(blocks[i-1].text, bl.text) {
			continue
		}
		if c, ok := sourceOverCaption(blocks, i, last); ok {
			b.Captions, drop[i+1] = appendCaption(b.Captions, c), true
			i++
			continue
		}
		if c, ok := pasteCaption(bl.text); ok {
			if c.Text == "" && c.Credit != "" && i+1 <= last && (captionUnderCredit(blocks, info, i+1, last) || captionApartUnderCredit(blocks, info, i+1, last, lineUnderLine)) {
				c.Text, drop[i+1] = collapseSpace(blocks[i+1].text), true // the credit set over its caption
				i++
			} else if c.Text == "" && c.Credit != "" && i >= start+2 && captionAmongControls(blocks, info, i-1) {
				c.Text = collapseSpace(blocks[i-1].text) // the caption over its credit, under the page's buttons
			}
			b.Captions = appendCaption(b.Captions, c)
		} else if labelsCaption(blocks, info, i) || i == first-1 && captionUnderByline(blocks, info, i) || overItsCredit(blocks, info, i) {
			b.Captions = appendCaption(b.Captions, Caption{Text: bl.text})
		}
	}
	// bylineAt is the article's date line, no byline above the article:
	// the one paragraph under the date and over a byline set apart from it
	// is still the standfirst (under a name on the line right under it, it
	// is the article's lead: "Residents backed the ban …" over "Lena
	// Marsh").
	dateForByline := false
	if bylineAt < 0 {
		// No byline: the article's date line ("Mar 3rd 2023 |
		// BRENNØYSUND") sets the standfirst apart as well.
		for i := max(0, first-headerWindow); i < first && bylineAt < 0; i++ {
			if info[i].words <= maxChromeWords && !lineDate(blocks[i].text).IsZero() {
				bylineAt, dateForByline = i, true
			}
		}
	}
	if bylineAt >= 0 && b.Standfirst == "" {
		if j := dekOver(blocks, info, bylineAt, b.Title); j >= 0 {
			b.Standfirst = collapseSpace(blocks[j].text)
		}
	}
	// A story card's byline found above the article gives way to a byline
	// among its opening lines.
	weakAuthors := len(b.Authors) == 0 && strength <= 1
	// With a byline above the article, a name for an outlet among its
	// paragraphs ("Jane Doe for Harbour News") credits a photo.
	bylineAbove := strength > 1
	if len(b.Authors) == 0 {
		b.Authors = authors
	}
	proseBefore := 0    // prose paragraphs kept so far
	openingByline := -1 // the strength of the byline taken among the opening lines, when one is
	underDek := false   // the standfirst was taken from the opening lines, and no paragraph of the article kept since: what follows is still its head
	dekIndex := -1      // where the first of them is in out
	captionAt := -1     // the block last taken for a caption
	for i := first; i <= last; i++ {
		bl := blocks[i]
		in := info[i]
		if drop[i] || i == titleAt || in.linkRun {
			continue
		}
		if bl.kind == listItem || bl.kind == codeBlock {
			out = append(out, bl) // an item of a list the article introduces; a block of its code, never a caption
			continue
		}
		if i > 0 && bylineAt == i-1 && (agencyUnderByline(blocks[i-1].text, bl.text) || namesGoOnBelow(blocks[i-1].text, bl.text)) {
			continue // the byline's agency, or the names it goes on with
		}
		if n := len(b.Captions); n > 0 && captionAt == i-1 && (proseBefore == 0 && captionUnderCredit(blocks, info, i, last) ||
			(proseBefore == 0 || proseBefore == 1 && b.Standfirst != "") && captionApartUnderCredit(blocks, info, i, last, lineUnderLine)) &&
			b.Captions[n-1].Text == "" && b.Captions[n-1].Credit != "" {
			b.Captions[n-1].Text = collapseSpace(bl.text) // "Beeld ANP / Koen van Weel" over "Zeehonden op een zandplaat bij Ameland."
			captionAt = i
			continue
		}
		if n := len(b.Captions); n > 0 && captionAt == i-1 && i > first && b.Captions[n-1].Credit == "" && in.words <= 4 && !in.prose &&
			!(proseBefore <= bylineParagraphs && datesOrFollows(strings.TrimSpace(nextText(blocks, i)))) {
			if names, rest := leadingNames(strings.TrimSpace(bl.text)); len(names) == 1 && rest == "" {
				// A name alone under a caption: the photographer's (a
				// name over a date, among the opening paragraphs, is
				// the byline).
				b.Captions[n-1].Credit = names[0]
				continue
			}
		}
		if i+1 < last && !drop[i+1] && (proseBefore > 0 && captionOverNameCredit(blocks, info, i, lineUnderLine, false) ||
			proseBefore <= 1 && len(b.Authors) > 0 && !lineUnderLine && rightUnderByline(blocks, info, i) && leadCaptionOverOneCredit(blocks, info, i, last) ||
			proseBefore == 0 && creditedAfterChrome(blocks, info, i, lineUnderLine, len(b.Authors) > 0)) {
			b.Captions = appendCaption(b.Captions, overCredit(blocks, i))
			captionAt = i + 1
			i++
			continue
		}
		if in.prose {
			if c, ok := explicitCaption(bl.text); ok {
				b.Captions = appendCaption(b.Captions, c)
				captionAt = i
				continue
			}
		}
		if sharesTheTitle(bl.text, b.Title) {
			continue
		}
		if in.furn == notFurniture && inCaptionBox(blocks, info, i) {
			b.Captions = appendCaption(b.Captions, boxCaption(bl.text))
			captionAt = i
			continue
		}
		if in.words <= maxPitchSentenceWords && (readerPitch(bl.text) || newsletterPitch(bl.text)) {
			continue // the page's pitch to its reader
		}
		if i > 0 && !in.prose && isListMarker(blocks[i-1].text) {
			continue // an entry of a list of links a screen reader announces
		}
		if c, ok := sourceOverCaption(blocks, i, last); ok {
			b.Captions, drop[i+1] = appendCaption(b.Captions, c), true
			captionAt = i + 1
			i++
			continue
		}
		if in.furn == notFurniture && (loneCaption(blocks, info, i) || captionOverHeading(blocks, info, i, last) || betweenControls(blocks, info, i) || figureAfterColon(blocks, info, i) ||
			chartCaption(blocks, info, i, last) || in.prose && in.words <= maxPhotoNoteWords && speaksOfItsPhoto(bl.text) ||
			in.prose && labelsCaption(blocks, info, i) || proseBefore == 0 && in.prose && repeatedNear(blocks, info, i)) && !bylineAmongOpeningLines(blocks, i, proseBefore) {
			c, ok := pasteCaption(bl.text)
			if !ok {
				c = Caption{Text: bl.text}
			}
			b.Captions = appendCaption(b.Captions, c)
			captionAt = i
			continue
		}
		if in.prose && proseBefore == 1 && dekIndex == len(out)-1 && opensWithDateline(bl.text) && !opensWithDateline(out[dekIndex].text) && isDek(out[dekIndex], b.Title) {
			// The article opens with its dateline: the one paragraph
			// above it is the standfirst under the headline.
			out, underDek = takeStandfirst(b, out, dekIndex), true
			proseBefore--
		}
		if in.prose && proseBefore == 0 && b.Standfirst == "" && ((headAt >= 0 && i == headAt+1 || underBylineLines(info, bylineAt, i)) && deckOverLeadPhoto(blocks, info, i, last) ||
			!lineUnderLine && info[i].tight && rightUnderByline(blocks, info, i) && headGroupUnderByline(blocks, info, i, last)) && isDek(bl, b.Title) {
			b.Standfirst = collapseSpace(bl.text) // under the headline or its byline, over the lead photo's caption and buttons
			continue
		}
		if proseBefore == 0 && b.Standfirst == "" && unfinishedDekUnderHeadline(blocks, info, i, last, b.Title) {
			b.Standfirst = collapseSpace(bl.text) // the headline's standfirst, without its full stop
			continue
		}
		if in.prose {
			proseBefore++
			if proseBefore == 1 {
				dekIndex = len(out)
			}
		}
		if bylineAbove && i > first && !in.prose && creditForOutlet(bl.text) {
			c := Caption{Credit: strings.TrimSpace(bl.text)}
			if n := len(b.Captions); n > 0 && captionAt == i-1 && b.Captions[n-1].Credit == "" {
				b.Captions[n-1].Credit = c.Credit
			} else {
				if captionOverCredit(out, blocks, info, i, first) {
					c.Text, out = out[len(out)-1].text, out[:len(out)-1]
					if info[i-1].prose {
						proseBefore--
					}
				}
				b.Captions = appendCaption(b.Captions, c)
			}
			captionAt = i
			continue
		}
		if in.prose && proseBefore <= bylineParagraphs+1 && startsWithBy(bl.text) {
			if names, ok := pasteByline(bl.text, nextText(blocks, i)); ok {
				// "By Jane Doe, a deputy editor and author of …": a byline
				// long enough to pass for prose.
				proseBefore--
				if len(b.Authors) == 0 {
					b.Authors = names
				}
				if proseBefore == 1 && dekIndex >= 0 && dekIndex < len(out) && isDek(out[dekIndex], b.Title) && (bylineAt < 0 || dateForByline && !info[i].tight) {
					out, underDek = takeStandfirst(b, out, dekIndex), true
				}
				continue
			}
		}
		if in.prose || bl.kind == tableRow {
			out = append(out, bl)
			underDek = underDek && !in.prose
			continue
		}
		if !in.prose && proseBefore <= bylineParagraphs && (in.furn == notFurniture || hasBylinePrefix(bl.text)) && !(len(b.Authors) > 0 && bareCredit(bl.text) && captionOverCredit(out, blocks, info, i, first) &&
			(info[i-1].words <= maxShortCaptionWords || !lineUnderLine)) {
			// (A line of the page's furniture is no byline, unless a
			// byline's word leads it: "Keine Kommentare / Trackbacks" names
			// no one. A credit right under a paragraph, the byline found, is the
			// photo's: "Karin Hofer / NZZ" under its caption. In a paste
			// without blank lines, under a lead sentence longer than a
			// short caption, it may still be a second byline.)
			names, ok := pasteByline(bl.text, nextText(blocks, i))
			if ok && proseBefore > 0 && expertsRoundUp(blocks, i) {
				ok = false // a round-up's subheading: "Dr Hannah Greaves, University of Leeds" over her answer, and the next expert's below
			}
			if ok {
				names = namesPastFollow(blocks, i, names)
			}
			if !ok && len(b.Authors) == 0 && !entries[i] {
				names, ok = namesOnByline(bl.text, prevText(blocks, i), nextText(blocks, i), nextText(blocks, i+1), underTheHeadline(blocks, i, b.Title)) // names alone among the opening paragraphs
			}
			if ok {
				end := i
				st := bylineStrength(bl.text, nextText(blocks, i))
				if len(b.Authors) == 0 || weakAuthors && !underOtherHeadline(blocks, info, i, b.Title) || openingByline >= 0 && st > openingByline && !sharesAName(names, b.Authors) {
					// (A surer byline among the opening lines gives the
					// writer over another name alone taken above it: "BY
					// JANE DOE" under the subject's name over the kicker;
					// the same writer said again under "Authors" adds
					// nothing.)
					var more []string
					more, end = coAuthorsBelow(blocks, info, i)
					b.Authors, weakAuthors, openingByline = append(names, more...), false, st
				}
				if (bylineUsesNext(bl.text, nextText(blocks, i)) || agencyUnderByline(bl.text, nextText(blocks, i))) && i < last {
					if next := nextText(blocks, i); b.Published.IsZero() && isDateLine(next, wordCount(next)) {
						b.Published = lineDate(next)
					}
					i++ // its date, role or agency
				}
				if b.Published.IsZero() {
					b.Published = lineDate(bl.text) // "By Jane Doe@janedoe Updated Jul 24, 2018, 2:15pm EDT"
				}
				i = min(max(i, end), last) // the writers under it with their roles
				if next := nextText(blocks, i); b.Published.IsZero() && i < last && isDateLine(next, wordCount(next)) {
					b.Published = lineDate(next) // the byline's date on the line under it
				}
				if proseBefore == 1 && dekIndex >= 0 && dekIndex < len(out) && isDek(out[dekIndex], b.Title) && (bylineAt < 0 || dateForByline && !info[i].tight) {
					// The one paragraph before the byline is the standfirst
					// under the headline, not the article's first.
					out, underDek = takeStandfirst(b, out, dekIndex), true
				}
				continue
			}
		}
		if in.furn != notFurniture {
			if in.furn == furnitureCut && sentencesAfterLinks(blocks, info, drop, i, last, out, &kept) {
				continue // a box set into the article's last lines: the article goes on under its links
			}
			out = append(out, bl) // the news rules drop it, or cut the rest
			continue
		}
		if c, ok := pasteCaption(bl.text); ok {
			if k := len(out) - 1; c.Text == "" && captionOverCredit(out, blocks, info, i, first) {
				// A credit on the line right under a paragraph: the
				// paragraph is the photo's caption.
				c.Text = out[k].text
				out = out[:k]
				if info[i-1].prose {
					proseBefore--
				}
			}
			b.Captions = appendCaption(b.Captions, c)
			captionAt = i
			continue
		}
		if labelsCaption(blocks, info, i) {
			b.Captions = appendCaption(b.Captions, Caption{Text: bl.text})
			captionAt = i
			continue
		}
		if proseBefore == 1 && in.kind == strongChrome && isDateLine(bl.text, in.words) && dekIndex == len(out)-1 && isDek(out[dekIndex], b.Title) &&
			i+1 <= last && info[i+1].prose {
			// A date standing alone between the one paragraph above and
			// the article's: that paragraph is the standfirst under the
			// headline, over the article's details.
			out, underDek = takeStandfirst(b, out, dekIndex), true
			proseBefore--
			continue
		}
		if b.Published.IsZero() && in.chrome && proseBefore <= bylineParagraphs && isDateLine(bl.text, in.words) && !timelineBelow(blocks, info, i, last) && (bylineAt < 0 || proseBefore <= 1) {
			// The article's date among its opening lines, under its first.
			// (Under a byline that gave none, a date past two paragraphs
			// is the article's subject: a section's "6 June 1944", an
			// event's "When: Saturday 19 December 2026, 6pm".)
			b.Published = lineDate(bl.text)
		}
		if in.chrome || labelsChrome(blocks, info, i) || repeatedLabelLine(bl, in, seen) || titleOverCountdown(blocks, info, i) ||
			proseBefore > 0 && namesAnAuthor(bl.text, b.Authors) {
			continue
		}
		if headLineOverArticle(bl, in, underDek, len(out) == 0 && i > first && (b.Standfirst != "" || len(b.Captions) > 0)) {
			continue
		}
		out = append(out, bl)
	}
	if len(b.Authors) == 0 {
		b.Authors = postedByBelow(blocks, last)
	}
	if len(b.Authors) == 0 {
		b.Authors = bracketedSignature(blocks, last)
	}
	if len(b.Authors) == 0 {
		b.Authors = closingSignature(blocks, info, last)
	}
	if len(b.Authors) == 0 && b.Title != opened {
		// The paste's first line, given up for the headline below it, is
		// the writer's name over its "Follow" button or the date: a
		// blog's byline over the post's title.
		b.Authors, _ = pasteByline(opened, underOpened)
	}
	return out
}

// bylineAmongOpeningLines reports whether blocks[i], within the article's
// opening paragraphs (proseBefore of them above it), is a byline with its
// "By" (or "Par", "Von" …), which no caption rule takes: "Le Monde |
// 04.05.2015 à 13h36 | Par Jean Roux" under the standfirst. (Names before
// a dash may be a caption's: "Raspberry Pi 3 - … - Image: …".)
func bylineAmongOpeningLines(blocks []block, i, proseBefore int) bool {
	if proseBefore > bylineParagraphs {
		return false
	}
	_, ok := pasteByline(blocks[i].text, nextText(blocks, i))
	return ok && bylineStrength(blocks[i].text, nextText(blocks, i)) == 3
}

// headLineOverArticle reports whether a line met before the article's
// first paragraph is the page's, as the lines above the article are: under
// the standfirst taken from the opening lines (underDek), or under the
// standfirst or the lead photo's caption with nothing kept yet (leadTaken),
// the page's buttons and labels ("Imprimer cet article", "Lire sur le
// reader", a video's title). No prose is; nor a note in brackets, the
// writer's ("(All photos: Atlas staff)"), nor a line with a colon that
// leads on to the article's list ("Osoby niewidome, słabowidzące:"); under
// a caption, a heading set apart is the article's first subheading.
func headLineOverArticle(bl block, in pasteInfo, underDek, leadTaken bool) bool {
	t := strings.TrimSpace(bl.text)
	if in.prose || strings.HasPrefix(t, "(") || strings.HasSuffix(t, ":") {
		return false
	}
	return underDek || leadTaken && (bl.kind != heading || in.tight)
}

// sharesAName reports whether two lists of authors name one person alike
// (case aside).
func sharesAName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(x, y) {
				return true
			}
		}
	}
	return false
}

// maxLinesToPostedBy is how many lines under the article's last paragraph
// postedByBelow looks at.
const maxLinesToPostedBy = 3

// minPersonEntries is how many names alone, each over its paragraph, make
// an article a list of people rather than a byline over its text: more
// than a byline and a name heading an interview's part.
const minPersonEntries = 3

// personEntries marks, from blocks[from] to blocks[last], the lines that
// are one person's name alone (see leadingNames) and each head a
// paragraph of prose, when there are at least minPersonEntries of them:
// the entries of a list of people ("Ten scientists who changed …"), none
// of them the byline. A name right under the headline (title) is none:
// there it is the writer's, over an interview's introduction.
func personEntries(blocks []block, info []pasteInfo, from, last int, title string) map[int]bool {
	var at []int
	for i := from; i < last && i+1 < len(blocks); i++ {
		if info[i].prose || !info[i+1].prose || wordCount(blocks[i].text) > maxBylineNameWords {
			continue
		}
		if i == 0 || strings.TrimSpace(blocks[i-1].text) == title {
			continue // the name right under the headline is the byline's place
		}
		if names, rest := leadingNames(strings.TrimSpace(blocks[i].text)); len(names) == 1 && rest == "" {
			at = append(at, i)
		}
	}
	if len(at) < minPersonEntries && !namesOverParagraphs(at, info) {
		return nil
	}
	out := make(map[int]bool, len(at))
	for _, i := range at {
		out[i] = true
	}
	return out
}

// namesOverParagraphs reports whether the first two lines of names at at
// stand one paragraph apart, each right under a paragraph of prose: two
// subheadings under the article's first paragraph ("Naomi Kessler", then
// "Owen Hughes", over what each candidate says), where no byline stands
// twice.
func namesOverParagraphs(at []int, info []pasteInfo) bool {
	return len(at) >= 2 && at[0] > 0 && info[at[0]-1].prose && at[1]-at[0] == 2 && info[at[1]-1].prose
}

// namesPastFollow adds to the names of a byline at blocks[i] those of an
// "and Jane Doe" line under it past a "Follow" button: "By John Roe",
// "Follow", "and Jane Doe", "Follow".
func namesPastFollow(blocks []block, i int, names []string) []string {
	if i+2 < len(blocks) && allUIWords(blocks[i+1].text) {
		more := withNamesBelow(nil, blocks[i+2].text)
		for _, n := range more {
			if !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// postedUnderPost open the line under a blog's post that names its author,
// in the languages of the platforms' themes.
var postedUnderPost = []string{"posted by ", "publicado por ", "publié par ", "pubblicato da ", "veröffentlicht von ", "postado por ", "geplaatst door "}

// sentencesAfterLinks reports whether the widget's label at blocks[i]
// heads links that the rules dropped, under which the article's run goes
// on to its last block with sentences of prose only: "Trending Now" over
// one headline, then "The Conservatives said …" and the agency's "This
// report … was first published Dec. 2, 2026." The news rules would cut
// the rest at the label, past the article's last long paragraph. Each
// sentence takes up a word of the article kept above (above): a card's
// teaser under the last link tells of another story.
func sentencesAfterLinks(blocks []block, info []pasteInfo, drop []bool, i, last int, above []block, kept *keptWords) bool {
	j := i + 1
	for j <= last && drop[j] {
		j++
	}
	if j == i+1 || j > last {
		return false
	}
	sentences := 0
	for k := j; k <= last; k++ {
		if drop[k] {
			continue
		}
		t := strings.TrimSpace(blocks[k].text)
		if !info[k].prose || !endsSentence(t) || siteSentence(t) || !takesUp(t, kept.of(above), false) {
			return false
		}
		sentences++
	}
	return sentences >= minSentencesAfterLinks
}

// minTakenUpLetters is the fewest letters of a word that takesUp counts:
// shorter words are as often the language's own ("from", "four").
const minTakenUpLetters = 5

// addArticleWords adds to words the article's words of one block: those
// of minTakenUpLetters letters or more of a paragraph, in lower case.
func addArticleWords(words map[string]bool, bl block) {
	if bl.kind != paragraph {
		return
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(bl.text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= minTakenUpLetters {
			words[w] = true
		}
	}
}

// keptWords holds the article's words (addArticleWords) of the blocks
// pasteRules has kept so far, added to as blocks are kept rather than read
// again for each question: read again, a long paste with many boxes took
// time growing with the square of its length. It reads them all again
// only when the kept blocks changed other than by growing (a standfirst
// taken out of them).
type keptWords struct {
	words map[string]bool
	n     int    // how many kept blocks words holds
	last  string // the text of the last of them, to notice a change
}

// of returns the article's words of out.
func (k *keptWords) of(out []block) map[string]bool {
	if k.words == nil || len(out) < k.n || k.n > 0 && out[k.n-1].text != k.last {
		k.words, k.n = map[string]bool{}, 0
	}
	for ; k.n < len(out); k.n++ {
		addArticleWords(k.words, out[k.n])
	}
	if k.n > 0 {
		k.last = out[k.n-1].text
	}
	return k.words
}

// firstUses maps each of the article's words (addArticleWords) of the
// blocks from first to last to the index of the first block that holds
// it: the words of blocks[first:i] are those used first before i.
// widgetDrops asks for them at many i, and reading the blocks once keeps
// its time linear.
func firstUses(blocks []block, first, last int) map[string]int {
	out := map[string]int{}
	words := map[string]bool{}
	for i := first; i <= last && i < len(blocks); i++ {
		clear(words)
		addArticleWords(words, blocks[i])
		for w := range words {
			if _, ok := out[w]; !ok {
				out[w] = i
			}
		}
	}
	return out
}

// takesUpBefore is takesUp with lowerOnly, of the words of the blocks
// used first before block i (see firstUses).
func takesUpBefore(t string, uses map[string]int, i int) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !unicode.IsLower(firstRune(w)) {
			continue
		}
		if at, ok := uses[strings.ToLower(w)]; ok && at < i {
			return true
		}
	}
	return false
}

// takesUp reports whether a sentence holds one of words: the article's
// sentences under a box set into it take up what it told ("The
// opposition said the council …"), a card's teaser tells of another
// story ("It will call at twelve stops every fortnight from March").
// With lowerOnly, only the words the sentence writes in lower case count:
// a name ("The Kessing Chronicle has been published in the town since
// 1874 …") is as often the site's or its town's in a page's closing
// lines.
func takesUp(t string, words map[string]bool, lowerOnly bool) bool {
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lowerOnly && !unicode.IsLower(firstRune(w)) {
			continue
		}
		if words[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// minSentencesAfterLinks is the fewest paragraphs under a widget's links
// that sentencesAfterLinks takes for the article's: one is as often the
// teaser of the card whose headline is the last link.
const minSentencesAfterLinks = 2

// siteSentence reports whether a sentence speaks for the site rather than
// the article: a notice, a plea or pitch to the reader, a copyright, or
// who owns the site ("TechRadar is part of Future US Inc, …").
func siteSentence(t string) bool {
	if _, ok := noticeOf(newRuleText(t)); ok {
		return true
	}
	l := strings.ToLower(t)
	return readerPitch(t) || newsletterPitch(t) || strings.Contains(t, "©") || strings.Contains(l, "copyright") ||
		strings.Contains(l, "rights reserved") || strings.Contains(l, " is part of ") || strings.Contains(l, "support") && strings.Contains(l, "journalism") ||
		strings.HasPrefix(l, "become a") && strings.Contains(l, "member") // "Become an Atlas Obscura member and experience far fewer ads"
}

// underBylineLines reports whether blocks[i] stands right under the byline
// at bylineAt and its date or role, chrome lines at most two.
func underBylineLines(info []pasteInfo, bylineAt, i int) bool {
	if bylineAt < 0 || bylineAt >= i || i-bylineAt > 3 {
		return false
	}
	for k := bylineAt + 1; k < i; k++ {
		if !info[k].chrome {
			return false
		}
	}
	return true
}

// leadCaptionOverOneCredit reports whether blocks[i], the first line under
// the byline, is the lead photo's caption over its credit of one to three
// capitalised words, each set apart by blank lines, the article's first
// paragraph under them: "Twitter Lite estará disponible en Google Play
// Store …" over "Twitter". A sentence of at most maxShortCaptionWords
// words; the credit one word, or an agency's or a picture service's name
// (two or three words may be a subheading).
func leadCaptionOverOneCredit(blocks []block, info []pasteInfo, i, last int) bool {
	if i+2 > last || info[i].tight || info[i+1].tight || info[i+2].tight || !info[i+2].prose || info[i].words > maxShortCaptionWords || info[i].words < 4 {
		return false
	}
	t, c := strings.TrimSpace(blocks[i].text), strings.TrimSpace(blocks[i+1].text)
	if !strings.HasSuffix(t, ".") || strings.Contains(t, ". ") || info[i+1].words > 3 || sentenceEnds(c) || strings.ContainsAny(c, ":,") {
		return false
	}
	if info[i+1].words > 1 && !isCreditWord(c) {
		return false // (a subheading under a short first paragraph: "What Happens Next")
	}
	if info[i+1].words == 1 && !isCreditWord(c) && (!namedWithinSentence(blocks, c, i+1) || shortHeadingsBelow(blocks, info, i+3, last)) {
		// (A subheading of one word: "Diversions"; or the first of a
		// briefing's, "Ukraine" over its news, "Weather" and "Football"
		// below. A credit's name, "Twitter", the article names too.)
		return false
	}
	for _, w := range strings.Fields(c) {
		if !startsCapital(firstRune(w)) {
			return false
		}
	}
	return info[i+2].words > info[i].words
}

// shortHeadingsBelow reports whether a line of one to three capitalised
// words without a full stop, set apart over a paragraph of prose, stands
// among blocks[from:last+1]: the article's subheadings of its own shape.
func shortHeadingsBelow(blocks []block, info []pasteInfo, from, last int) bool {
	for k := from; k < last; k++ {
		t := strings.TrimSpace(blocks[k].text)
		if info[k].words >= 1 && info[k].words <= 3 && !info[k].prose && !info[k].tight && !info[k].chrome && info[k].furn == notFurniture &&
			startsCapital(firstRune(t)) && !sentenceEnds(t) && info[k+1].prose {
			return true
		}
	}
	return false
}

// namedWithinSentence reports whether a block other than blocks[skip]
// writes the word w, capitalised, inside a sentence (after a word that
// ends none): a name, as a photo's credit of one word is ("… en Twitter
// y …"), not a common word set as a subheading ("Diversions").
func namedWithinSentence(blocks []block, w string, skip int) bool {
	for k, bl := range blocks {
		if k == skip {
			continue
		}
		f := strings.Fields(bl.text)
		for j := 1; j < len(f); j++ {
			if strings.TrimRight(f[j], ".,;:!?)'’\"”") == w && !strings.ContainsAny(f[j-1][len(f[j-1])-1:], ".!?:") {
				return true
			}
		}
	}
	return false
}

// rightUnderByline reports whether blocks[i] stands right under a byline,
// its date or role between: the lines above it, up to three, are chrome
// or date lines up to one that is a byline. (underByline, which the
// comments' rules ask, looks two lines up past any line but prose: under
// it a paragraph set after a caption or a heading would pass too.)
func rightUnderByline(blocks []block, info []pasteInfo, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if _, ok := pasteByline(blocks[k].text, nextText(blocks, k)); ok {
			return true
		}
		if !info[k].chrome && !isDateLine(blocks[k].text, info[k].words) {
			return false
		}
	}
	return false
}

// timelineBelow reports whether another date line stands among the few
// blocks under the date line at blocks[i], past a paragraph of prose: the
// entries of a timeline the article sets out ("March 11, 2020" over what
// happened that day), whose dates are no date of the article's (a date
// over its update, "Updated:" and a date, is the article's).
func timelineBelow(blocks []block, info []pasteInfo, i, last int) bool {
	prose := false
	for k := i + 1; k <= min(last, i+4); k++ {
		if isDateLine(blocks[k].text, info[k].words) && prose {
			return true
		}
		prose = prose || info[k].prose
	}
	return false
}

// headGroupUnderByline reports whether blocks[i], set right under the
// byline in a paste with blank lines, opens a group of one or two short
// lines set line under line and apart from the article by a blank line:
// the standfirst, of two sentences or more, alone or over the lead photo's caption
// ("By Ana Sandoiu" over "Neuroscience tells us … And what happens during
// it? New research investigates." over "A new study investigates …", then
// the article). The standfirst teases with a question or runs to three
// sentences: the first two paragraphs set so, of one sentence each, or
// the first of two plain statements, stay the article's.
func headGroupUnderByline(blocks []block, info []pasteInfo, i, last int) bool {
	t := strings.TrimSpace(blocks[i].text)
	breaks := sentenceBreaks(t)
	if breaks < 1 || !strings.Contains(t, "?") && breaks < minDeckSentenceBreaks || i+1 > last || !info[i].tight || info[i].words > maxDeckWords {
		return false
	}
	if !info[i+1].tight && info[i+1].prose {
		// The one line of the byline's group, the article's paragraphs
		// apart from it: a page's header copied line under line, the
		// byline glued under the headline or date. Under a byline set
		// apart, the line glued under it is the article's lead, as a
		// person sets one ("By Jane Roe" over "Who pays for the pier? …").
		return headerGroupOver(blocks, info, i)
	}
	return i+2 <= last && info[i+1].tight && info[i+1].words <= maxDeckWords && !info[i+2].tight && info[i+2].prose
}

// headerGroupOver reports whether the lines from the byline to blocks[i]
// stand line under line with the line over the byline, as a browser
// copies a page's header.
func headerGroupOver(blocks []block, info []pasteInfo, i int) bool {
	for k := i; k >= 1 && k >= i-3; k-- {
		if !info[k].tight {
			return false
		}
		if _, ok := pasteByline(blocks[k].text, nextText(blocks, k)); ok && k < i {
			return true
		}
	}
	return false
}

// minDeckSentenceBreaks is the fewest breaks between sentences (three
// sentences) of a standfirst without a question in the byline's group
// (see headGroupUnderByline).
const minDeckSentenceBreaks = 2

// maxArticleButtonWords is the most words of a button that acts on the
// article (see articleButton).
const maxArticleButtonWords = 4

// articleButton reports whether a line is a button that shares, saves or
// reads out the article: "Share", "Save", "Listen to this article". Pages
// set them right under the headline, not under a dialog's question.
func articleButton(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) > 0 && len(f) <= maxArticleButtonWords && (wordIn(strings.TrimRight(f[0], ":"), shareWords) || f[0] == "listen")
}

// articlesOwnLine reports whether a line is one a page sets right under
// its headline, of the article's own: a button that shares, saves or
// reads it out (articleButton), or its stamps ("5 min read", "Updated
// 10:42 GMT"), not a dialog's or a menu's.
func articlesOwnLine(t string) bool {
	return articleButton(t) || pageStamp(t) || readingTime(t) || stampsOnly(t)
}

// shareWords open a button that shares the article by its title.
var shareWords = []string{"share", "tweet", "email", "pin", "save"}

// sharesTheTitle reports whether a line is a share button that names the
// article: a word of sharing, then its title ("Share The 21 best movies
// of 2017").
func sharesTheTitle(t, title string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(t), " ")
	return ok && title != "" && wordIn(strings.ToLower(strings.TrimRight(first, ":")), shareWords) && collapseSpace(rest) == collapseSpace(title)
}

// saidAbove reports whether the line at blocks[i] was said before in the
// paste, as a section's name in the menu is said again as the kicker over
// the headline ("Greater Manchester News"): a byline is not.
func saidAbove(blocks []block, i int) bool {
	t := collapseSpace(blocks[i].text)
	for _, bl := range blocks[:i] {
		if collapseSpace(bl.text) == t {
			return true
		}
	}
	return false
}

// bracketedSignature reads the writers a Japanese article names in
// lenticular brackets under its last paragraph: "【高橋美咲】", "【佐藤一郎、
// 鈴木花子】"; nil when there is none.
func bracketedSignature(blocks []block, last int) []string {
	for j := max(0, last-1); j < len(blocks) && j <= last+maxLinesToPostedBy; j++ {
		if m := lenticularNames.FindStringSubmatch(strings.TrimSpace(blocks[j].text)); m != nil && !bracketLabel(m[1]) {
			return strings.FieldsFunc(m[1], func(r rune) bool { return r == '、' || r == '，' || r == ',' })
		}
	}
	return nil
}

// bracketLabel reports whether what lenticular brackets hold is a label of
// the page's ("【関連記事】", related articles; "【速報】", breaking news), not
// a name: it opens in hiragana or ends in a loanword in katakana, ends
// with a word for articles, news, photos or videos, or is one of the
// labels sites bracket.
func bracketLabel(t string) bool {
	if r := []rune(t); unicode.In(r[0], unicode.Hiragana) || len(r) >= 2 && unicode.In(r[len(r)-1], unicode.Katakana) && unicode.In(r[len(r)-2], unicode.Katakana) {
		// A phrase ("あわせて読みたい", also read; "お知らせ", notice) or
		// a loanword ("関連リンク", related links): a writer's name opens
		// with the surname in Han and ends in Han or kana of a given name.
		return true
	}
	for _, w := range []string{"記事", "ニュース", "速報", "写真", "動画", "特集", "情報", "一覧", "新聞", "記者", "PR"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// lenticularNames is a line of writers' names in Han or kana inside
// lenticular brackets, split by commas.
var lenticularNames = lazyCompile(`^【((?:[\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10})(?:[、，,][\p{Han}\p{Hiragana}\p{Katakana}ー・]{2,10}){0,3})】$`)

// postedByBelow reads the authors of a blog's post from its "Posted by
// Jane Doe at 9:14 AM" line under the post ("Publicado por" with the name
// on the next line), which platforms set there rather than above it; nil
// when there is none.
func postedByBelow(blocks []block, last int) []string {
	for j := last + 1; j < len(blocks) && j <= last+maxLinesToPostedBy; j++ {
		if t := strings.TrimSpace(blocks[j].text); slices.ContainsFunc(postedUnderPost, func(o string) bool { return indexFold(t+" ", o) == 0 }) {
			if names, ok := pasteByline(t, nextText(blocks, j)); ok {
				return names
			}
		}
	}
	return nil
}

// repeatedLabelLine reports whether a short line that is not a sentence,
// mostly in capitals, is said more than once in the paste (a menu's or a
// box's label), unless it is a subheading over prose: an article's
// subheadings are said again in its table of contents, whose lines go.
func repeatedLabelLine(bl block, in pasteInfo, seen map[string]int) bool {
	return in.words <= maxChromeWords && bl.kind != heading && !sentenceEnds(bl.text) && lowerShare(bl.text) < 0.5 && seen[lineKey(bl.text)] > 1
}

// captionOverHeading reports whether block i is a photo caption set
// between the end of a section and the next subheading: a line of some
// length that is not a sentence, after prose and right before a heading
// that prose follows. A section does not end on a line without a full
// stop, and a subheading does not come in two lines.
func captionOverHeading(blocks []block, info []pasteInfo, i, last int) bool {
	t := strings.TrimSpace(blocks[i].text)
	if blocks[i].kind != paragraph || info[i].prose || info[i].chrome || info[i].words < 4 || info[i].words > maxLoneCaptionWords ||
		sentenceEnds(t) || strings.HasSuffix(t, ":") || i == 0 || !info[i-1].prose || i+2 > last {
		return false
	}
	return blocks[i+1].kind == heading && info[i+2].prose
}

// Limits of a caption found by its place (see loneCaption).
const (
	minLoneCaptionWords = 8
	maxLoneCaptionWords = 60
)

// maxQuestionLinkWords is the most words of a headline asked as a
// question in a list of links.
const maxQuestionLinkWords = 12

// questionLink reports whether the block that opens the article's run is
// the last of a list of links to other stories rather than the article's
// first paragraph: a headline asked as a question ("OnePlus 3T vs OnePlus
// 3: what's the difference?") right under another headline that is not a
// sentence nor the page's chrome (a date, a label). An article opens under its byline or its date, not under a
// headline of another story.
func questionLink(blocks []block, info []pasteInfo, i int) bool {
	t := strings.TrimSpace(blocks[i].text)
	if i == 0 || info[i].words > maxQuestionLinkWords || !strings.HasSuffix(t, "?") || !unicode.IsUpper(firstRune(t)) {
		return false
	}
	u := strings.TrimSpace(blocks[i-1].text)
	if info[i-1].prose || info[i-1].chrome || !headlineShaped(u, info[i-1].words) {
		return false
	}
	_, byline := pasteByline(u, t)
	return !byline
}

// maxPhotoNoteWords is the most words of a caption that speaks of its
// photo.
const maxPhotoNoteWords = 30

// photoMentions are the words with which a caption points at its photo.
var photoMentions = []string{"this photo", "this picture", "photo above", "picture above", "pictured above", "(pictured)"}

// speaksOfItsPhoto reports whether a short paragraph points at the photo
// it stands under: "… so this photo from Apple will have to do", "The
// bridge, pictured above, …".
func speaksOfItsPhoto(t string) bool {
	if !strings.Contains(t, "photo") && !strings.Contains(t, "pictur") {
		return false
	}
	l := strings.ToLower(t)
	for _, m := range photoMentions {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// maxChartCaptionWords is the most words of a chart's caption.
const maxChartCaptionWords = 45

// chartCaption reports whether block i is the caption of a chart set into
// the article: a paragraph of a sentence or two after the article's text
// (not after chrome), right above the chart and not leading on to it with
// a colon as a paragraph over a table of figures does: the chart's title,
// numbers and labels, at least two numbers (not a player's times) among
// the first lines and no prose ("Annual interest payments … are expected to triple …" over "$915",
// "billion", "Interest payments on the national debt", "$900").
func chartCaption(blocks []block, info []pasteInfo, i, last int) bool {
	if !info[i].prose || info[i].words > maxChartCaptionWords || i+1 > last || i == 0 || info[i-1].chrome ||
		strings.HasSuffix(strings.TrimSpace(blocks[i].text), ":") {
		return false
	}
	numbers := 0
	for j := i + 1; j <= last && j <= i+chartLookahead && !info[j].prose; j++ {
		if !hasLetter(blocks[j].text) && !isClockTime(blocks[j].text) {
			numbers++
		}
	}
	return numbers >= 2
}

// isClockTime reports whether a line is a time alone, "0:00" or "4:12", as
// a player shows its position and length: no chart's number.
func isClockTime(t string) bool {
	t = strings.TrimSpace(t)
	h, m, ok := strings.Cut(t, ":")
	if !ok || len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return false
	}
	for _, c := range h + m {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// chartLookahead is how many lines under a chart's caption are looked at
// for its numbers.
const chartLookahead = 6

// loneCaption reports whether block i is a photo caption pasted without
// its credit: a paragraph of some length that does not end as a sentence
// ends (nor with ":", "," or ";", which lead on), alone between two
// paragraphs of prose that end theirs, chrome aside. An article's
// paragraphs end their sentences; a list's items come several in a row; a
// subheading is short.
func loneCaption(blocks []block, info []pasteInfo, i int) bool {
	bl := blocks[i]
	t := strings.TrimSpace(bl.text)
	if bl.kind != paragraph || info[i].chrome || info[i].furn != notFurniture || info[i].words < minLoneCaptionWords || info[i].words > maxLoneCaptionWords ||
		sentenceEnds(t) || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") ||
		looksLikeHeading(t) && !captionShaped(t, info[i].words) {
		return false
	}
	if _, ok := parseByline(t); ok {
		return false // a byline between the standfirst and the article: "by Jane Doe, Harbour News, and John Roe, ProPublica"
	}
	if uncasedScript(t) {
		return false // Arabic, Hindi: a short paragraph may close without its stop
	}
	return proseNeighbour(blocks, info, i, -1) && proseNeighbour(blocks, info, i, 1) && !openEndedNeighbour(blocks, info, i)
}

// openEndedNeighbour reports whether two of the paragraphs of prose
// nearest block i (the two before it and the two after, chrome aside) do
// not end their sentences either: a writer's style of paragraphs without
// full stops (a blog's, a post's), where the one among them is no
// caption. A caption stands between paragraphs that end their sentences
// (a standfirst without its full stop may stand over it).
func openEndedNeighbour(blocks []block, info []pasteInfo, i int) bool {
	open := 0
	for _, dir := range []int{-1, 1} {
		seen := 0
		for j := i + dir; j >= 0 && j < len(info) && seen < 2; j += dir {
			if info[j].prose {
				seen++
				if !sentenceEnds(strings.TrimSpace(blocks[j].text)) {
					open++
				}
				continue
			}
			if !info[j].chrome {
				break
			}
		}
	}
	return open >= 2
}

// repeatedNear reports whether block i is said again within headerWindow
// blocks: a photo or video caption shown twice (under the image and in the
// gallery), not the article's first paragraph.
func repeatedNear(blocks []block, info []pasteInfo, i int) bool {
	if info[i].words > maxLoneCaptionWords {
		return false
	}
	for j := max(0, i-headerWindow); j < len(blocks) && j <= i+headerWindow; j++ {
		if j != i && blocks[j].text == blocks[i].text {
			return true
		}
	}
	return false
}

// captionShaped reports whether a line that could pass for a subheading
// reads as a caption: longer than subheadings run (more than
// maxSubheadingWords) and written as a sentence, mostly in lower case,
// without an item's number first.
func captionShaped(t string, words int) bool {
	return words > maxSubheadingWords && lowerShare(t) >= 0.6 && !numberedHead(t)
}

// numberedHead reports whether a line opens with an item's number, "2. "
// or "2) ", as a listicle numbers its subheadings ("2. Rounding on staff
// matters as much as rounding on patients"): no caption does.
func numberedHead(t string) bool {
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// maxSubheadingWords is the most words of a pasted subheading.
const maxSubheadingWords = 10

// proseNeighbour reports whether the first block from i in direction dir
// that is not chrome nor a caption is prose.
func proseNeighbour(blocks []block, info []pasteInfo, i, dir int) bool {
	for j := i + dir; j >= 0 && j < len(info); j += dir {
		if _, ok := explicitCaption(blocks[j].text); ok && info[j].words <= maxLoneCaptionWords {
			continue // another caption ("Media caption …") next to it
		}
		if info[j].prose {
			return true
		}
		if !info[j].chrome {
			return false
		}
	}
	return false
}

// cutAtWidget ends the article's run where its comments start ("Leave a
// reply", "12 comments", see opensComments), once most of its prose is
// behind: the comments are prose too, but not the article's.
func cutAtWidget(blocks []block, info []pasteInfo, first, last int) int {
	total := 0
	for i := first; i <= last; i++ {
		if info[i].prose {
			total += info[i].words
		}
	}
	seen := 0
	for i := first; i <= last; i++ {
		if info[i].prose {
			seen += info[i].words
			continue
		}
		if seen*2 >= total && opensComments(blocks, info, i) && !commentsLinkAgain(blocks, info, i, len(blocks)-1) {
			for j := i - 1; j >= first; j-- {
				if info[j].prose {
					return j
				}
			}
		}
	}
	return last
}

// commentsLinkAgain reports whether the line at i that opens comments is
// met again after more prose, up to blocks[last]: each of several articles on one
// page (a weekly edition's) ends with the link to its own comments, and
// none of them heads the page's.
func commentsLinkAgain(blocks []block, info []pasteInfo, i, last int) bool {
	prose := false
	for j := i + 1; j <= last; j++ {
		if info[j].prose {
			prose = true
		} else if prose && opensComments(blocks, info, j) {
			return true
		}
	}
	return false
}

// opensComments reports whether a line heads a page's comments.
func opensComments(blocks []block, info []pasteInfo, i int) bool {
	t, furn := blocks[i].text, info[i].furn
	if !mentionsComments(t) {
		return false
	}
	if commentCount.MatchString(t) || commentButton.MatchString(t) {
		return true
	}
	if m := thoughtsOn.FindStringSubmatch(t); m != nil {
		// A blog's "14 thoughts on “Title”" names its post, the one
		// post of the page: a column on films may head its sections "2
		// thoughts on “The Long Harbour”", "3 thoughts on “Paper
		// Lanterns”".
		for j, bl := range blocks {
			if o := thoughtsOn.FindStringSubmatch(bl.text); j != i && o != nil && !strings.EqualFold(o[1], m[1]) {
				return false
			}
		}
		return true
	}
	if furn != furnitureCut {
		return false
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "comment") || strings.Contains(l, "repl") || strings.Contains(l, "discussion") || strings.Contains(l, "responses")
}

// commentCount is a comment counter that heads the comments: "12 comments",
// "2 comments on “Title”".
var commentCount = lazyCompile(`(?i)^(?:there (?:are|is) )?\d+\s+(?:comments?|responses?|replies|kommentare|commentaires|comentarios)(?:\s+(?:on|to)\s.{1,200})?$`)

// thoughtsOn is a blog's count of its comments, which names the post in
// quotes: "14 thoughts on “Title”" (see opensComments).
var thoughtsOn = lazyCompile(`(?i)^(?:\d+|one)\s+thoughts?\s+on\s+[“"«‘'](.{1,200})[”"»’']$`)

// mentionsComments is the cheap test before the comment patterns: a word
// of theirs, in lower case or capitals.
func mentionsComments(t string) bool {
	for _, w := range []string{"omment", "OMMENT", "oment", "OMENT", "epl", "EPL", "espons", "ESPONS", "iscussion", "ISCUSSION", "eacties", "hought"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// commentButton is a button or a counter that opens the comments, in the
// languages of the sites: "View comments (27)", "Comments (12)", "Show 40
// comments", "Kommentare lesen (1 Beitrag)", "Lire les commentaires",
// "Ver comentarios (3)", "Leggi i commenti".
var commentButton = lazyCompile(`(?i)^(?:` +
	`(?:view|show|read|see|load|lire|afficher|voir|ver|leer|mostrar|leggi|mostra|vedi|bekijk|lees)(?: all| les| los| las| os| i| alle)?\s+(?:\d+\s+)?` + commentWords + `(?:\s*\(\d+(?:\s+\p{L}+)?\))?` +
	`|(?:top |all |latest |newest )?` + commentWords + `(?:\s+(?:lesen|anzeigen|ansehen|zeigen))?\s*\(\d+(?:\s+\p{L}+)?\)` +
	`|` + commentWords + `\s+(?:lesen|anzeigen|ansehen|zeigen)` +
	`)$`)

// commentWords are the words for comments in the languages of the sites.
const commentWords = `(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|reactions?)`

// proseFollows reports whether the first block after blocks[i] that is
// not chrome is prose.
func proseFollows(info []pasteInfo, i int) bool {
	for j := i + 1; j < len(info) && j <= i+headingLookahead; j++ {
		if info[j].prose {
			return true
		}
		if !info[j].chrome {
			return false
		}
	}
	return false
}

// introductionFollows reports whether the block after blocks[i] is a
// sentence that introduces what follows it (see introducesWhatFollows):
// a subheading may open on a table or a list with its words before it.
// A line with a label's colon, a comma or a slash is no subheading there
// ("Source files: a.js, b.js", "N/A"), but a list's label or a cell.
func introductionFollows(blocks []block, info []pasteInfo, i int) bool {
	return i+1 < len(blocks) && !strings.ContainsAny(blocks[i].text, ":,/") && introducesWhatFollows(blocks[i+1].text, info[i+1].words)
}

// controlsFollow reports whether the block after blocks[i] is the page's
// controls or counters ("View Photos", "Facebook Twitter", a date), not a
// furniture line such as "Advertisement": a label over a widget, not a
// heading over the article's text.
func controlsFollow(info []pasteInfo, i int) bool {
	return i+1 < len(info) && info[i+1].kind == strongChrome && info[i+1].furn == notFurniture
}

// headingLookahead is how far past chrome a heading looks for its prose.
const headingLookahead = 4

// edgeLines is how many lines next to the article's run of prose it may
// take in.
const edgeLines = 3

// growEdge moves an end of the article's run (at, in direction dir) over
// up to edgeLines blocks that belong to it (see keepsEdge), passing over
// furniture lines such as "Advertisement" but stopping at a widget heading
// or other chrome.
func growEdge(blocks []block, info []pasteInfo, at, dir int) int {
	taken := 0
	for j := at + dir; j >= 0 && j < len(blocks) && taken < edgeLines; j += dir {
		if dir < 0 && blocks[j].kind == listItem && !info[j].chrome {
			// A list its label introduces over the first paragraph (a
			// recipe's "Zutaten:" over its ingredients) is the article's,
			// however long.
			k := j
			for k > 0 && blocks[k-1].kind == listItem {
				k--
			}
			if k > 0 && introducesList(strings.TrimSpace(blocks[k-1].text)) {
				at, j = k-1, k-1
				continue
			}
		}
		if info[j].furn == furnitureLine {
			if dir > 0 && (isAdLabel(blocks[j].text) || sponsorWord(blocks[j].text)) && j+1 < len(blocks) && info[j+1].tight {
				break // an advertiser's card glued under its label after the article
			}
			continue
		}
		if dir < 0 && j == at-1 && subheadingUnderByline(blocks, info, j) {
			at = j // the article's first subheading, right under its byline
			break
		}
		if !keepsEdge(blocks[j], info[j], nextText(blocks, j)) || j > 0 && bylineUsesNext(blocks[j-1].text, blocks[j].text) {
			break // not the article's, or the date under its byline
		}
		if src, notice := noticeOf(newRuleText(blocks[j].text)); notice && src == "" && info[j].prose {
			break // a notice of the page's ("To revisit this article, visit My Profile …"); one that names its platform the news rules read
		}
		if dir > 0 && (labelOverLinks(blocks, info, j) || tagRun(blocks, j) || overAButton(blocks, info, j) || opensComments(blocks, info, j)) {
			break // "More on this topic" over other stories' headlines; "linux", "homelab"; a promotion's box; "14 thoughts on …"
		}
		if dir < 0 && (captionUnderByline(blocks, info, j) || overItsCredit(blocks, info, j)) {
			break // the lead photo's caption
		}
		at, taken = j, taken+1
	}
	return at
}

// overAButton reports whether block j is the start of a promotion's box
// after the article: a short line with a button of a call to action (see
// callToAction) within two lines right under it ("Worried about the cost
// of living?", "Get our free weekly newsletter …", "Subscribe").
func overAButton(blocks []block, info []pasteInfo, j int) bool {
	if info[j].words > maxPromoLineWords {
		return false
	}
	for k := j + 1; k < len(blocks) && k <= j+2 && info[k].tight; k++ {
		if callToAction(blocks[k].text) {
			return true
		}
	}
	return false
}

// tagRun reports whether block j and the one after it are each a tag
// alone: one word in lower case, perhaps hyphenated ("systemd",
// "cost-optimization"), as a post's tags are listed under it.
func tagRun(blocks []block, j int) bool {
	k := j - 1
	for k >= 0 && loneTag(blocks[k].text) {
		k--
	}
	if k >= 0 && introducesWhatFollows(strings.TrimSpace(blocks[k].text), wordCount(blocks[k].text)) {
		return false // the article's own list: "run it with these names:" over "nginx", "rsync" (not "Tags:")
	}
	return j+1 < len(blocks) && loneTag(blocks[j].text) && loneTag(blocks[j+1].text)
}

// loneTag reports whether a line is one word in lower case, of letters,
// digits and hyphens, starting with a letter.
func loneTag(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || !unicode.IsLower(firstRune(t)) {
		return false
	}
	for _, r := range t {
		if !unicode.IsLower(r) && !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// labelOverLinks reports whether block j is a short label that is no
// sentence, a widget's (furniture) or one that opens as link boxes do
// (see linkBoxOpeners), over at least two lines shaped as headlines,
// neither of them prose (see headlineShaped): a box of links to other
// stories after the article ("More on this topic", "La rédaction vous
// conseille"), not the article's closing words over what it shows ("watch
// the footage below:") nor its own list ("Key dates").
func labelOverLinks(blocks []block, info []pasteInfo, j int) bool {
	if info[j].prose || info[j].words > maxChromeWords || sentenceEnds(blocks[j].text) || introducesWhatFollows(blocks[j].text, info[j].words) || j+2 >= len(blocks) {
		return false
	}
	if info[j].furn == notFurniture && !hasAnyPrefix([]byte(strings.ToLower(strings.TrimSpace(blocks[j].text))), linkBoxOpeners) {
		return false // "Key dates" over the article's own list
	}
	for k := j + 1; k <= j+2; k++ {
		if info[k].prose || !headlineShaped(blocks[k].text, info[k].words) || sentenceEnds(blocks[k].text) {
			return false
		}
	}
	return true
}

// maxShortCaptionWords is the most words of a caption that a credit under
// it, passing for a byline, makes a caption (see pasteRules).
const maxShortCaptionWords = 20

// bareCredit reports whether a line is only a photo's credit (see
// pasteCaption): "Karin Hofer / NZZ", "Kuva: Jane Doe".
func bareCredit(t string) bool {
	c, ok := pasteCaption(t)
	return ok && c.Text == "" && c.Credit != ""
}

// overItsCredit reports whether block j is a photo's caption over its
// credit: a line of no more than a caption's words set right over a line
// that is only a credit ("Am Utoquai wird schon heute gebadet." over
// "Karin Hofer / NZZ").
func overItsCredit(blocks []block, info []pasteInfo, j int) bool {
	if j+1 >= len(blocks) || !info[j+1].tight || info[j].words > maxCaptionWords || blocks[j].kind == heading {
		return false
	}
	if isDateLine(blocks[j].text, info[j].words) {
		return false // the byline's date over the credit of the photo under it
	}
	return bareCredit(blocks[j+1].text)
}

// maxFirstSubheadingWords is the most words of a subheading right under
// the byline: a longer line there is a standfirst or a photo's caption.
const maxFirstSubheadingWords = 5

// subheadingUnderByline reports whether block j is a subheading (see the
// heading rule in pasteRules) standing right under the article's byline or
// its date, with nothing between (and, as growEdge asks, right over the
// article's first paragraph): the article's first subheading ("By Jane
// Doe", "The plan", then the first paragraph), not another story's.
func subheadingUnderByline(blocks []block, info []pasteInfo, j int) bool {
	if blocks[j].kind != heading || j == 0 || info[j].chrome || info[j].words > maxFirstSubheadingWords {
		return false
	}
	above := blocks[j-1].text
	if isDateLine(above, info[j-1].words) {
		return true
	}
	_, ok := pasteByline(above, blocks[j].text)
	return ok && startsWithBy(above)
}

// keepsEdge reports whether a block next to the article's run belongs to
// it: not chrome, not furniture, not a byline, a caption or a heading.
func keepsEdge(bl block, in pasteInfo, next string) bool {
	if in.chrome || bl.kind == heading || in.furn != notFurniture {
		return false
	}
	if _, ok := pasteByline(bl.text, next); ok {
		return false
	}
	_, ok := pasteCaption(bl.text)
	return !ok
}

// isCaptionLabel reports whether a line is a gallery's "Caption" label,
// or a label such as "Image caption," or "Media caption:", which the
// caption follows.
func isCaptionLabel(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ",:")
	return strings.EqualFold(t, "caption") || strings.EqualFold(t, "image caption") || strings.EqualFold(t, "media caption")
}

// captionControls are the buttons a photo's caption stands among.
var captionControls = []string{"hide caption", "show caption", "toggle caption", "enlarge this image", "expand image", "view caption"}

// captionBoxReach is how many lines from a caption's button its text and
// credit stand.
const captionBoxReach = 3

// inCaptionBox reports whether block i is a line of a photo's caption box:
// within captionBoxReach lines of one of its buttons ("Hide Caption",
// "toggle caption"), every line between them set right under the one
// before it. It is the caption's title, its text or its credit.
func inCaptionBox(blocks []block, info []pasteInfo, i int) bool {
	if info[i].words > maxCaptionWords || isCaptionControl(blocks[i].text) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-captionBoxReach && info[j+1].tight; j-- {
		if isCaptionControl(blocks[j].text) {
			// Under a box's closing button ("toggle caption") come its
			// credit or the next photo's caption, but a long paragraph
			// there is the article's, pasted line under line.
			return !lineIsOneOf(blocks[j].text, captionClosers) || info[i].words < longProseWords ||
				i+1 < len(blocks) && !info[i+1].prose && info[i+1].words <= maxCreditLineWords
		}
	}
	for j := i + 1; j < len(blocks) && j <= i+captionBoxReach && info[j].tight; j++ {
		if isCaptionControl(blocks[j].text) && !lineIsOneOf(blocks[j].text, imageOpeners) {
			return true
		}
	}
	return false
}

// captionClosers are the caption controls set under the caption: a long
// paragraph under one is no part of its box, unless a short line (its
// credit) follows it, as a next photo's caption has.
var captionClosers = []string{"hide caption", "toggle caption"}

// maxCreditLineWords is the most words of a line under a caption taken
// for its credit (see inCaptionBox).
const maxCreditLineWords = 6

// imageOpeners are the caption controls set above the photo, whose
// caption comes under them: the line over one is not the caption's (it
// is the byline over the lead photo at NPR).
var imageOpeners = []string{"enlarge this image", "expand image"}

// isCaptionControl reports whether a line is one of captionControls.
func isCaptionControl(t string) bool { return lineIsOneOf(t, captionControls) }

// boxCaption reads a line of a caption box: a credit or a caption.
func boxCaption(t string) Caption {
	if c, ok := pasteCaption(t); ok {
		return c
	}
	return Caption{Text: strings.TrimSpace(t)}
}

// imageLabels are the labels a page sets where a photo stands, its
// caption on the line right under them.
var imageLabels = []string{"image", "photo", "foto", "picture", "illustration"}

// labelsCaption reports whether block i is a caption by its label: under
// a gallery's "Caption" label, or on the line right under an "Image" or
// "Photo" label (a paragraph after a blank line is the article's), when
// no paragraph of prose follows on the next line.
func labelsCaption(blocks []block, info []pasteInfo, i int) bool {
	if i == 0 || info[i].words > maxCaptionWords {
		return false
	}
	prev := strings.TrimSpace(blocks[i-1].text)
	if isCaptionLabel(prev) {
		return true
	}
	// In a text of a paragraph a line, every line is tight: a paragraph
	// of prose on the line right under the caption's is the article's,
	// and so is a paragraph opening with its dateline.
	nextProse := i+1 < len(blocks) && info[i+1].tight && info[i+1].prose
	return info[i].tight && wordIn(prev, imageLabels) && !nextProse && !opensWithDateline(blocks[i].text)
}

// labelsChrome reports whether block i is the label of chrome after it (a
// chart's title above its numbers and axis labels, "Share article" over
// its buttons): a short line that is not a sentence, followed by at least
// chartLabels blocks of chrome, or of up to four words and followed by
// controls (see controlsFollow).
func labelsChrome(blocks []block, info []pasteInfo, i int) bool {
	if t := strings.TrimSpace(blocks[i].text); info[i].words > maxChromeWords || sentenceEnds(t) || strings.HasSuffix(t, ":") {
		return false
	}
	n := 0
	for j := i + 1; j < len(info) && info[j].chrome && n < chartLabels; j++ {
		n++
	}
	return n >= chartLabels || n >= 1 && info[i].words <= 4 && controlsFollow(info, i)
}

// chartLabels is how many chrome lines after a short line make it a label.
const chartLabels = 3

// titleIsChrome reports whether the first line taken for the title is the
// page's chrome rather than a headline: controls, a menu, a counter, a
// name of one to three capitalised words (the site's), a section's label
// of up to three words (see sectionLabel), or up to three words with a
// domain name among them.
func titleIsChrome(t string) bool {
	return t == "" || titleIsControl(t) || nameShaped(t)
}

// nameShaped reports whether a line is shaped as a site's name: one to
// three words, each capitalised ("Harbour Courier"). A short headline is
// shaped so too (see shortHeadlineOverDek).
func nameShaped(t string) bool {
	return pasteWordCount(t) <= 3 && lowerShare(t) == 0
}

// titleIsControl is titleIsChrome but for a name's shape: the line is the
// page's controls, furniture, a section's label, a menu or a date.
func titleIsControl(t string) bool {
	w := pasteWordCount(t)
	return allUIWords(t) || classifyFurniture(t) != notFurniture || mayBePlayer(t) && playerLine.MatchString(t) ||
		w <= 3 && sectionLabel(t) || w <= 3 && namesADomain(t) || isBreadcrumb(t, w) || isMenuLine(t, w) ||
		w == 1 && !unicode.IsUpper(firstRune(t)) || // a site's name in lower case: "g1"
		dateAlone(t) || creditedName(t)
}

// shortHeadlineOverDek reports whether the paste's first line, title,
// shaped as a site's name (see nameShaped), is the article's short
// headline over its dek: the line right under it is the headline-shaped
// line found (h), shorter than a sure headline (see minSureHeadlineWords),
// no byline stands near the article (from is first), and the article's
// prose starts within two lines under the dek ("Homo Brandenburgensis"
// over "Menschen in Brandenburg"). A site's name stands over its menus, a
// kicker over a headline over its byline, and a section's label over a
// headline of eight words or more ("Kraj" over "Zamknięty most w
// Brzezinach Wielkich. Objazd …").
func shortHeadlineOverDek(title string, blocks []block, h, from, first int) bool {
	return h == 0 && from == first && first > h && first <= h+2 && pasteWordCount(blocks[h].text) < minSureHeadlineWords &&
		!titleIsControl(title) && nameShaped(title)
}

// maxCookieNoticeWords is the most words of a cookie banner's text.
const maxCookieNoticeWords = 80

// titleOverCookieNotice reports whether the line a paste opens with, taken
// for its title, heads a cookie banner: the paste's next block speaks of
// cookies ("Twoja prywatność jest dla nas ważna" over "Wykorzystujemy
// pliki cookies …"), in whatever language, over the banner's buttons
// ("Przejdź do serwisu"), as a page pasted whole opens. A story about
// cookies goes on under its first paragraph with more prose or its
// byline, not a button.
func titleOverCookieNotice(blocks []block, info []pasteInfo) bool {
	if len(blocks) < 2 || info[0].words > maxCookieNoticeWords || !strings.Contains(strings.ToLower(blocks[0].text), "cookie") {
		return false
	}
	if _, byline := pasteByline(blocks[1].text, nextText(blocks, 1)); byline || hasBylinePrefix(blocks[1].text) {
		return false
	}
	return !info[1].prose && info[1].words <= maxShortNoticeWords
}

// dateAlone reports whether a line is a date and nothing else: "4th March
// 2025", "04/03/2025".
func dateAlone(t string) bool {
	return strings.IndexFunc(t, unicode.IsDigit) >= 0 && otherThanDateWords(t) == 0
}

// creditedName reports whether a line is a name under its part in the
// article, as a site credits its writer and editor: "Editor Rina
// Kartikasari", "Penulis Dimas Pratama".
func creditedName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 3 || len(f) > 5 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(f[0], ":")) {
	case "editor", "penulis", "reporter", "redaktur", "author", "writer", "autor", "autora", "redakteur", "redactor", "rédacteur":
	default:
		return false
	}
	ns, rest := leadingNames(strings.Join(f[1:], " "))
	return len(ns) == 1 && rest == ""
}

// domainName is a site's name written as its domain: "hacks.mozilla.org",
// "Example.com".
var domainName = lazyCompile(`(?i)^(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|blog|news|co|uk|de|fr|es|it|nl|au|ca|in|me|info|pl|cz|sk|se|no|dk|fi|pt|br|ar|mx|ch|at|be|ie|nz|za|ke|ng|sg|jp|kr|ru|tr|id|gr|hu|ro|eu|tv)$`)

// namesADomain reports whether a line is a domain name and the page's
// controls alone: the site's name and its menu ("hacks.mozilla.org
// Home").
func namesADomain(t string) bool {
	if !strings.Contains(t, ".") {
		return false
	}
	domain := false
	for _, w := range strings.Fields(t) {
		switch w = strings.Trim(w, "()[],:"); {
		case domainName.MatchString(w):
			domain = true
		case !pasteUIWords[strings.ToLower(w)]:
			return false // "Booking.com fined €400m" is a headline
		}
	}
	return domain
}

// headlineWithoutSite is a title that is a page's title, the headline and
// the site's name ("Ferry fares rise - Harbour News"), without the site's
// name when the headline stands alone on a line above the article at
// first (a page pasted whole holds both); the title as it is otherwise.
func headlineWithoutSite(title string, blocks []block, first int) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head := strings.TrimSpace(title[:i])
		for j := 0; j <= first && j < len(blocks); j++ {
			if strings.TrimSpace(blocks[j].text) == head {
				return head
			}
		}
	}
	return title
}

// maxHeadLines is how far down from the top of a paste the byline or the
// article may start for the line right under a label to be taken for the
// headline: further down, the paste is of a whole page, and its top lines
// are menus.
const maxHeadLines = 8

// minHeadlineOverDekWords is the fewest words of a headline over a
// standfirst without a full stop: a shorter line there is a kicker ("Cost
// of living") over the headline.
const minHeadlineOverDekWords = 4

// minSureHeadlineWords is the fewest words of a line over a standfirst
// that make it the headline whatever the standfirst's length (no kicker
// runs so long), unless it is one of a list of headlines (links to other
// stories above the article's). A photo's caption of that length set
// above the headline passes for it (a review's finding, kept: the rule
// reads more pages right than it misreads).
const minSureHeadlineWords = 8

// dekExtraWords is how many words more than the headline above it a
// standfirst without a full stop has at least.
const dekExtraWords = 3

// headlineOverDek returns where the headline is when the line at h, taken
// for it, is the standfirst over the byline or first paragraph at from
// and a line shaped like a headline, not chrome (a menu's "Local Radio:
// ABC Far North"), of minSureHeadlineWords or dekExtraWords shorter at
// least, stands right above it (with only chrome or a caption between): a headline and its
// standfirst may both lack a full stop, and the headline comes first. It
// returns h otherwise.
func headlineOverDek(blocks []block, info []pasteInfo, h, from int) int {
	if dekOver(blocks, info, from, "") != h {
		return h
	}
	for i := h - 1; i >= 0 && i >= h-3; i-- {
		if info[i].chrome && !headlineAt(blocks, info, i) || isCaptionLine(blocks[i].text) {
			continue // a control, or the lead photo's caption
		}
		// (A headline in title case set right under the section's labels,
		// "SEMICONDUCTORS" and "NEWS", may pass for a menu's entry: weak
		// chrome, when it is as long as a headline; a label and its value,
		// "Local Radio: ABC Far North", or a topic, "Cost Of Living
		// Crisis", is the page's.)
		if headlineAt(blocks, info, i) && (!info[i].chrome || info[i].kind == weakChrome && !strings.Contains(blocks[i].text, ":") && info[i].words >= minStretchHeadlineWords) && info[i].words >= minHeadlineOverDekWords && !sectionLabel(blocks[i].text) &&
			(info[i].words >= minSureHeadlineWords && (i == 0 || !headlineAt(blocks, info, i-1)) || info[i].words+dekExtraWords <= info[h].words) {
			return i
		}
		break
	}
	return h
}

// menuLines is how many lines of chrome above the headline nearest the
// article make the paste one of a whole page, whose first line is the
// page's, not the article's.
const menuLines = 5

// shortTitleWords is the most words of a first line that, over a menu,
// is taken for the site's name or a link of the page rather than the
// headline ("Ready to publish?", "hacks.mozilla.org Home").
const shortTitleWords = 4

// titleOverMenu reports whether the line a paste opens with, taken for
// its title, is the page's rather than the headline: a line that may be
// chrome (by its words, short, ending in a control after a separator, or
// a statement)
// over a menu above h, the headline nearest the article's byline or
// first paragraph (see headlineAbove).
func titleOverMenu(title string, blocks []block, info []pasteInfo, h int) bool {
	in := judgePasteLine(block{text: title}, false)
	return (in.chrome || in.words <= shortTitleWords || controlAfterSeparator(title) || mostlyControls(title) || statement(title) && !echoedBelow(title, blocks, info, h)) && menuAbove(blocks, info, h)
}

// headlineOverByline reports whether the headline h stands right over the
// article's byline at from, above the article's first paragraph, with a
// menu above it (three of a site's own entries: "Home", "About",
// "Search"; a share bar's buttons are no menu): on a page pasted whole,
// the line it opens with ("Notes from Plot 17", a blog's name over its
// tagline and menu) is the site's, however long.
func headlineOverByline(blocks []block, info []pasteInfo, h, from, first int) bool {
	if h < 0 || from != h+1 || from >= first {
		return false
	}
	nav := 0 // the entries of a site's own menu ("Home", "About", "Search"), not a share bar's
	for i := 0; i < h; i++ {
		if info[i].chrome && lineIsOneOf(blocks[i].text, siteMenuEntries) {
			nav++
		}
	}
	return nav >= minSiteMenuEntries
}

// siteMenuEntries are the entries of a site's own menu, which every blog
// and site sets over its posts, whatever they hold; minSiteMenuEntries is
// how many of them make a menu.
var siteMenuEntries = []string{"home", "about", "about us", "about me", "contact", "contact us", "menu", "search", "search for:",
	"blog", "archive", "archives", "categories", "skip to content", "skip to main content", "log in", "sign in"}

const minSiteMenuEntries = 3

// minChromeOverHeadline is the fewest lines of the page's chrome, of any
// kind, over the headline that titleUnsaidBelow asks for.
const minChromeOverHeadline = 3

// titleUnsaidBelow reports whether the line a paste opens with is the
// page's, not the headline: a question or a sentence that the
// article's first paragraphs do not take up ("Ready to publish?", a blog
// editor's dialog), over lines of the page's chrome and the headline h,
// whose words they do take up. (A short headline without its full stop,
// "Raising the bar", keeps the title.)
func titleUnsaidBelow(title string, blocks []block, info []pasteInfo, h int) bool {
	if h < 0 || !(statement(title) || strings.HasSuffix(strings.TrimSpace(title), "?")) || len(blocks) > 0 && articlesOwnLine(blocks[0].text) {
		return false // (the article's own buttons or stamps right under a question: "Whose road is it anyway?" over "Share", "Save"; "What's in a name?" over "5 min read")
	}
	chrome := 0
	for i := 0; i < h; i++ {
		if info[i].chrome {
			chrome++
		}
	}
	if chrome < minChromeOverHeadline {
		return false
	}
	said, headSaid := echoes(title, blocks, info, h), echoes(blocks[h].text, blocks, info, h+1)
	return said < minEchoWords && headSaid > said
}

// Bounds of echoedBelow: the paragraphs it reads, and the least words of
// the line they must share.
const (
	echoParagraphs = 4
	minEchoWords   = 2
)

// echoedBelow reports whether the first paragraphs of prose from blocks[h]
// on share minEchoWords words of four letters or more with a line: a
// headline of sentences tells the story they tell ("The ferry is late
// again. Nobody on the island is surprised." over a ferry's story), a
// page's notice does not ("IE 11 is not supported.").
func echoedBelow(line string, blocks []block, info []pasteInfo, h int) bool {
	return echoes(line, blocks, info, h) >= minEchoWords
}

// echoes counts the words of four letters or more of a line that the
// first paragraphs of prose from blocks[h] on share (see echoedBelow).
func echoes(line string, blocks []block, info []pasteInfo, h int) int {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 {
			words[w] = false
		}
	}
	shared, read := 0, 0
	for k := max(h, 0); k < len(blocks) && read < echoParagraphs; k++ {
		if !info[k].prose {
			continue
		}
		read++
		for _, w := range strings.FieldsFunc(strings.ToLower(blocks[k].text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if seen, ok := words[w]; ok && !seen {
				words[w] = true
				shared++
			}
		}
	}
	return shared
}

// maxDeckWords is the most words of a standfirst deckOverLeadPhoto reads.
const maxDeckWords = 45

// deckOverLeadPhoto reports whether the paragraph at blocks[i], right under
// the headline, is the standfirst over the lead photo: short, and the
// lines between it and the next paragraph hold a photo's caption or credit
// and a control of the page ("Photograph: Getty Images", "Save this
// story"), as a page sets them between its head and the article. A first
// paragraph has at most an advertisement's label under it.
func deckOverLeadPhoto(blocks []block, info []pasteInfo, i, last int) bool {
	if info[i].words > maxDeckWords {
		return false
	}
	credit, control := false, false
	for k := i + 1; k <= last && (!info[k].prose || k == i+1 && captionOverItsCredit(blocks, info, k, last)); k++ {
		if _, ok := pasteCaption(blocks[k].text); ok || info[k].prose {
			credit = true
		} else if info[k].chrome && (info[k].furn != furnitureLine || !isAdLabel(blocks[k].text)) {
			control = true // (a share bar's "Share this story", not an advertisement's label)
		}
	}
	return credit && control
}

// captionOverItsCredit reports whether the short sentence at blocks[k]
// is a photo's caption with its credit alone on the line right under it
// ("Riders wait for a Blue Line train …" over "Pat Nabong/Sun-Times").
func captionOverItsCredit(blocks []block, info []pasteInfo, k, last int) bool {
	if k+1 > last || info[k].words > maxShortCaptionWords || !info[k+1].tight {
		return false
	}
	c, ok := pasteCaption(blocks[k+1].text)
	return ok && c.Text == "" && c.Credit != ""
}

// pastNotices moves the start of the article at blocks[first] past the
// notices of the page that open its run of prose ("The author chose to
// make this story unlisted, which means only those with the link can see
// it."), to its next paragraph of prose or subheading; the headline may
// stand between.
func pastNotices(blocks []block, info []pasteInfo, first, last int) int {
	for first < last {
		if _, ok := noticeOf(newRuleText(blocks[first].text)); !ok {
			return first
		}
		next := first + 1
		for next < last && !info[next].prose && blocks[next].kind != heading {
			next++
		}
		if !info[next].prose && blocks[next].kind != heading {
			return first
		}
		first = next
	}
	return first
}

// statement reports whether a line ends with a full stop, as a page's
// notice does ("CNET también está disponible en español.", "IE 11 is not
// supported. For an optimal experience visit our site on another
// browser."), and a headline of one sentence does not.
func statement(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..")
}

// Limits of a section's label over the headline (see
// sectionLabelOverHeadline).
const (
	maxLabelWords       = 2 // of the label; three in capitals
	maxLinesUnderLabel  = 3 // from the label to the headline
	minLabelledHeadline = 5 // words of the headline under it
)

// summaryLabels are the labels over a box that sums the article up
// (lexicon/summaries.txt).
var summaryLabels = sync.OnceValue(func() map[string]bool { return lexiconSet("summaries.txt") })

// maxSummaryLines and maxSummaryLineWords bound a box that sums the
// article up.
const (
	maxSummaryLines     = 5
	maxSummaryLineWords = 40
	// maxSummaryPointWords is the most words of a summary's point that
	// runs into the article with no line between (see summaryBox).
	maxSummaryPointWords = 25
)

// summaryBox returns the short sentences that, from blocks[first], stand
// under a summary's label ("Summary", "Key points", "What you need to
// know:") with the page's lines under them (the byline, its date, the
// buttons) before the article's text goes on, joined, and where the text
// goes on; "" when the article does not open with such a box.
func summaryBox(blocks []block, info []pasteInfo, first, last int) (string, int) {
	at := summaryLabelUnder(blocks, first, last)
	if at < 0 {
		return "", first
	}
	end := summaryEnd(blocks, info, at, last+1)
	// The box may run into the article with nothing between (a paste
	// without blank lines): its points are the short sentences, up to the
	// first paragraph of a news story's length on the line under them.
	short := at
	for short < end && info[short].words <= maxSummaryPointWords {
		short++
	}
	if short > at && short < end && info[short].tight {
		return joinedLines(blocks, at, short), short
	}
	if end > at && end <= last && info[end].prose && at == 1 {
		return joinedLines(blocks, at, end), end // right under the headline, over the article's first paragraph
	}
	if end == at || end > last || info[end].prose {
		return "", first
	}
	next := end
	for next <= last && !info[next].prose {
		next++
	}
	if next > last {
		return "", first
	}
	return joinedLines(blocks, at, end), next
}

// maxLinesOverSummary is how many lines of the lead photo's caption and
// credit may stand between the article's first prose and a summary's
// label under them.
const maxLinesOverSummary = 2

// summaryLabelUnder returns the index of the first sentence of a summary
// box whose label stands right over the article's first prose at first,
// or under the lead photo's caption and credit that open it ("Fishermen
// sort their catch …", "Photo credit: …", "What you need to know:"); -1
// when there is none.
func summaryLabelUnder(blocks []block, first, last int) int {
	if first > 0 && summaryLabel(blocks[first-1].text) {
		return first
	}
	for j := first; j <= last && j <= first+maxLinesOverSummary; j++ {
		if summaryLabel(blocks[j].text) {
			if j > first || j == 0 {
				return j + 1 // (the label the paste opens with, right under the headline)
			}
			return -1
		}
		if _, ok := pasteCaption(blocks[j].text); !ok && !bareCredit(blocks[j].text) && (j+1 > last || !bareCredit(blocks[j+1].text)) {
			return -1
		}
	}
	return -1
}

// summaryAbove returns the sentences of a box that sums the article up,
// under its label among the lines above the article's text (see
// summaryBox), joined; "" when there is none.
func summaryAbove(blocks []block, info []pasteInfo, first int) string {
	for j := first - 1; j >= 0 && j >= first-headerWindow-maxSummaryLines; j-- {
		if summaryLabel(blocks[j].text) {
			return joinedLines(blocks, j+1, summaryEnd(blocks, info, j+1, first))
		}
	}
	return ""
}

// summaryEnd is where the sentences of a summary from blocks[from] end,
// before limit at the latest (see summarySentence, maxSummaryLines).
func summaryEnd(blocks []block, info []pasteInfo, from, limit int) int {
	k := from
	bullets := from < limit && bulletPoint(strings.TrimSpace(blocks[from].text))
	for k < limit && k-from < maxSummaryLines && summarySentence(blocks[k].text, info[k]) && (!bullets || bulletPoint(strings.TrimSpace(blocks[k].text))) {
		k++ // (points with bullets end with the bullets)
	}
	return k
}

// joinedLines is the text of blocks[from:to], each collapsed, joined by
// spaces.
func joinedLines(blocks []block, from, to int) string {
	parts := make([]string, 0, to-from)
	for _, bl := range blocks[from:to] {
		parts = append(parts, collapseSpace(bl.text))
	}
	return strings.Join(parts, " ")
}

// minSummaryLineWords is the fewest words of a sentence of a summary.
const minSummaryLineWords = 4

// summarySentence reports whether a line can be a sentence of a box that
// sums the article up: prose, or a short sentence ("Fuel costs are
// blamed."), of no more than maxSummaryLineWords words.
func summarySentence(t string, in pasteInfo) bool {
	t = strings.TrimSpace(t)
	return in.words <= maxSummaryLineWords && (in.prose || in.words >= minSummaryLineWords && (sentenceEnds(t) || bulletPoint(t)))
}

// bulletPoint reports whether a line opens with a bullet, as a summary's
// points do without their full stops: "• Fares stay the same".
func bulletPoint(t string) bool {
	r := firstRune(t)
	return r == '•' || r == '·' || r == '▪' || r == '–' || r == '-' || r == '*'
}

// summaryLabel reports whether a line is a summary's label (see
// summaryLabels).
func summaryLabel(t string) bool { return summaryLabels()[furnitureKey(t)] }

// sectionLabelOverHeadline reports whether the line a paste opens with,
// taken for its title, is the label of the site's section over the
// headline ("cotidiano", "Faits divers", "ESPAÑA"): a line of up to two
// words, or three in capitals, without figures, with the headline nearest the article's byline or
// first paragraph at from (h, see headlineAbove; over its standfirst, see headlineOverDek)
// within three lines under it, longer than a label, with a line or more
// (its standfirst) between it and the byline. A short headline right over
// one line and the byline keeps the title: that line is its standfirst,
// a question or a caption.
func sectionLabelOverHeadline(title string, blocks []block, info []pasteInfo, h, from int) bool {
	n := wordCount(title)
	if n == 0 || sentenceEnds(title) || strings.IndexFunc(title, unicode.IsDigit) >= 0 || h < 0 {
		return false
	}
	if n > maxLabelWords && !((isAllCaps(title) || joinsTwoSections(title)) && n <= maxLabelWords+1) && !topicOverHeadline(title, blocks, info, h, from) {
		return false // "Floods hit Valencia", "Budget 2025 explained", "MAYOR QUITS OVER EXPENSES ROW": short headlines
	}
	h = headlineOverDek(blocks, info, h, from)
	return h < maxLinesUnderLabel && info[h].words >= minLabelledHeadline && from-h >= 2
}

// topicOverHeadline reports whether the line a paste opens with, taken
// for its title, of up to maxKickerWords words, is the topic a magazine
// sets over its headline ("Windkraft in der Uckermark" over "Warum ein
// Dorf gegen seinen eigenen Bürgermeister stimmt"): the headline (h)
// stands right under it, twice as long at least, over its standfirst (a
// paragraph of sentences; over a date line or a credit, the line under a
// short headline is its standfirst: "Floods hit Valencia"), and under them
// a byline led by its word ("By", "Von").
func topicOverHeadline(title string, blocks []block, info []pasteInfo, h, from int) bool {
	if wordCount(title) > maxKickerWords || h != 0 || info[h].words < 2*wordCount(title) || from-h < 2 || from >= len(blocks) {
		return false
	}
	dek := strings.TrimSpace(blocks[h+1].text)
	return info[h+1].prose && sentenceEnds(dek) && hasBylinePrefix(blocks[from].text)
}

// joinsTwoSections reports whether a line of three words names two
// sections joined by "and" ("Arts and culture", "Health & science"), both
// words of sections (see sections.txt), as a section's label may; "Boom
// and bust" is a feature's headline.
func joinsTwoSections(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) == 3 && (f[1] == "and" || f[1] == "&" || f[1] == "y" || f[1] == "et" || f[1] == "und" || f[1] == "e") &&
		sectionWords()[f[0]] && sectionWords()[f[2]]
}

// postUnderDate reports whether the line a paste opens with, taken for
// its title, is a blog's name over its menus, with the post's title under
// the post's date nearer the article: a short first line, and the
// headline nearest the article's byline or first paragraph (h, see headlineAbove) set
// right under a date line ("Saturday, 15 March 2025" over "Tomatoes on a
// balcony"), as blogs date their posts, and only the blog's tagline and
// menus above the date: under a standfirst, the line under the date is a
// photo's caption.
func postUnderDate(title string, blocks []block, info []pasteInfo, h int) bool {
	if h < 2 || wordCount(title) > shortTitleWords || !isDateLine(blocks[h-1].text, info[h-1].words) || lineKey(blocks[h].text) == lineKey(title) {
		return false
	}
	for i := 0; i < h-1; i++ {
		if info[i].prose || sentenceEnds(blocks[i].text) {
			return false // a headline's standfirst, then its date and a photo's caption
		}
	}
	return true
}

// mostlyControls reports whether half the words of a line or more are
// controls' words ("msn back to msn home news", "Go to Defending Our
// Rights").
func mostlyControls(t string) bool {
	f := strings.Fields(t)
	n := 0
	for _, w := range f {
		if allUIWords(w) {
			n++
		}
	}
	return len(f) > 0 && 2*n >= len(f)
}

// controlAfterSeparator reports whether a line is a site's name and a
// control set apart by a separator: "The Guardian - Back to home".
func controlAfterSeparator(t string) bool {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(t, sep); i > 0 && allUIWords(t[i+len(sep):]) {
			return true
		}
	}
	return false
}

// menuAbove reports whether at least menuLines lines of chrome stand
// above the headline at h that are not said again below it: a page's
// menus, not an article's table of contents (whose entries come back as
// its subheadings). Controls ("Share", "Email", "Save": a share bar under
// a short headline) and labelled lines ("Age: 47": a fact box) are no
// menu's.
func menuAbove(blocks []block, info []pasteInfo, h int) bool {
	if h < 0 {
		return false
	}
	below := map[string]bool{}
	for i := h + 1; i < len(blocks); i++ {
		below[lineKey(blocks[i].text)] = true
	}
	n := 0
	for i := 0; i < h; i++ {
		t := blocks[i].text
		if info[i].chrome && !allUIWords(t) && !strings.Contains(t, ":") && !below[lineKey(t)] {
			n++
		}
	}
	return n >= menuLines
}

// headlineUnderLabel returns 0 when the line right under the label a paste
// opens with is the only line shaped as a headline above the article's
// byline or first paragraph at from, within maxHeadLines; -1 otherwise
// (menus, tickers or a second headline above the article leave the choice
// to headlineAbove).
func headlineUnderLabel(blocks []block, info []pasteInfo, from int) int {
	if from < 1 || from > maxHeadLines || !headlineAt(blocks, info, 0) {
		return -1
	}
	for i := 1; i < from; i++ {
		if headlineAt(blocks, info, i) {
			return -1
		}
	}
	return 0
}

// sectionWords are the words of news sites' section labels (see
// sections.txt).
var sectionWords = sync.OnceValue(func() map[string]bool { return lexiconSet("sections.txt") })

// sectionLabel reports whether every word of a short line is a word of a
// section's label: "Climate crisis", "Local government", "Economía".
func sectionLabel(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	for _, w := range f {
		if !sectionWords()[strings.Trim(w, ".,:;|/-–—")] {
			return false
		}
	}
	return len(f) > 0
}

// nextText is the text of the block after blocks[i], past lines of a
// separator alone ("·"), or "".
func nextText(blocks []block, i int) string {
	for j := i + 1; j < len(blocks); j++ {
		if !separatorOnly(blocks[j].text) {
			return blocks[j].text
		}
	}
	return ""
}

// separatorOnly reports whether a line holds only a separator a page sets
// between the parts of a byline ("·", "|", "•"): a copy sets it on a line
// of its own, between the name and the date. (A dash or a slash alone
// may divide an article's sections, or open a list's item.)
func separatorOnly(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && len(t) <= 4 && strings.Trim(t, "·|•") == ""
}

// prevText is the text of the block before blocks[i], or "".
// maxStampsOverByline is how many lines of a date or a reading time may
// stand between the headline and a byline of names alone.
const maxStampsOverByline = 2

// minUnfinishedDekWords is the fewest words of a standfirst told by its
// missing full stop (see unfinishedDek).
const minUnfinishedDekWords = 8

// unfinishedDek reports whether block i reads as a standfirst as many
// sites set one: a sentence of some length without its full stop ("The
// harbour board says the night boats will run again from June"), over a
// paragraph that ends as sentences do. (In German, whose nouns take
// capitals, it may look like a subheading.) An article's paragraphs end with
// theirs.
func unfinishedDek(blocks []block, info []pasteInfo, i, last int) bool {
	t := strings.TrimSpace(blocks[i].text)
	if blocks[i].kind != paragraph && blocks[i].kind != heading || info[i].chrome || info[i].furn != notFurniture || info[i].words < minUnfinishedDekWords || info[i].words > maxDeckWords ||
		lowerShare(t) < 0.5 || sentenceEnds(t) || !endsInAWord(t) || sentenceBreaks(t) > 0 || i+1 > last {
		return false
	}
	return info[i+1].prose && sentenceEnds(strings.TrimSpace(blocks[i+1].text))
}

// unfinishedDekUnderHeadline reports whether block i is the headline's
// standfirst without its full stop: an unfinishedDek right under the
// headline that reads as a standfirst of title.
func unfinishedDekUnderHeadline(blocks []block, info []pasteInfo, i, last int, title string) bool {
	return unfinishedDek(blocks, info, i, last) && underTheHeadline(blocks, i, title) && isDek(blocks[i], title)
}

// endsInAWord reports whether t ends with a letter or a digit, closing
// quotes aside: a standfirst without its full stop ends so, not with a
// colon or a comma over more to come, an emoji or a footnote's mark ("…
// worth every penny 🙂", "… from April[1]"), as a paragraph may.
func endsInAWord(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’»"))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// sentenceBreaks counts the breaks between sentences within t (". ", "? ",
// "! "): a standfirst without its full stop is one sentence, while an
// article's first paragraph that lost its last full stop has more.
func sentenceBreaks(t string) int {
	return strings.Count(t, ". ") + strings.Count(t, "? ") + strings.Count(t, "! ")
}

// underTheHeadline reports whether block i opens the paste or stands right
// under the headline (title), or under it past no more than its date and
// reading time ("2025-01-08", "· 6 min read ·"), as a blog's theme sets
// them over the author's name.
func underTheHeadline(blocks []block, i int, title string) bool {
	for j := i - 1; j >= 0; j-- {
		if blocks[j].text == title {
			return true
		}
		t := strings.Trim(strings.TrimSpace(blocks[j].text), "·•|—–- ")
		if j < i-maxStampsOverByline || !(readingTime(t) || pageStamp(t) || isDateLine(t, wordCount(t))) {
			return false
		}
	}
	return true
}

func prevText(blocks []block, i int) string {
	if i > 0 {
		return blocks[i-1].text
	}
	return ""
}

// sourceOverCaption reads a photo's source line over its caption line, as
// a page labels them for screen readers ("Image source, Getty Images" over
// "Image caption, Femi Adeyemi's header was his first goal"), as one
// caption with its credit.
func sourceOverCaption(blocks []block, i, last int) (Caption, bool) {
	if i+1 > last || !sourceLabel.MatchString(blocks[i].text) || !captionLabel.MatchString(blocks[i+1].text) {
		return Caption{}, false
	}
	src, okSrc := pasteCaption(blocks[i].text)
	c, okCap := pasteCaption(blocks[i+1].text)
	if !okSrc || !okCap || src.Credit == "" || src.Text != "" || c.Text == "" || c.Credit != "" {
		return Caption{}, false
	}
	c.Credit = src.Credit
	return c, true
}

// sourceLabel and captionLabel open a photo's source and caption lines as
// a page labels them for screen readers, in the languages of its editions.
var (
	sourceLabel  = lazyCompile(`^(?:Image source|Fuente de la imagen|Fonte da imagem)\s*[:,]`)
	captionLabel = lazyCompile(`^(?:Image caption|Pie de foto|Legenda da foto)\s*[:,]`)
)

// appendCaption adds a caption once.
func appendCaption(cs []Caption, c Caption) []Caption {
	for _, have := range cs {
		if have == c {
			return cs
		}
	}
	return append(cs, c)
}

// proseRun is a run of prose paragraphs: its first and last blocks, its
// prose words, and the words of chrome before it (since the last run);
// whether that chrome holds a widget heading ("Related", "Most read", a
// comments counter), and whether the page's comments have started.
type proseRun struct {
	first, last, words, gapBefore int
	// settled counts the words of the paragraphs next to another (an
	// article's paragraphs follow each other, while a stream of story
	// cards sets each teaser apart under its headline), paras the
	// paragraphs.
	settled, paras           int
	widgetBefore, inComments bool
}

// minStreamCards is the fewest teasers standing apart that make a run a
// stream of story cards.
const minStreamCards = 3

// cardStream reports whether a run next to the article is a stream of
// story cards: at least minStreamCards paragraphs, none next to another,
// beside an article whose paragraphs follow each other.
func (r proseRun) cardStream(article proseRun) bool {
	return r.settled == 0 && r.paras >= minStreamCards && article.settled > 0
}

// weight ranks a run as the article: its words in paragraphs that follow
// each other, and a quarter of its other words (a list article sets its
// paragraphs apart under headings and photos too, but a run of it is long).
func (r proseRun) weight() int { return r.settled + (r.words-r.settled)/4 }

// articleRun finds the article in a paste: the run of blocks, between two
// prose paragraphs, with the most prose words, where the chrome (see
// isChrome) between two prose paragraphs holds at most maxGapWords words
// with letters: a share bar or a menu ends a run, the numbers and labels
// of a chart do not. Other blocks (list items, short sentences) neither
// make nor break a run. The run then takes in the runs next to it that
// are worth it (see mergeRuns). It returns -1, -1 when the paste has no
// prose.
func articleRun(blocks []block, info []pasteInfo) (int, int) {
	var runs []proseRun
	cur := proseRun{first: -1}
	gap := 0
	widget, comments := false, false // in the chrome since the last run; seen so far
	proseSoFar := 0
	for i, in := range info {
		if blocks[i].kind == tableRow && cur.first >= 0 {
			gap = 0 // a table inside the article holds it together
			continue
		}
		if !in.prose {
			// A comments counter in a share bar after the first paragraph
			// does not start the comments: some article must be behind.
			if proseSoFar >= minProseBeforeComments && opensComments(blocks, info, i) && !underByline(blocks, info, i) && !commentsLinkAgain(blocks, info, i, len(blocks)-1) {
				// The comments start: a run ends here, whatever its gap.
				comments, widget = true, true
				if cur.first >= 0 {
					runs = append(runs, cur)
					cur = proseRun{first: -1}
				}
			} else if in.furn == furnitureCut {
				widget = true
			}
			if !in.chrome {
				continue
			}
			gap += letterWords(blocks[i].text) + cjkRunes(blocks[i].text)/cjkPerWord
			if cur.first >= 0 && gap > maxGapWords {
				runs = append(runs, cur)
				cur = proseRun{first: -1}
			}
			continue
		}
		if cur.first < 0 {
			cur = proseRun{first: i, gapBefore: gap, widgetBefore: widget, inComments: comments}
		}
		cur.last, gap, widget = i, 0, false
		cur.words += in.words
		cur.paras++
		if i > 0 && info[i-1].prose || i+1 < len(info) && info[i+1].prose {
			cur.settled += in.words
		}
		proseSoFar += in.words
	}
	if cur.first >= 0 {
		runs = append(runs, cur)
	}
	if len(runs) == 0 {
		return -1, -1
	}
	// The article is the longest run before the comments, unless the runs
	// before them are only a line or two: readers' comments can run longer
	// than the article.
	best, bestAll := -1, 0
	for i, r := range runs {
		if r.words > runs[bestAll].words {
			bestAll = i
		}
		if !r.inComments && (best < 0 || r.weight() > runs[best].weight()) {
			best = i
		}
	}
	if best < 0 || runs[best].words*4 < runs[bestAll].words {
		best = bestAll
	}
	lo, hi := mergeRuns(runs, best)
	return runs[lo].first, runs[hi].last
}

// minProseBeforeComments is the fewest prose words before a line that
// opens the comments.
const minProseBeforeComments = 60

// Limits of merging runs of prose into the article.
const (
	// mergeGapWords is the most words of chrome between the article and a
	// run it takes in (a box of links to other stories inside it).
	mergeGapWords = 80
	// mergeShare is the least size of a run taken in, as a share of the
	// article's words so far: a line or two of teaser text is not enough.
	mergeShare = 0.08
	// Across a wider gap (a video player and its list of clips set inside
	// the article), a run is taken in when it holds at least
	// mergeWideParas paragraphs that follow each other and mergeWideShare
	// of the article's words so far, and the gap at most mergeWideGapWords.
	mergeWideGapWords = 400
	mergeWideParas    = 3
	mergeWideShare    = 0.25
)

// wideMerge reports whether run r, across its gap from the article,
// is a part of it: large, of paragraphs that follow each other.
func (r proseRun) wideMerge(words int) bool {
	return r.paras >= mergeWideParas && r.settled*2 >= r.words && float64(r.words) >= mergeWideShare*float64(words)
}

// mergeRuns grows the article from runs[best] over the runs next to it
// that are close (little chrome between) and large enough, and returns the
// first and last run it covers. It does not cross into or out of the
// page's comments, nor take in a smaller run after a widget heading (the
// teasers under "Related" after the article's end).
func mergeRuns(runs []proseRun, best int) (int, int) {
	lo, hi := best, best
	words := runs[best].words
	for {
		grown := false
		next := hi + 1
		if next < len(runs) && (runs[next].gapBefore <= mergeGapWords && float64(runs[next].words) >= mergeShare*float64(words) ||
			runs[next].gapBefore <= mergeWideGapWords && runs[next].wideMerge(words)) &&
			runs[next].inComments == runs[best].inComments && (!runs[next].widgetBefore || runs[next].words*2 >= words) && !runs[next].cardStream(runs[best]) {
			hi++
			words += runs[hi].words
			grown = true
		}
		if lo > 0 && (runs[lo].gapBefore <= mergeGapWords && float64(runs[lo-1].words) >= mergeShare*float64(words) ||
			runs[lo].gapBefore <= mergeWideGapWords && runs[lo-1].wideMerge(words)) && runs[lo-1].inComments == runs[best].inComments &&
			!runs[lo-1].cardStream(runs[best]) {
			lo--
			words += runs[lo].words
			grown = true
		}
		if !grown {
			return lo, hi
		}
	}
}

// letterWords counts the words of s that hold a letter.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if hasLetter(w) {
			n++
		}
	}
	return n
}
