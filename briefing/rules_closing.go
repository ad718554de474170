package briefing

import "sync"

// A page often closes its article with its own notices: the rights to the
// text ("Materiał chroniony prawem autorskim - wszelkie prawa
// zastrzeżone") or the licence it is under ("Dieser Text wurde
// veröffentlicht unter der Lizenz CC-BY-NC-ND"). Such a paragraph stands
// after the article's last long paragraph (so it is short itself) and
// holds a phrase of lexicon/closers.txt; it is dropped. The same words
// inside the article are the article's. Contact lines ("Tel.: …",
// "Email: …") are not read so: many articles close with their writer's
// address.

// closerPhrases are the phrases of lexicon/closers.txt, lower-cased.
var closerPhrases = sync.OnceValue(func() []string { return lexiconLines("closers.txt") })

// closingNotice reports whether paragraph text, after the article's last
// long paragraph, is a notice of the site's (see above).
func closingNotice(text string) bool {
	for _, p := range closerPhrases() {
		if indexFold(text, p) >= 0 {
			return true
		}
	}
	return false
}
