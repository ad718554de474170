package briefing

import (
	"strings"
)

var (
	noticeLines   = lexiconLines("notices.txt")
	noticePhrases = newPhraseSet(noticeLines)
	pleaLines     = lexiconLines("pleas.txt")
	pleaPhrases   = newPhraseSet(pleaLines)
	// noticePlatform finds the platform a notice names: "published on the
	// now-closed HuffPost Contributor platform", "the property of The
	// Huffington Post".
	// "Opinions expressed by Meridian Voices contributors are their own".
	noticePlatform = lazyCompile(`(?i)\b(?:published on the (?:now-closed |former )?(.+?) platform|contents are the property of (.+?)(?:,| and\b|\.|$)|(?:opinions|views) expressed by (.+?) contributors\b)`)
)

// maxNoticeWords bounds the paragraphs searched for platform notices, and
// maxPleaWords those searched for a site's pleas to its readers (see
// pleas.txt).
const (
	maxNoticeWords = 90
	maxPleaWords   = 20
)

// platformNotice reports whether a paragraph is the hosting platform's
// boilerplate, and the platform it names ("HuffPost Contributor"), if any.
func platformNotice(p string) (source string, ok bool) { return noticeOf(newRuleText(p)) }

// reports reports whether a paragraph reports what somebody said ("…, the
// mayor told residents"): a site's plea to its reader reports nothing.
func reports(t string) bool {
	for _, w := range []string{" said", " says", " told", " tells", "according to", " wrote", " writes", " argue", " suggest", " urged", " announced"} {
		if indexFold(t, w) >= 0 {
			return true
		}
	}
	return false
}

func noticeOf(rt ruleText) (source string, ok bool) {
	if rt.words <= maxPleaWords && (rt.hasPhrase(pleaList, pleaPhrases) && !reports(rt.text) || pageNoticeLine(rt.text)) {
		return "", true
	}
	if rt.words > maxNoticeWords || !rt.hasPhrase(noticeList, noticePhrases) {
		return "", false
	}
	if m := noticePlatform.FindStringSubmatch(rt.text); m != nil {
		source = strings.TrimSpace(m[1] + m[2] + m[3])
	}
	return source, true
}
