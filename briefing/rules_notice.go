package briefing

import (
	"regexp"
	"strings"
)

var (
	noticePhrases = lexiconLines("notices.txt")
	// noticePlatform finds the platform a notice names: "published on the
	// now-closed HuffPost Contributor platform", "the property of The
	// Huffington Post".
	noticePlatform = regexp.MustCompile(`(?i)\b(?:published on the (?:now-closed |former )?(.+?) platform|contents are the property of (.+?)(?:,| and\b|\.|$))`)
)

// maxNoticeWords bounds the paragraphs searched for platform notices.
const maxNoticeWords = 90

// platformNotice reports whether a paragraph is the hosting platform's
// boilerplate, and the platform it names ("HuffPost Contributor"), if any.
func platformNotice(p string) (source string, ok bool) {
	if wordCount(p) > maxNoticeWords {
		return "", false
	}
	key := lineKey(p)
	for _, phrase := range noticePhrases {
		if strings.Contains(key, phrase) {
			ok = true
			break
		}
	}
	if !ok {
		return "", false
	}
	if m := noticePlatform.FindStringSubmatch(p); m != nil {
		source = strings.TrimSpace(m[1] + m[2])
	}
	return source, true
}
