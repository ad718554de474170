package briefing

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The widget rules find, inside the article's run of prose, the boxes a
// page sets into its article: photo galleries with their counters, links
// under a "Related" label, embedded posts, story cards with their author and
// date, teaser cards ("… Read more"), and the blog's closing "Posted on …
// by …" line after which the page's footer starts.

var (
	// galleryCounter opens a gallery slide: "17/50 Title", "3 of 24".
	galleryCounter = lazyCompile(`^(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\b`)
	// postSignature closes an embedded social post: "— Name (@handle) Date".
	postSignature = lazyCompile(`^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*.{0,40}$`)
	// teaserTail closes a teaser cut short: "… Read more", "... Read more
	// Read more", "… Read more example.com" (the link's site after it).
	teaserTail = lazyCompile(`(?i)(?:…|\.\.\.)\s*(?:read more|continue reading|more)(?:\s+(?:read more|more))*(?:\s+[\pL\d\x{200b}-]+(?:\.[\pL\d\x{200b}-]+)*\.\x{200b}?[a-z]{2,6})?\s*$`)
)

// Limits of the widget rules.
const (
	// minGallerySlides is the fewest counted slides that make a gallery.
	minGallerySlides = 3
	// maxLinkWords is the most words of a link line under a label.
	maxLinkWords = 20
	// maxLinksAfterLabel is how many link lines (headlines, kickers,
	// bylines) a label may head.
	maxLinksAfterLabel = 8
)

// widgetDrops marks the blocks between first and last that are widgets set
// into the article (see the file's comment), and returns where the article
// ends when a closing signature ends it first.
func widgetDrops(blocks []block, info []pasteInfo, seen map[string]int, first, last int) ([]bool, int) {
	drop := make([]bool, len(blocks))
	uses := sync.OnceValue(func() map[string]int { return firstUses(blocks, first, last) }) // read when first asked
	markGallery(blocks, info, drop, first, last)
	markBoxes(blocks, info, drop, first, last)
	prose := 0
	for i := first; i <= last; i++ {
		t := strings.TrimSpace(blocks[i].text)
		in := info[i]
		if in.prose {
			prose++
		}
		switch {
		case in.prose && in.words < longProseWords && opensWithChromeNear(blocks, info, i):
			drop[i] = true
		case in.words <= 3*maxCardTitleWords && (isRepeatedPhrase(t) || isButtonRow(t)) || endsTeaser(t):
			drop[i] = true
		case strings.Contains(t, "(@") && postSignature.MatchString(t):
			drop[i] = true
			for j, n := i-1, 0; j >= first && n < 2 && !info[j].prose; j, n = j-1, n+1 {
				drop[j] = true
			}
		case repeatedLabel(t, in, seen) && i+1 <= last:
			// A box the page sets more than once into the article: its
			// label and the links under it, up to the article's next
			// paragraph of some length, a line that leads on to what
			// follows it (a table, a figure) or a subheading.
			for j, n := i+1, 0; j <= last && n < maxLinksAfterLabel; j, n = j+1, n+1 {
				u := strings.TrimSpace(blocks[j].text)
				if info[j].words > maxLinkWords && sentenceEnds(u) || strings.HasSuffix(u, ":") || n == 0 && info[j].words < minLinkWords ||
					n > 0 && subheadingAt(blocks, info, j, last) {
					break
				}
				drop[j] = true
				if info[j].words > maxLinkWords {
					break
				}
			}
		case closesCard(t, in) && i-1 >= first && info[i-1].words <= maxCardTeaserWords/2 && trailsOff(blocks[i-1].text):
			// A card whose teaser trails off over its "Read more" button,
			// not the label of links under it.
			dropCard(blocks, info, drop, first, i)
		case dropThrough(drop, i, colonLabelledLinks(blocks, info, i, last)):
			// "More on the harbour:" over the links, inside the article.
		case labelOverLink(blocks, info, i, last):
			drop[i], drop[i+1] = true, true
		case dropThrough(drop, i, headlineList(blocks, info, i, last)), dropThrough(drop, i, labelledLinkList(blocks, info, i, last)):
			// A list of links: dropped.
		case opensSubscription(t) && i > first && proseTotal(info, i+1, last) > 0:
			// The pitch of a newsletter box set into the article: the
			// short lines above its button (which is no label of links),
			// shorter still when a blank line sets them apart.
			drop[i] = true
			for j, n := i-1, 0; j >= first && n < 2 && info[j].words < longProseWords && (info[j+1].tight || info[j].words <= maxPitchWords); j, n = j-1, n+1 {
				if u := strings.TrimSpace(blocks[j].text); info[j+1].tight && info[j].words > maxPitchWords && sentenceEnds(u) && !containsFold(u, newsletterAsks) && !speaksToReader(u) && !pitchOpens(u) && !containsFold(u, pitchWords) {
					break // the article's last sentence, pasted on the line over the box: "Owners who break the limit face fines of up to $5,500."
				}
				drop[j] = true
			}
		case opensLinks(t, in):
			// The links: the lines up to the article's next paragraph of
			// some length, each short or not a sentence (several headlines
			// run together), or up to a subheading of the article's.
			if in.furn == notFurniture {
				drop[i] = true // the label no word list names (a listed one is left to cut what follows the article)
			}
			n, prev := 0, -1
			for j := i + 1; j <= last && n < maxLinksAfterLabel; j++ {
				if info[j].furn == furnitureLine {
					continue
				}
				u := strings.TrimSpace(blocks[j].text)
				if info[j].words > maxLinkWords && sentenceEnds(u) || n > 0 && info[j].prose && !info[j].tight && endsSentence(u) && !siteSentence(u) && !teaserOfLink(u, blocks[prev].text) && takesUpBefore(u, uses(), i) ||
					n > 0 && !info[j].tight && subheadingAt(blocks, info, j, last) && !(storyHeadline(blocks, info, prev) && !info[prev].tight && storyHeadline(blocks, info, j)) {
					// A sentence of prose set apart under a link is the
					// article's again ("The Conservatives said …" under
					// "Trending Now" and its one link) when it takes up a
					// word the article wrote, in lower case, and none of
					// the link's: a teaser of the
					// card ("Drivers will pay … under the new charges."
					// under "Council approves new car park charges …", "It
					// will call at twelve stops …" under "Mobile library
					// bus returns …") tells of another story. A subheading of
					// the article's ends the links too, but a
					// line right under the last link is one more, and so is
					// a headline as long as the link above it and set apart
					// from it as that link was from the one above.
					break
				}
				drop[j] = true
				n, prev = n+1, j
				if info[j].words > maxLinkWords {
					break
				}
			}
		case (isSponsorLabel(t) || sponsorWord(t)) && i+1 <= last:
			// The sponsor's headline under the label: not a sentence; and
			// the advertiser's name on the line right under it
			// ("Sponsored" over "Five ways to save on winter travel" over
			// "TravelCo").
			// "Sponsored" glued over the article's subheading and the short
			// lines of its list is no card of a headline and a name.
			u := strings.TrimSpace(blocks[i+1].text)
			listUnder := !isSponsorLabel(t) && info[i+1].tight && i+2 <= last && info[i+2].tight && !cardEnds(info, i+2, last)
			if !listUnder && !info[i+1].prose && info[i+1].words <= maxLinkWords && !sentenceEnds(u) {
				drop[i], drop[i+1] = true, true
				if j := i + 2; j <= last && info[j].tight && info[i+1].tight && !info[j].prose && info[j].words <= maxAdvertiserWords && !sentenceEnds(blocks[j].text) && cardEnds(info, j, last) {
					drop[j] = true
				}
			} else if isSponsorLabel(t) && info[i+1].words <= maxSponsorCopyWords && pitchesReader(u) {
				// A newsletter's sponsor under its label ("Together with
				// Harbour Lights Cinema"): a short pitch to the reader.
				drop[i], drop[i+1] = true, true
			}
		case isAdLabel(t) && i+1 <= last:
			// The advertiser's line under the label ("inRead invented by
			// …"): short, not a sentence, not a heading.
			u := strings.TrimSpace(blocks[i+1].text)
			switch {
			case !info[i+1].prose && info[i+1].words <= 6 && !sentenceEnds(u) && !looksLikeHeading(u):
				drop[i+1] = true
			case info[i+1].tight && !info[i+1].prose && info[i+1].words <= maxLinkWords && !sentenceEnds(u) &&
				i+2 <= last && info[i+2].tight && !info[i+2].prose && info[i+2].words <= maxAdvertiserWords && !sentenceEnds(blocks[i+2].text) &&
				cardEnds(info, i+2, last):
				// An advertiser's card glued under the label: its headline
				// and its name ("Five ways to save on winter travel" over
				// "TravelCo"). A subheading of the article's under the
				// label stands apart from it, over prose; one glued to it
				// heads a list of short lines, which the card's name ends.
				drop[i+1], drop[i+2] = true, true
			}
		case closesCard(t, in) && i-1 >= first && info[i-1].words <= maxCardTeaserWords/2:
			dropCard(blocks, info, drop, first, i)
		case callToAction(blocks[i].text) && i > first && info[i].tight:
			// A promotion's box over its button ("Join 10k+ leaders at
			// our conference", "REGISTER NOW"): the short lines set right
			// above the button go with it.
			drop[i] = true
			dropPromoBox(blocks, info, drop, first, i-1)
		case pitchOverButton(blocks, info, i, first):
			// A call to action over its button ("Try it free today!" over
			// "Start").
			drop[i], drop[i-1] = true, true
		case prose > bylineParagraphs && !in.prose && i-1 >= first && !info[i-1].prose && info[i-1].words <= maxCardTitleWords &&
			hasBylinePrefix(t) && !sentenceEnds(blocks[i-1].text):
			// A story card's headline over its "By …" line.
			if _, ok := parseByline(t); ok {
				drop[i], drop[i-1] = true, true
				if k := i - 2; k >= first && !info[k].prose && info[k].words <= 2 {
					drop[k] = true // its kicker ("Reportage")
				}
			}
		case prose > bylineParagraphs && !in.prose && bylineUsesNext(t, nextText(blocks, i)):
			// A story card inside the article: its headline, its author,
			// its date.
			drop[i] = true
			if i+1 <= last {
				drop[i+1] = true
			}
			if i-1 >= first && !info[i-1].prose && info[i-1].words <= maxCardTitleWords && !sentenceEnds(blocks[i-1].text) {
				drop[i-1] = true
			}
		case (i > first && !in.prose || in.prose && in.words <= longProseWords) && strings.Contains(t, " by ") && opensWith(t, postedByOpeners, nil) && postedBy.MatchString(t):
			// "Posted on Tuesday 15 October 2019 at 09:11 by Jane Doe.":
			// the blog's post ends here; its footer follows.
			if total := proseTotal(info, first, last); proseTotal(info, first, i)*2 >= total {
				return drop, i
			}
		}
	}
	if b := last + 1; b < len(blocks) && info[b].tight && callToAction(blocks[b].text) {
		// A promotion's button right after the article's last paragraph:
		// its box's short lines above it, which the run took in, go.
		dropPromoBox(blocks, info, drop, first+1, last)
	}
	return drop, last
}

