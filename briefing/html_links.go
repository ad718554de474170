package briefing

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// galleryTitle is the title of a photo gallery set in an article, with the
// count of its photos after a bar, or after a gallery's own word:
// "Gallery: Harbour storms | 14 Photos", "Fotostrecke: Sturm (12 Bilder)".
var galleryTitle = lazyCompile(`(?i)^(?:(?:gallery|galerie|galería|galleria|fotogalerie|fotostrecke|photos|slideshow|in pictures)\b.*[|(·•–—-]|.*\|)\s*\d{1,3}\s+(?:photos?|images|pictures|fotos|bilder|immagini)\)?$`)

// maxGalleryTitleWords is the most words of a gallery's title.
const maxGalleryTitleWords = 12

// maxLinkLineWords is the most words of a paragraph made of a link that is
// taken for a link to another page rather than the article's text.
const maxLinkLineWords = 15

// minLinkShare is the share of a paragraph's letters inside links above
// which a short paragraph is a link to another page: "Read the full
// transcript of his interview", "Lire aussi : Les critiques de la CNIL".
const minLinkShare = 0.8

// dropLinkLines removes from the blocks of a saved page the cards of other
// stories after the article (see storyCards), the titles of photo
// galleries (see galleryTitle), the short paragraphs that are links to
// other pages (see linkLine) and the paragraphs that are a count alone (a
// gallery's, a widget's score; see loneNumber), and the marks of links
// within the site (siteLink) from the blocks it keeps. It returns the
// blocks kept, over the start of blocks.
func dropLinkLines(blocks []block) []block {
	cards := storyCards(blocks)
	out := blocks[:0]
	for i, bl := range blocks {
		if cards[i] || bl.kind != listItem && wordCount(bl.text) <= maxGalleryTitleWords && galleryTitle.MatchString(bl.text) {
			continue
		}
		if bl.kind == paragraph && (linkLine(bl) || loneNumber(bl.text)) {
			continue
		}
		bl.links = slices.DeleteFunc(bl.links, func(l inlineLink) bool { return l.target == siteLink })
		out = append(out, bl)
	}
	return out
}

// linkLine reports whether a block is a link to another page: at most
// maxLinkLineWords words, at least minLinkShare of its letters inside
// links, and no sentence (a sentence made of a link, "The minutes show the
// vote was close.", is the article's) unless a link's label opens it
// ("Lire : Que sont les IMSI-catchers ?"). A link that shows its address
// ("https://example.org/report", "desk@example.org") is the article's too:
// the reader is to see it.
func linkLine(bl block) bool {
	if len(bl.links) == 0 || wordCount(bl.text) > maxLinkLineWords || showsAddress(bl.text) {
		return false
	}
	if sentenceEnds(strings.TrimSpace(bl.text)) && !labelledLink(bl.text) {
		return false
	}
	letters, linked := 0, 0
	for i, r := range bl.text {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		letters++
		for _, l := range bl.links {
			if i >= l.start && i < l.end {
				linked++
				break
			}
		}
	}
	return letters > 0 && float64(linked) >= minLinkShare*float64(letters)
}

// loneNumber reports whether a paragraph is a count alone: digits with at
// most a thousands separator, a decimal point or a percent sign ("14",
// "87%", "1,024"), and not a year, which a timeline sets alone.
func loneNumber(t string) bool {
	t = strings.TrimSpace(t)
	digits := 0
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits++
		case r == ',' || r == '.' || r == '%':
		default:
			return false
		}
	}
	if n, err := strconv.Atoi(t); err == nil && n >= 1000 && n < 2200 {
		return false // a year
	}
	return digits > 0
}

// showsAddress reports whether a text is a web address (one with its
// scheme, or see isWebAddress) or a mail address alone.
func showsAddress(t string) bool {
	t = strings.TrimSpace(t)
	return !strings.ContainsAny(t, " \t") && (strings.Contains(t, "://") || isWebAddress(t) || strings.Contains(t, "@") && strings.Contains(t, "."))
}

// cardLines is how many blocks after a linked headline a story card's date
// may stand.
const cardLines = 3

// storyCards marks the cards of other stories that follow a saved
// article: each a heading that is a link, then within cardLines blocks a
// date alone (the teaser between), and a short label right after it ("In
// “News”"); only cards with no long paragraph of the article after them,
// so that a list article's entries (a linked title over a date, then its
// text) stay.
func storyCards(blocks []block) []bool {
	cards := make([]bool, len(blocks))
	type span struct{ from, to int }
	var spans []span
	for i := range blocks {
		if end := storyCard(blocks, i); end > i {
			spans = append(spans, span{i, end})
		}
	}
	// From the end: a card counts while no long paragraph outside the cards
	// follows it.
	next := len(blocks) // where the cards after the ones met so far start
	for k := len(spans) - 1; k >= 0; k-- {
		s := spans[k]
		for j := s.to + 1; j < next; j++ {
			if blocks[j].kind == paragraph && wordCount(blocks[j].text) >= longParagraphWords {
				return cards
			}
		}
		for j := s.from; j <= s.to; j++ {
			cards[j] = true
		}
		next = s.from
	}
	return cards
}

// storyCard returns where the card of another story that starts at
// blocks[i] ends (see storyCards), or -1 when no card starts there.
func storyCard(blocks []block, i int) int {
	if blocks[i].kind != heading || !linkLine(blocks[i]) {
		return -1
	}
	for j := i + 1; j < len(blocks) && j <= i+cardLines; j++ {
		bl := blocks[j]
		if bl.kind == heading {
			return -1
		}
		words := wordCount(bl.text)
		if !isDateLine(bl.text, words) || otherThanDateWords(bl.text) > 0 {
			continue
		}
		if j+1 < len(blocks) && blocks[j+1].kind == paragraph && wordCount(blocks[j+1].text) <= 3 && !sentenceEnds(blocks[j+1].text) {
			j++
		}
		return j
	}
	return -1
}
