package briefing

import (
	"strings"
	"sync"
)

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

// A page also closes its article with a call to follow the site: "Puede
// escribirnos a … o seguir a Materia en Facebook, Twitter, Instagram o
// suscribirse aquí a nuestra newsletter", "Folgen Sie uns auf Facebook und
// Instagram". Such a paragraph among the article's last blocks names two
// networks or more and asks the reader to follow or subscribe; it is the
// site's. An article's own sentence about the networks rarely asks that.

// maxFollowPleaWords is the most words of a call to follow the site.
const maxFollowPleaWords = 45

// followPleaReach is how many blocks from the end of the article a call
// to follow the site may stand.
const followPleaReach = 3

// pleaFollowWords ask the reader to follow or subscribe, in the languages
// the lexicon reads.
var pleaFollowWords = []string{"follow", "subscribe", "sign up", "join us", "folgen sie", "folge uns", "folgt uns", "abonnieren", "abonniere", "seguir", "síguenos", "suscríbete", "suscribirse", "suivez", "abonnez", "obserwuj", "zasubskrybuj", "seguici", "iscriviti"}

// followPlea reports whether a paragraph is a call to follow the site
// (see above).
func followPlea(text string, words int) bool {
	if words > maxFollowPleaWords {
		return false
	}
	named := 0
	for _, n := range socialNetworks {
		if namesNetwork(text, n) {
			named++
		}
	}
	if indexFold(text, "newsletter") >= 0 {
		named++
	}
	if named < 2 {
		return false
	}
	for _, w := range pleaFollowWords {
		if indexFold(text, w) >= 0 {
			return true
		}
	}
	return false
}

// namesNetwork reports whether text names a network as a word of its own:
// one of socialNetworks (written without its first letter) with one letter
// before it that opens a word, and no letter after it, so that
// "interested" and "threads of the story" name no network, and "Pinterest"
// and "Threads" do.
func namesNetwork(text, n string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], n)
		if i < 0 {
			return false
		}
		i += at
		end := i + len(n)
		if i >= 1 && isASCIILetter(text[i-1]) && (i < 2 || !isASCIILetter(text[i-2])) && (end == len(text) || !isASCIILetter(text[end])) {
			return true
		}
		at = i + 1
	}
}

// isASCIILetter reports whether b is a letter of the Latin alphabet.
func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// A blog's theme closes each post with a line about the post itself: when
// it was posted and under which categories, how to follow its comments
// ("This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is
// filed under Linux. You can follow any responses to this entry through
// the RSS 2.0 feed."; "Erstellt am … und abgelegt unter …"). Such a
// paragraph among the post's last blocks is the theme's.

// maxPostFooterWords is the most words of a post's closing line.
const maxPostFooterWords = 80

// postFooterPhrases mark a post's closing line, in the languages blog
// themes write it in.
var postFooterPhrases = []string{"responses to this entry", "rss 2.0 feed", "and is filed under", "abgelegt unter", "trackback from your own site",
	"trackback auf ihrer seite", "kommentare zu diesen eintrag", "kommentare zu diesem eintrag", "et est classé dans", "y está archivado en"}

// postFooter reports whether a paragraph is a post's closing line (see
// above).
func postFooter(text string, words int) bool {
	return words <= maxPostFooterWords && containsFold(text, postFooterPhrases)
}