// Limits of a list of links under a label (see labelledLinkList).
const (
	maxLinkLabelWords = 6
	minListedLinks    = 2
)

// labelledLinkList returns where a box of links to other stories set into
// the article ends, when blocks[i] is its label: a short line that is not
// a sentence nor leads on with a colon, nor a date or a byline ("Other
// People Are Reading"), then
// at least minListedLinks headlines on the lines right under each other
// (see linkShaped),
// and then the article's prose again after a blank line. An article's
// own lists are sentences, or lead on from a line that ends with a colon.
// It returns -1 when blocks[i] heads no such box.
func labelledLinkList(blocks []block, info []pasteInfo, i, last int) int {
	if info[i].prose || i+3 > last || !info[i+2].tight || info[i+1].prose || info[i+2].prose {
		return -1 // no two lines of links right under each other after it
	}
	t := strings.TrimSpace(blocks[i].text)
	if info[i].prose || info[i].words > maxLinkLabelWords || info[i].words == 0 || sentenceEnds(t) || strings.HasSuffix(t, ":") || !startsCapital(firstRune(t)) ||
		!lineDate(t).IsZero() {
		return -1
	}
	j := i + 1
	for ; j <= last && !info[j].prose && (j == i+1 || info[j].tight); j++ {
		if !linkShaped(blocks, info, j) {
			return -1
		}
	}
	if j-i-1 < minListedLinks || j > last || !info[j].prose || info[j].tight || !noBylines(blocks, i, j) {
		return -1 // (or the article's byline over its table of contents)
	}
	return j - 1
}

// dropThrough marks the blocks from i through end as dropped, when end is
// past i, and reports whether it did.
func dropThrough(drop []bool, i, end int) bool {
	for j := i; j <= end; j++ {
		drop[j] = true
	}
	return end > i
}

// maxLinkLabelOverOneWords is the most words of a label over one link.
const maxLinkLabelOverOneWords = 3

