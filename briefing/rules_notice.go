package briefing

import (
	"strings"
)

var (
	noticeLines   = lexiconLines("notices.txt")
	noticePhrases = newPhraseSet(noticeLines)
	// noticePlatform finds the platform a notice names: "published on the
	// now-closed HuffPost Contributor platform", "the property of The
	// Huffington Post".
	noticePlatform = lazyCompile(`(?i)\b(?:published on the (?:now-closed |former )?(.+?) platform|contents are the property of (.+?)(?:,| and\b|\.|$))`)
)

// maxNoticeWords bounds the paragraphs searched for platform notices.
const maxNoticeWords = 90

// platformNotice reports whether a paragraph is the hosting platform's
// boilerplate, and the platform it names ("HuffPost Contributor"), if any.
func platformNotice(p string) (source string, ok bool) { return noticeOf(newRuleText(p)) }

func noticeOf(rt ruleText) (source string, ok bool) {
	if rt.words > maxNoticeWords || !rt.hasPhrase(noticeList, noticePhrases) {
		return "", false
	}
	if m := noticePlatform.FindStringSubmatch(rt.text); m != nil {
		source = strings.TrimSpace(m[1] + m[2])
	}
	return source, true
}
