package briefing

import (
	"strings"
	"unicode"
)

// maxSiteNameWords is the most words of a site's name: set over its menu,
// or after a widget's heading ("Trending on Meridian Voices").
const maxSiteNameWords = 4

// mastheadSource is the site's name a page pasted whole opens with, over
// its menu ("Circuit Daily" over "Tech", "Reviews", "Science"): the line
// first taken for the title and given up for the headline below the menu
// (see pasteRules), when it is shaped as a name (see siteNameShaped) and
// it is a paper's name ("The Chronicle", see paperWords) or the page says
// it again as its own: in its copyright line ("© 2026 Circuit Daily", or,
// for a paper's name, its publisher's: "© 2026 Circuit Media, LLC") or
// after "for" in a credit or a writer's note ("Photograph: Lotte Maes for
// The Weekend Review", "covers housing for The Capital Ledger"). A page's
// first line is far more often the first item of its menu ("Design",
// "Biz & IT") than its name. It is "" for any other line.
func mastheadSource(opened string, blocks []block) string {
	t := siteNameShaped(opened)
	if t == "" {
		return ""
	}
	f := strings.Fields(t)
	paper := len(f) > 1 && paperWords[strings.ToLower(f[len(f)-1])]
	if paper && f[0] == "The" {
		return t // "The Chronicle", "The Coastal Courier": a paper's name, not a menu's item
	}
	publisher := ""
	if paper {
		publisher = f[0] + " " // "Circuit Daily", published by "Circuit Media, LLC"
	}
	for _, bl := range blocks {
		line := collapseSpace(bl.text)
		if namesCopyright(line) && (strings.Contains(line, t) || publisher != "" && strings.Contains(line, publisher)) || strings.Contains(line, " for "+t) {
			return t
		}
	}
	return ""
}

// paperWords end the names of papers and news sites ("The Coastal
// Courier", "Circuit Daily"), and seldom a menu's item or a section's.
var paperWords = map[string]bool{
	"daily": true, "times": true, "news": true, "post": true, "herald": true, "journal": true, "courier": true,
	"chronicle": true, "gazette": true, "tribune": true, "star": true, "mail": true, "express": true, "record": true,
	"observer": true, "telegraph": true, "guardian": true, "independent": true, "standard": true, "press": true,
	"sentinel": true, "examiner": true, "advertiser": true, "dispatch": true, "bulletin": true, "ledger": true,
	"register": true, "enquirer": true, "inquirer": true, "argus": true, "mercury": true, "echo": true, "globe": true,
	"weekly": true, "monitor": true, "messenger": true, "leader": true, "citizen": true, "wire": true,
}

// namesCopyright reports whether a line names a copyright.
func namesCopyright(t string) bool {
	return strings.Contains(t, "©") || strings.HasPrefix(strings.ToLower(t), "copyright")
}

// siteNameShaped returns a line shaped as a site's name, collapsed: up to
// four words, each opening with a capital or a digit but for the small
// words of names ("of", "the", "de", "&"), no sentence, no section's label
// ("News") nor the page's controls; "" for any other line.
func siteNameShaped(opened string) string {
	t := collapseSpace(opened)
	n := wordCount(t)
	if n == 0 || n > maxSiteNameWords || sentenceEnds(t) || strings.ContainsAny(t, ":|?!") || sectionLabel(t) || allUIWords(t) ||
		classifyFurniture(t) != notFurniture {
		return ""
	}
	for _, w := range strings.Fields(t) {
		r := firstRune(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !nameParticles[strings.ToLower(w)] && !siteNameJoiners[strings.ToLower(w)] {
			return ""
		}
	}
	return t
}

// siteNameJoiners are the small words a site's name may hold besides the
// particles of people's names.
var siteNameJoiners = map[string]bool{"of": true, "the": true, "and": true, "&": true, "on": true, "en": true}