// labelOverLink reports whether blocks[i] is a short label over one link
// to another story set between the article's paragraphs ("Keep reading"
// over "Why the ferry fares are going up"): a line of up to three words,
// without digits (not a chapter's or a part's number) nor furniture but a
// widget's label ("Related…"; an "Advertisement" over a subheading is no
// label), right after a
// paragraph of prose, over a headline (see linkShaped) that prose
// follows. A subheading of the article's has no line of its own above it.
func labelOverLink(blocks []block, info []pasteInfo, i, last int) bool {
	if i == 0 || i+2 > last || !info[i-1].prose || info[i].prose || !info[i+2].prose || info[i].words == 0 || info[i].words > maxLinkLabelOverOneWords {
		return false
	}
	if info[i].furn != notFurniture && (info[i].furn != furnitureCut || info[i+2].words < longProseWords) {
		// A widget's label over one link inside the article, the
		// article going on after it; after the article it cuts the rest.
		return false
	}
	t := strings.TrimSpace(blocks[i].text)
	if sentenceEnds(t) || strings.HasSuffix(t, ":") || strings.IndexFunc(t, unicode.IsDigit) >= 0 || !startsCapital(firstRune(t)) ||
		!linkShaped(blocks, info, i+1) || !lineDate(t).IsZero() || isCaptionLine(blocks[i+1].text) {
		return false // (a writer's name over the lead photo's caption and its credit is no label over a link)
	}
	return noBylines(blocks, i, i+2)
}

// maxColonLabelledLinks is the most links under a label with a colon (see
// colonLabelledLinks).
const maxColonLabelledLinks = 5

// colonLabelledLinks returns where a box of links to other stories set
// into the article ends when it starts at blocks[i], or -1: a short label
// that opens as such boxes do and ends with a colon ("More on the
// harbour:", "Related:"; see linkBoxOpeners), over one to five headlines set each on the line
// right under the one before (not prose, no full stop), and after them a
// blank line or the article's end. An article's own list under a sentence
// with a colon ("The changes include:") has no such label.
func colonLabelledLinks(blocks []block, info []pasteInfo, i, last int) int {
	t := strings.TrimSpace(blocks[i].text)
	if info[i].prose || info[i].words > maxLinkLabelWords || !strings.HasSuffix(t, ":") || !hasAnyPrefix([]byte(strings.ToLower(t)), linkBoxOpeners) {
		return -1
	}
	j := i + 1
	for j <= last && j-i <= maxColonLabelledLinks && info[j].tight && !info[j].prose && headlineShaped(blocks[j].text, info[j].words) && !sentenceEnds(blocks[j].text) {
		j++
	}
	if j == i+1 || j <= last && info[j].tight {
		return -1
	}
	return j - 1
}

// linkBoxOpeners open the label of a box of links to other stories, and
// nothing else: "More on the floods:", where "More changes on the way:"
// heads the article's own list.
var linkBoxOpeners = []string{"more on ", "more from ", "more about ", "more stories", "related:", "related stories", "related articles",
	"related coverage", "related links", "related reading", "related content", "read more", "read next", "see also", "also read", "read also",
	"further reading", "recommended:", "recommended for you", "recommended reading", "recommended stories", "most read", "you may also like",
	"you might also like", "in other news", "elsewhere on ", "top stories", "editor's picks", "trending", "don't miss", "up next"}

// minHeadlineList is the fewest headlines of a list of links without a
// label.
const minHeadlineList = 3

// headlineList returns where a list of links without a label set into the
// article ends, when it starts at blocks[i]: right after a paragraph of
// prose, at least minHeadlineList headlines in title case (see linkShaped)
// on the lines right under each other, and then prose again after a blank
// line. An article's own list is in sentence case, or under a line that
// leads on to it. It returns -1 when no such list starts at blocks[i].
func headlineList(blocks []block, info []pasteInfo, i, last int) int {
	if i == 0 || i+minHeadlineList > last || !info[i-1].prose || info[i].tight || !info[i+1].tight || !info[i+2].tight {
		return -1
	}
	j := i
	for ; j <= last && !info[j].prose && (j == i || info[j].tight); j++ {
		if !linkShaped(blocks, info, j) || lowerShare(blocks[j].text) > maxTitleCaseLower {
			return -1
		}
	}
	if j-i < minHeadlineList || j > last || !info[j].prose || info[j].tight || !noBylines(blocks, i, j) {
		return -1
	}
	return j - 1
}

// maxTitleCaseLower is the largest share of words in lower case of a
// headline in title case ("Ferry Fares Going Up Again This Year").
const maxTitleCaseLower = 0.34

// linkShaped reports whether blocks[j] is shaped like a link in a list of
// links: a headline of minLinkWords to maxLinkWords words that is not a
// sentence, not a row of a table nor a date.
func linkShaped(blocks []block, info []pasteInfo, j int) bool {
	u := strings.TrimSpace(blocks[j].text)
	return blocks[j].kind != tableRow && info[j].kind != strongChrome && info[j].words >= minLinkWords && info[j].words <= maxLinkWords &&
		!sentenceEnds(u) && headlineShaped(u, info[j].words) && lineDate(u).IsZero()
}

// noBylines reports whether none of the blocks from i to j (not included)
// is a byline.
func noBylines(blocks []block, i, j int) bool {
	for k := i; k < j; k++ {
		if _, byline := pasteByline(blocks[k].text, nextText(blocks, k)); byline {
			return false
		}
	}
	return true
}

// dropCard drops a story card closed by its button at blocks[i]: the
// button, the teaser above it and the card's headline above that, unless
// the line above the button is a paragraph of the article's.
func dropCard(blocks []block, info []pasteInfo, drop []bool, first, i int) {
	drop[i] = true
	teaser := i - 1
	if sentenceEnds(blocks[teaser].text) && !trailsOff(blocks[teaser].text) &&
		(teaser-1 < first || info[teaser-1].prose || sentenceEnds(blocks[teaser-1].text) || info[teaser-1].words > maxCardTitleWords) {
		return // a paragraph of the article's before the button
	}
	drop[teaser] = true
	if h := teaser - 1; h >= first && !info[h].prose && !sentenceEnds(blocks[h].text) && info[h].words <= maxCardTitleWords {
		drop[h] = true
	}
}

// trailsOff reports whether a line ends with an ellipsis: a teaser cut
// short to fit its card.
func trailsOff(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")
}

// minStoryHeadlineWords is the fewest words of a headline of another
// story that a subheading of the article's seldom has.
const minStoryHeadlineWords = 6

