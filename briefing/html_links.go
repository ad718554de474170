package briefing

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// galleryTitle is the title of a photo gallery set in an article, with the
// count of its photos: "Gallery: Harbour storms | 14 Photos", "Harbour
// storms (9 photos)", "12 Bilder".
var galleryTitle = lazyCompile(`(?i)(?:^|[|(·•–—-]\s*)\d{1,3}\s+(?:photos?|images|pictures|fotos|bilder|immagini)\)?$`)

// maxLinkLineWords is the most words of a paragraph made of a link that is
// taken for a link to another page rather than the article's text.
const maxLinkLineWords = 15

// minLinkShare is the share of a paragraph's letters inside links above
// which a short paragraph is a link to another page: "Read the full
// transcript of his interview", "Lire aussi : Les critiques de la CNIL".
const minLinkShare = 0.8

// dropLinkLines removes from the blocks of a saved page the cards of
// other stories (see storyCard), the titles of photo galleries (see
// galleryTitle), the short paragraphs that are links to other pages (see
// linkLine) and the
// paragraphs that are a number alone (a gallery's count, a widget's
// score), and the marks of links within the site (siteLink) from the
// blocks it keeps. It returns the blocks kept, over the start of blocks.
func dropLinkLines(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		if end := storyCard(blocks, i); end > i {
			i = end
			continue
		}
		if bl.kind == paragraph && (linkLine(bl) || loneNumber(bl.text)) || galleryTitle.MatchString(bl.text) {
			continue
		}
		bl.links = slices.DeleteFunc(bl.links, func(l inlineLink) bool { return l.target == siteLink })
		out = append(out, bl)
	}
	return out
}

// linkLine reports whether a block is a link to another page: at most
// maxLinkLineWords words, at least minLinkShare of its letters inside
// links. A link that shows its address ("https://example.org/report",
// "desk@example.org") is the article's: the reader is to see it.
func linkLine(bl block) bool {
	if len(bl.links) == 0 || wordCount(bl.text) > maxLinkLineWords || showsAddress(bl.text) {
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

// loneNumber reports whether a paragraph is a number alone: "14", "87%",
// "1,024".
func loneNumber(t string) bool {
	digits := 0
	for len(t) > 0 {
		r, n := utf8.DecodeRuneInString(t)
		t = t[n:]
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			return false
		}
	}
	return digits > 0
}

// showsAddress reports whether a text is a web or mail address alone.
func showsAddress(t string) bool {
	t = strings.TrimSpace(t)
	return !strings.ContainsAny(t, " \t") && (strings.Contains(t, "://") || strings.HasPrefix(t, "www.") || strings.Contains(t, "@") && strings.Contains(t, "."))
}

// cardLines is how many blocks after a linked headline a story card's date
// may stand.
const cardLines = 3

// storyCard returns where the card of another story that starts at
// blocks[i] ends: a heading that is a link, then within cardLines blocks a
// date alone (the teaser between), and a short label right after it
// ("In “News”"). It returns -1 when no card starts at i.
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