// storyHeadline reports whether blocks[j] is shaped like the headline of
// a story, longer than subheadings run and not numbered as the items of a
// list article are ("5. Beware the cabins").
func storyHeadline(blocks []block, info []pasteInfo, j int) bool {
	return j >= 0 && info[j].words >= minStoryHeadlineWords && headlineShaped(blocks[j].text, info[j].words) && !unicode.IsDigit(firstRune(blocks[j].text))
}

// proseTotal counts the prose words of the blocks from i to j.
func proseTotal(info []pasteInfo, i, j int) int {
	n := 0
	for ; i <= j; i++ {
		if info[i].prose {
			n += info[i].words
		}
	}
	return n
}

// opensLinks reports whether a line is a label over links to other
// stories: a widget heading of the furniture list ("Related", "Most Read
// Business Stories", "Read more").
func opensLinks(t string, in pasteInfo) bool {
	if in.prose || sentenceEnds(t) {
		return false
	}
	if in.furn == furnitureCut {
		l := strings.ToLower(t)
		return !strings.Contains(l, "comment") && !strings.Contains(l, "repl") && !strings.Contains(l, "discussion")
	}
	if in.furn == furnitureLine && in.words <= 6 && hasAnyPrefix([]byte(strings.ToLower(t)), linkLabelOpeners) {
		return true // "Read more", "Most Read Business Stories"
	}
	// A list of videos under its label, plural: "VÍDEOS: mais assistidos
	// do n1", "Videos: Most watched" (not one video's "VÍDEO: Moradores
	// improvisam travessia").
	label, _, ok := strings.Cut(t, ":")
	return ok && in.words <= maxVideoListLabelWords && wordIn(strings.ToLower(strings.TrimSpace(label)), videoListLabels)
}

// videoListLabels are the labels over a list of videos, in lower case.
var videoListLabels = []string{"videos", "vídeos", "vidéos", "more videos", "mais vídeos", "más vídeos", "plus de vidéos", "top videos"}

// maxVideoListLabelWords is the most words of the label over a list of
// videos.
const maxVideoListLabelWords = 10

// repeatedLabel reports whether a short title-case label is said more than
// once on the page (the same "Related" box set twice into the article).
func repeatedLabel(t string, in pasteInfo, seen map[string]int) bool {
	return in.words <= 3 && in.kind == weakChrome && !sentenceEnds(t) && seen[lineKey(t)] > 1
}

// linkLabelOpeners are the first words of a furniture line that heads
// links to other stories.
var linkLabelOpeners = []string{"related", "read more", "most ", "more ", "see also", "also read", "recommended", "further reading"}

// closesCard reports whether a line is the button that closes a story
// card ("Read now", "Read more"): the lines above it are the card's.
func closesCard(t string, in pasteInfo) bool {
	if in.words > 3 || sentenceEnds(t) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(t))
	return l == "read now" || l == "read more" || l == "read the story" || l == "read the full story" || l == "read full story"
}

// minLinkWords is the fewest words of a link under a repeated label: a
// story's headline, not the next entry of a table of contents or a table's
// next cell.
const minLinkWords = 5

// markGallery marks a photo gallery set into the article: from the first
// to the last of at least minGallerySlides slides counted "k/N" (k rising,
// N the same), the slide after the last counter, and the labels just before
// the first ("Business news in pictures", "50 show all").
func markGallery(blocks []block, info []pasteInfo, drop []bool, first, last int) {
	start, end, count, prevK, total := -1, -1, 0, 0, ""
	flush := func() {
		if count >= minGallerySlides {
			for j, n := start-1, 0; j >= first && n < 3 && !info[j].prose && info[j].words <= maxChromeWords; j, n = j-1, n+1 {
				drop[j] = true
			}
			for j := start; j <= end; j++ {
				drop[j] = true
			}
			// The last slide: its text, then its credit.
			j := end + 1
			if j <= last && !looksLikeHeading(blocks[j].text) {
				drop[j] = true
				j++
			}
			for ; j <= last && !info[j].prose && info[j].words <= 4 && (blocks[j].kind != heading || namesAgency(blocks[j].text)); j++ {
				drop[j] = true
			}
		}
		start, end, count, prevK, total = -1, -1, 0, 0, ""
	}
	for i := first; i <= last; i++ {
		t := strings.TrimSpace(blocks[i].text)
		if t == "" || t[0] < '0' || t[0] > '9' {
			continue
		}
		m := galleryCounter.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		k := atoi(m[1])
		if count > 0 && (m[2] != total || k <= prevK) {
			flush()
		}
		if count == 0 {
			start, total = i, m[2]
		}
		end, prevK = i, k
		count++
	}
	flush()
}

// isRepeatedPhrase reports whether a line is one phrase said two or three
// times over, the last time perhaps cut short: a card whose title the page
// prints in several sizes, pasted as one line.
func isRepeatedPhrase(t string) bool {
	first, rest, ok := strings.Cut(t, " ")
	if !ok || !strings.Contains(rest, first) {
		return false // the first word is not said again
	}
	w := strings.Fields(t)
	for p := 3; 2*p <= len(w); p++ {
		same := true
		for i := p; i < len(w) && same; i++ {
			if w[i] != w[i-p] && (i != len(w)-1 || !strings.HasPrefix(w[i-p], w[i])) {
				same = false
			}
		}
		if same {
			return true
		}
	}
	return false
}

// Limits of a call to action over its button (see pitchOverButton).
const (
	maxPitchWords  = 15
	maxButtonWords = 3
)

// dropPromoBox drops the short lines of a promotion's box set line under
// line over its button, from j up to first at the most: its pitch
// (a line that is no sentence, or asks for the sign-up, or speaks to the
// reader) and, over a pitch, a short question that opens the box
// ("Worried about the cost of living?"). An article's sentence stops it
// ("(The Treasury publishes its forecast on 14 March.)", "“We will see,”
// she said.").
func dropPromoBox(blocks []block, info []pasteInfo, drop []bool, first, j int) {
	pitched := false
	for n := 0; j >= first && n < maxPromoLines && info[j].words <= maxPromoLineWords && info[j+1].tight; j, n = j-1, n+1 {
		t := strings.TrimSpace(blocks[j].text)
		switch {
		case !sentenceEnds(t) || containsFold(t, newsletterAsks) || speaksToReader(t):
			pitched = true
		case pitched && strings.HasSuffix(t, "?") && info[j].words <= maxHookWords:
		default:
			return
		}
		drop[j] = true
	}
}

// maxHookWords is the most words of the question that opens a
// promotion's box.
const maxHookWords = 8

// speaksToReader reports whether a line says "you" or "your", or their
// like in other languages (otherSecondPerson).
func speaksToReader(t string) bool {
	for _, w := range strings.Fields(t) {
		if w = strings.Trim(w, "(,.;:!?"); wordIn(w, secondPerson) || wordIn(w, otherSecondPerson) {
			return true
		}
	}
	return false
}

// otherSecondPerson are the words that speak to the reader in other
// languages ("Vous avez un projet ?"). "du", "tu", "ihr" and "vos" are
// left out: they are also "of the" in French, "her" in German, and words
// of English text and names ("du jour", "Faf du Plessis").
var otherSecondPerson = []string{"vous", "votre", "usted", "ustedes", "você", "vocês", "dich", "dein", "deine"}

// Limits of a promotion's box over its button (see callToAction).
const (
	maxPromoLines     = 3
	maxPromoLineWords = 20
)

// ctaButtons are a promotion's buttons, in English and other languages:
// ones that ask the reader to join or pay, and (in capitals only, see
// callToAction) ones that a product page may also set as its own links.
var (
	ctaButtons = []string{"register now", "register today", "subscribe", "subscribe now", "subscribe today", "sign up", "sign up now",
		"sign up today", "donate", "donate now", "join now", "join today", "join us", "become a member", "get in touch", "i'm in",
		"je m'inscris", "je m'abonne", "s'abonner", "suscríbete", "suscribirme", "abonnieren", "jetzt abonnieren", "iscriviti", "abbonati",
		"assine", "assinar", "prenumerera", "tilaa", "abonneer"}
	ctaButtonsInCapitals = []string{"learn more", "get started", "start free trial", "try it free", "download now", "shop now", "book now",
		"claim offer", "read more"}
)

// callToAction reports whether a line is one of a promotion's buttons:
// one of ctaButtons in any case ("Become a member", "REGISTER NOW"), or
// of ctaButtonsInCapitals in capitals ("LEARN MORE"; "Learn more" may be
// a product page's own link). A subheading that opens with such a verb
// ("BOOK CLUB", "Join the fight") is none.
func callToAction(t string) bool {
	t = strings.TrimSpace(t)
	if wordCount(t) > maxButtonWords || sentenceEnds(t) {
		return false
	}
	return lineIsOneOf(t, ctaButtons) || isAllCaps(t) && lineIsOneOf(t, ctaButtonsInCapitals)
}

// pitchOverButton reports whether blocks[i] is a button ("Next", "Sign
// in", only control words) on the line right under a short exclamation set
// apart from the paragraph above it: a box's call to action ("Get the app
// for free!"), not the article's text.
func pitchOverButton(blocks []block, info []pasteInfo, i, first int) bool {
	if i-1 < first || !info[i].tight || info[i].words > maxButtonWords || !isControl(blocks[i], info[i]) {
		return false
	}
	p := strings.TrimSpace(blocks[i-1].text)
	return !info[i-1].tight && info[i-1].words <= maxPitchWords && strings.HasSuffix(p, "!")
}

// minButtonRow is the fewest buttons of a row pasted as one line.
const minButtonRow = 3

// isButtonRow reports whether a line is a row of buttons pasted as one
// line: one phrase of two words or more said at least minButtonRow times
// with one word changed each time ("Preview red theme Preview blue theme
// Preview green theme", "Share Facebook Share Twitter Share Email"), and
// no sentence end.
func isButtonRow(t string) bool {
	first, rest, ok := strings.Cut(t, " ")
	second, _, _ := strings.Cut(rest, " ")
	if !ok || strings.Count(rest, first) < minButtonRow-1 && strings.Count(rest, second) < minButtonRow || sentenceEnds(t) {
		return false // neither of the first two words is said again in each button
	}
	w := strings.Fields(t)
	if len(w) < 2*minButtonRow {
		return false
	}
	for p := 2; p*minButtonRow <= len(w); p++ {
		if len(w)%p == 0 && phrasesDifferInOneWord(w, p) {
			return true
		}
	}
	return false
}

// phrasesDifferInOneWord reports whether the words, cut in phrases of p
// words, differ from phrase to phrase in one place only (the same place),
// and there in every phrase.
func phrasesDifferInOneWord(w []string, p int) bool {
	varying := -1
	for k := 0; k < p; k++ {
		same := true
		seen := map[string]bool{}
		for i := k; i < len(w); i += p {
			same = same && w[i] == w[k]
			seen[w[i]] = true
		}
		switch {
		case same:
		case varying >= 0 || len(seen)*p != len(w):
			return false // a second place changes, or a word comes twice
		default:
			varying = k
		}
	}
	return varying >= 0
}

// endsTeaser reports whether a line closes as a teaser cut short ("… Read
// more"): teaserTail, tried on the line's end only when it holds an
// ellipsis and "more" there.
func endsTeaser(t string) bool {
	tail := t[max(0, len(t)-80):]
	if !strings.Contains(tail, "…") && !strings.Contains(tail, "...") || !strings.Contains(strings.ToLower(tail), "more") {
		return false
	}
	return teaserTail.MatchString(tail)
}

// bylineUsesNext reports whether a line is a name alone that the line
// after it (a date, a time, "Follow", a role) makes a byline: the two lines
// are the byline together.
func bylineUsesNext(line, next string) bool {
	if namesGoOnBelow(line, next) {
		return true // "By Jane Doe and" over "John Roe"
	}
	if line == "" || next == "" || !startsCapital(firstRune(strings.TrimLeft(line, "*_-–—•·/ "))) || wordCount(line) > maxBylineNameWords ||
		wordCount(next) > maxBylineNameWords {
		return false // not names alone over a date or a role
	}
	if !datesOrFollows(strings.TrimSpace(next)) {
		return false
	}
	s := strings.TrimLeft(collapseSpace(line), "*_-–—•·/ ")
	if names, rest := leadingNames(s); len(names) == 0 || rest != "" {
		return false
	}
	if _, ok := parseByline(s); ok {
		return false
	}
	_, ok := pasteByline(line, next)
	return ok
}

// slashNameCredit reports whether a short line is a photo credit alone, a
// name and an outlet joined by a slash: "Javier Zarracina/Vox", "Ellen M.
// Banner / The Seattle Times".
func slashNameCredit(t string) bool {
	if wordCount(t) > 8 || !isSlashCredit(t) {
		return false
	}
	parts := strings.Split(t, "/")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || !unicode.IsUpper(firstRune(p)) {
			return false
		}
	}
	return wordCount(parts[0]) >= 2
}

// explicitCaption reports whether a paragraph long enough to pass for
// prose says that it is a caption: "Media caption …", a credit run in at
// its end ("… Credit Ashraf Shazly/AFP", "… | Foto: Reuters"), or a name
// and an outlet in closing brackets ("(Ellen M. Banner / The Seattle
// Times)").
func explicitCaption(t string) (Caption, bool) {
	if t == "" || wordCount(t) > maxCaptionWords {
		return Caption{}, false
	}
	if c, ok := ledCaption(t); ok {
		return c, true
	}
	if c, ok := creditedImageCaption(t); ok {
		return c, true
	}
	if text, credit, ok := matchTrailingCredit(t); ok && wordCount(credit) <= 12 && !sentenceEnds(credit) {
		return Caption{Text: text, Credit: credit}, true
	}
	if sideMarkCaption(t) {
		return Caption{Text: t}, true // "Harbour master Jane Roe (left) and the mayor at the pier."
	}
	if open := trailingParen(t); open > 0 {
		inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(t[open:]), "()"))
		if strings.Contains(inner, " / ") && slashNameCredit(inner) {
			return Caption{Text: strings.TrimSpace(t[:open]), Credit: inner}, true
		}
	}
	return creditInCaption(t)
}

// bylineStrength ranks a byline line by how surely it is the article's:
// 3 with "By" (or "Par", "Por"), 2 with a role, a handle or "Follow" on it
// or on the line after, or a names' line over the outlet or wire ("Jade
// Roe" over "NCA NewsWire"), 1 otherwise (names and a date).
func bylineStrength(line, next string) int {
	s := strings.TrimLeft(collapseSpace(line), "*_-–—•·/ ")
	if _, ok := parseByline(s); ok || isBylinePrefix(s) {
		return 3
	}
	if _, ok := bylineAfterDate(s); ok {
		return 3 // "by" after the date: "2/26/2015 7:11 AM PST BY JANE DOE"
	}
	if _, ok := bylineAfterSeparator(s); ok {
		return 3 // "By" after the article's details: "Le Monde | 04.05.2015 | Par Jean Roux"
	}
	_, rest := leadingNames(s)
	if rest == "" {
		rest = next
	}
	if strings.Contains(rest, "@") || namesRole(rest) || strings.Contains(strings.ToLower(rest), "follow") || rest == next && outletLine(strings.TrimSpace(next)) {
		return 2
	}
	return 1
}

// maxBylineNameWords is the most words of a line of names alone: three
// authors of up to three words, joined by commas and "and".
const maxBylineNameWords = 12

// hasBylinePrefix reports whether a line opens with one of the byline
// prefixes ("By", "Par", "Por", "Written by") and a space.
func hasBylinePrefix(t string) bool {
	t = strings.TrimSpace(t)
	l := strings.ToLower(t[:min(len(t), 24)])
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(l, p+" ") {
			return true
		}
	}
	return false
}

// opensSubscription reports whether a short line is the button or the
// heading of a newsletter or subscription box: "Subscribe", "Sign up".
func opensSubscription(t string) bool {
	if wordCount(t) > 4 || sentenceEnds(t) {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(t))
	return strings.HasPrefix(l, "subscribe") || strings.HasPrefix(l, "sign up") || strings.HasPrefix(l, "sign me up")
}

// Limits of a stretch of controls (see markControlStretches).
const (
	minControlStretch = 8
	controlShare      = 0.6
)

// markControlStretches marks as chrome every short line of a long stretch
// of lines that are not prose and mostly chrome: a video player's menus
// ("captions off, selected", "This is a modal window.") among its
// buttons and counters. A line shaped like a headline of three words or
// more is left alone: it may be the article's, under the site's menus.
func markControlStretches(blocks []block, info []pasteInfo) {
	for i := 0; i < len(blocks); {
		j, chrome, strong := i, 0, 0
		for j < len(blocks) && !info[j].prose && blocks[j].kind != tableRow {
			if info[j].chrome {
				chrome++
			}
			if info[j].kind == strongChrome {
				strong++
			}
			j++
		}
		if n := j - i; n >= minControlStretch && float64(chrome) >= controlShare*float64(n) && strong >= 2 {
			for k := i; k < j; k++ {
				t := strings.TrimSpace(blocks[k].text)
				lead := strings.HasSuffix(t, ":") || sentenceEnds(t) && info[k].words >= proseWords // the article's line leading on
				if info[k].kind != strongChrome && info[k].words <= maxChromeWords && !lead && (info[k].words <= 2 || !headlineShaped(t, info[k].words)) {
					info[k].chrome, info[k].kind = true, strongChrome
				}
			}
		}
		i = max(j, i+1)
	}
}

// headlineShaped reports whether a line could be a headline: three to
// maxTitleWords words, a capital or a digit first, no closing full stop,
// colon or comma.
func headlineShaped(t string, words int) bool {
	t = strings.TrimSpace(t)
	if words < 3 || words > maxTitleWords || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ".") {
		return false
	}
	r := firstRune(strings.TrimLeft(t, "\"'“‘«¿¡"))
	return startsCapital(r)
}

// sponsorLabels are the labels of a sponsor's story set into an article.
var sponsorLabels = []string{"sponsored content", "sponsored story", "sponsored post", "paid content", "paid post", "promoted content",
	"promoted stories", "partner content", "advertiser content", "from our sponsor", "from our partners", "sponsored by", "presented by",
	"brought to you by", "together with", "in partnership with"}

// isSponsorLabel reports whether a short line is the label of a sponsor's
// story ("Sponsored Content", "Paid Post", "Sponsored by …"), whose
// headline follows it.
func isSponsorLabel(t string) bool {
	if len(t) > 48 || wordCount(t) > 6 || strings.Contains(t, ",") {
		return false
	}
	l := strings.Trim(strings.TrimSpace(t), ".:-–— ")
	for _, s := range sponsorLabels {
		if strings.EqualFold(l, s) {
			return true
		}
		if (strings.HasSuffix(s, " by") || strings.HasSuffix(s, " with")) && len(l) > len(s) && l[len(s)] == ' ' && strings.EqualFold(l[:len(s)], s) &&
			(!newsletterSponsorLabel(s) || namesSponsor(l[len(s)+1:])) {
			return true
		}
	}
	return false
}

// newsletterSponsorLabel reports whether a sponsor label is one a
// newsletter sets over its sponsor's name, words an article's subheading
// may open with as well ("Together with the union").
func newsletterSponsorLabel(s string) bool {
	return s == "brought to you by" || s == "together with" || s == "in partnership with"
}

// namesSponsor reports whether the words after a newsletter's sponsor
// label name a sponsor: a name in capitals, after "the" or "our" if any
// ("the Quayside Bakery", "TravelCo"), not a common noun ("the union",
// "volunteers").
func namesSponsor(rest string) bool {
	f := strings.Fields(rest)
	for len(f) > 1 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "our")) {
		f = f[1:]
	}
	return len(f) > 0 && unicode.IsUpper(firstRune(f[0]))
}

// maxSponsorCopyWords is the longest pitch, in words, of a sponsor under
// its label.
const maxSponsorCopyWords = 45

// addressesReader reports whether a text speaks to its reader: "you",
// "your".
func addressesReader(t string) bool {
	for _, w := range strings.Fields(t) {
		if wordIn(strings.Trim(w, "(,.;:!?\"“”"), secondPerson) {
			return true
		}
	}
	return false
}

// bidVerbs open the sentences of an advertiser's pitch, bidding the
// reader: "Book before Friday and save 20%".
var bidVerbs = map[string]bool{"book": true, "get": true, "try": true, "save": true, "shop": true, "order": true, "visit": true,
	"join": true, "discover": true, "download": true, "claim": true, "grab": true, "start": true, "learn": true, "buy": true}

// pitchesReader reports whether a short paragraph is an advertiser's
// pitch: it speaks to the reader, asks for a click, or a sentence of it
// opens by bidding the reader ("Book before Friday and save 20%").
func pitchesReader(t string) bool {
	if reportsSpeech(t) {
		return false // the article's: "“If you want a fair deal …,” the union leader told the fishermen"
	}
	if addressesReader(t) || callToAction(t) {
		return true
	}
	for _, sent := range strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '!' || r == '?' }) {
		first, _, _ := strings.Cut(strings.TrimSpace(sent), " ")
		if bidVerbs[strings.ToLower(first)] {
			return true
		}
	}
	return false
}

// speechVerbs are the verbs that tell whose words a sentence reports.
var speechVerbs = []string{"said", "says", "say", "told", "tells", "asked", "urged", "warned", "according"}

// reportsSpeech reports whether a text quotes someone or tells what they
// said, as an article does and an advertiser's pitch does not.
func reportsSpeech(t string) bool {
	if strings.ContainsAny(t, "“”«»\"") {
		return true
	}
	for _, w := range strings.Fields(t) {
		if wordIn(strings.ToLower(strings.Trim(w, "(,.;:!?")), speechVerbs) {
			return true
		}
	}
	return false
}

// cardEnds reports whether blocks[j] is the last line of a card glued
// under a sponsor's or an ad's label: the line under it, if any, is set
// apart from it (a list of short lines goes on).
func cardEnds(info []pasteInfo, j, last int) bool {
	return j+1 > last || !info[j+1].tight
}

// maxAdvertiserWords is the most words of an advertiser's name under its
// sponsored headline.
const maxAdvertiserWords = 3

// sponsorWord reports whether a line is the one word that labels a
// sponsor's story card: "Sponsored", "Promoted" (not an ad's slot, as
// "Anzeige" is, which the article's next subheading may follow).
func sponsorWord(t string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(t), ".:-–— ")) {
	case "sponsored", "promoted", "patrocinado", "sponsorisé", "gesponsert":
		return true
	}
	return false
}

// isAdLabel reports whether a line is an advertisement's label.
func isAdLabel(t string) bool {
	if len(t) > 24 {
		return false
	}
	switch strings.ToLower(strings.Trim(strings.TrimSpace(t), ".:-–— ")) {
	case "advertisement", "advertising", "ad", "advert", "sponsored", "anzeige", "publicidad", "publicité", "publicidade":
		return true
	}
	return false
}

// linkVerbs open a line that is a link rather than a heading: "Read the
// full transcript of his interview", "Watch: the launch".
var linkVerbs = map[string]bool{"read": true, "watch": true, "listen": true}

// isLinkLine reports whether a short line that is not a sentence is a link
// by its shape: it opens with a verb that sends the reader elsewhere, or it
// is a web address or an e-mail address alone.
func isLinkLine(t string, words int) bool {
	t = strings.TrimSpace(t)
	if words > maxChromeWords || sentenceEnds(t) || t == "" {
		return false
	}
	n := wordCount(t) // words split by single spaces: the line is collapsed
	if r := firstRune(t); (r == '›' || r == '→') && n > 1 {
		return true // "› Programme TV", an arrow before a link
	}
	if n <= 3 {
		// An address alone, or closing a line of three words at most:
		// "topleftpixel.com", "Powered by SmartAsset.com".
		w := strings.Trim(t[strings.LastIndexByte(t, ' ')+1:], "<>()")
		if n == 1 && strings.Contains(w, "@") && strings.Contains(w[strings.Index(w, "@"):], ".") {
			return true // an e-mail address
		}
		if isWebAddress(w) {
			return true
		}
	}
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimRight(first, ":")
	return n >= 3 && len(first) <= 8 && unicode.IsUpper(firstRune(first)) && linkVerbs[strings.ToLower(first)]
}

// isWebAddress reports whether a word is a web address: a name, a dot and
// a top-level domain of two to six lower-case letters ("example.com",
// "www.example.org/page").
func isWebAddress(w string) bool {
	host, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(w, "https://"), "http://"), "/")
	dot := strings.LastIndexByte(host, '.')
	if dot <= 0 || !hasLetter(host[:dot]) || strings.Contains(host, "@") {
		return false
	}
	tld := host[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// betweenControls reports whether a short paragraph sits right between
// two of the page's controls ("View Photos" above, "Caption" below): a
// gallery's description, not the article's text.
func betweenControls(blocks []block, info []pasteInfo, i int) bool {
	if i == 0 || i+1 >= len(info) || info[i].chrome || info[i].words > maxLoneCaptionWords {
		return false
	}
	return isControl(blocks[i-1], info[i-1]) && isControl(blocks[i+1], info[i+1])
}

// isControl reports whether a line is one of the page's buttons or labels
// ("View Photos", "Caption"): only control words, and not an
// advertisement's label.
func isControl(bl block, in pasteInfo) bool {
	return in.kind == strongChrome && in.furn == notFurniture && allUIWords(bl.text) && !isAdLabel(bl.text)
}

// figureAfterColon reports whether a short line that is not a sentence is
// the caption of a figure that the paragraph before it introduces ("This
// is a chart of the alerts:"), alone: the line after it is not another
// item of a list but the article's text going on.
func figureAfterColon(blocks []block, info []pasteInfo, i int) bool {
	t := strings.TrimSpace(blocks[i].text)
	if i == 0 || i+1 >= len(blocks) || info[i].prose || info[i].words < 2 || info[i].words > maxChromeWords || sentenceEnds(t) ||
		strings.HasSuffix(t, ":") || !strings.HasSuffix(strings.TrimSpace(blocks[i-1].text), ":") || blocks[i-1].kind == heading {
		return false
	}
	next := strings.TrimSpace(blocks[i+1].text)
	return info[i+1].prose || strings.HasSuffix(next, ":") && info[i+1].words > maxChromeWords/2
}

// opensWithChromeNear reports whether a paragraph opens with a line of
// chrome just above it, said again: a player's dialog ("This is a modal
// window. This modal can be closed …") after its menus.
func opensWithChromeNear(blocks []block, info []pasteInfo, i int) bool {
	t := strings.TrimSpace(blocks[i].text)
	for j := i - 1; j >= 0 && j >= i-headerWindow; j-- {
		c := strings.TrimSpace(blocks[j].text)
		if info[j].chrome && wordCount(c) >= 3 && len(c) < len(t) && strings.HasPrefix(t, c) {
			return true
		}
	}
	return false
}

// maxSourceWords is the most words of the source under a linked headline.
const maxSourceWords = 4

// markSourcedLinks marks as chrome the links to other stories that name
// their source or author on the line under the headline ("Russian cargo
// ship burns up" over "UPI"), at least minCards of them in a row.
func markSourcedLinks(blocks []block, info []pasteInfo) {
	pair := func(i int) bool {
		if i+1 >= len(blocks) || info[i].prose || info[i+1].prose || blocks[i].kind == tableRow || blocks[i+1].kind == tableRow ||
			isAdLabel(blocks[i+1].text) || sponsorWord(blocks[i+1].text) {
			return false // (no source: "Advertisement" under the article's last line)
		}
		h, src := strings.TrimSpace(blocks[i].text), strings.TrimSpace(blocks[i+1].text)
		if info[i].words < 4 || !headlineShaped(h, info[i].words) || sentenceEnds(h) ||
			info[i+1].words > maxSourceWords || sentenceEnds(src) || lowerShare(src) > 0.34 || !hasLetter(src) || !startsCapital(firstRune(src)) {
			return false
		}
		_, byline := pasteByline(src, nextText(blocks, i+1))
		return !byline // a headline over its author and date: the article's own, perhaps
	}
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && pair(j) {
			j += 2
		}
		if (j-i)/2 >= minCards {
			for k := i; k < j; k++ {
				info[k].chrome, info[k].kind = true, strongChrome
			}
		}
		i = max(j, i+1)
	}
}

// subheadingAt reports whether blocks[j] is a subheading of the article's
// (a paragraph longer than a link's teaser follows it) rather than a
// link's byline ("Par Jane Doe") or a box's title over its pitch.
func subheadingAt(blocks []block, info []pasteInfo, j, last int) bool {
	if blocks[j].kind != heading || j+1 > last || !info[j+1].prose || info[j+1].words <= maxLinkWords {
		return false
	}
	_, byline := pasteByline(blocks[j].text, nextText(blocks, j))
	return !byline
}

// maxBoxLines is the most lines of a box of the page's set into the
// article (see markBoxes).
const maxBoxLines = 5

// markBoxes marks for dropping the boxes a page sets into an article: two
// to maxBoxLines lines right under each other, a blank line before and
// after them, one of which is a notice or a plea to the reader (a
// newsletter's name over its pitch and its terms; "Thanks for signing
// up!" over the app's offer), the others short. A paragraph of the
// article's prose is never in such a box, nor is a line next to an
// "Advertisement" label, which is only furniture, nor the subheading of
// the article right under the box's last line. It also marks a list of
// tags, two or more short lines right under each other each ending with a
// comma ("Buses,", "Local government,").
func markBoxes(blocks []block, info []pasteInfo, drop []bool, first, last int) {
	for i := first; i <= last; {
		j := i
		for j+1 <= last && info[j+1].tight {
			j++
		}
		end := j
		if end > i+1 && blocks[end].kind == heading {
			end-- // the article's next subheading, right under the box's button
		}
		if end > i && end-i+1 <= maxBoxLines && boxOfThePage(blocks, info, i, end) {
			for k := i; k <= end; k++ {
				drop[k] = true
			}
		}
		i = j + 1
	}
	for i := first; i <= last; i++ {
		j := i
		for j <= last && isTagLine(blocks[j].text) && (j == i || info[j].tight) {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				drop[k] = true
			}
			i = j - 1
		}
	}
}

// maxTagWords is the most words of a tag in a list of tags.
const maxTagWords = 4

// isTagLine reports whether a line is a tag of a list of tags: a few
// words and a comma after them, no other mark ("Local government,").
func isTagLine(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ",") && !strings.ContainsAny(t[:len(t)-1], ",.;:") && wordCount(t) <= maxTagWords
}

// boxOfThePage reports whether the lines blocks[i..j] make a box of the
// page's (see markBoxes).
func boxOfThePage(blocks []block, info []pasteInfo, i, j int) bool {
	marked := false
	for k := i; k <= j; k++ {
		if _, ok := noticeOf(newRuleText(blocks[k].text)); ok {
			marked = true
			continue
		}
		if info[k].words >= longProseWords || blocks[k].kind == tableRow {
			return false
		}
		if _, ok := pasteByline(blocks[k].text, nextText(blocks, k)); ok {
			return false // the article's byline under a box, on the lines right under it
		}
	}
	return marked
}

// teaserOfLink reports whether a sentence under a story's link is its
// card's teaser: it takes up a word of four letters or more of the link's
// ("… under the new charges." under "Council approves new car park
// charges for the seafront").
func teaserOfLink(sentence, link string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(link), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 4 {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if words[w] {
			return true
		}
	}
	return false
}

// pitchVerbs open a promotion's pitch, telling the reader to do something
// ("Get a head start on the morning's top stories.").
var pitchVerbs = []string{"get", "sign", "join", "subscribe", "stay", "receive", "never", "don't", "start", "catch", "follow", "enjoy", "discover", "be"}

// pitchWords name what a promotion's pitch offers ("Keep up with the
// CityLab Daily newsletter.").
var pitchWords = []string{"newsletter", "inbox", "keep up with"}

// pitchOpens reports whether a line opens with one of pitchVerbs.
func pitchOpens(t string) bool {
	first, _, _ := strings.Cut(t, " ")
	return wordIn(strings.ToLower(strings.Trim(first, "\"“‘")), pitchVerbs)
}
