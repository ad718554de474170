package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a run of links to other stories (see markLinkRuns).
const (
	// minLinkRun is the fewest headline-shaped lines that make a run,
	// and minRunHeadlineWords the fewest words of each (a menu's entries,
	// "Food & Drink", are shorter).
	minLinkRun          = 4
	minRunHeadlineWords = 5
	// maxRunLabelWords bounds the kickers and labels a run may hold
	// between its headlines ("Crítica y polémica", "Economía").
	maxRunLabelWords = 3
)

// markLinkRuns marks as links to other stories (see pasteInfo.linkRun)
// the runs of them that a page sets over its article's byline, pasted as lines: at least
// minLinkRun headline-shaped lines (see runHeadline) one after the other,
// with nothing between them but the kickers, labels and bylines of their
// cards (a few words that are no sentence), and the article's byline
// under them (see bylineUnder). A list of the article's own, pasted
// without its bullets, stands under its byline; one it introduces ("The
// plan has four parts:") is its own wherever it stands (see
// markIntroducedLists). The last headline of a run is kept when prose
// follows it right away: it heads that prose.
func markLinkRuns(blocks []block, info []pasteInfo, title string) {
	// A paste that opens with its headline has it as its title; one that
	// opens with the site's lines (a page pasted whole) may have its
	// headline and standfirst as the last two lines over the byline.
	titled := headlineShaped(title, wordCount(title)) && !judgePasteLine(block{text: title}, false).chrome
	for i := 0; i < len(blocks); {
		if !runHeadline(blocks[i], info[i]) || i > 0 && strings.HasSuffix(strings.TrimSpace(blocks[i-1].text), ":") {
			i++
			continue
		}
		j, n, lastLink := i, 0, i
		for ; j < len(blocks); j++ {
			if runHeadline(blocks[j], info[j]) {
				n++
				lastLink = j
			} else if !runLabel(blocks[j], info[j]) {
				break
			}
		}
		end := lastLink + 1
		if end < len(blocks) && info[end].prose {
			end, n = lastLink, n-1 // the headline over the article's first paragraph
		}
		if n >= minLinkRun && bylineUnder(blocks, info, end) {
			if titled {
				for end < j && !bylineOn(blocks, end) {
					end++ // the last card's kicker, over the byline
				}
			} else {
				end, n = beforeHeadlines(blocks, info, i, end, 2), n-2
			}
			if n >= minLinkRun {
				markAsLinks(info, i, end)
			}
		}
		i = max(j, i+1)
	}
}

// markAsLinks marks the blocks from i to j (not included) as a run of
// links: neither prose nor chrome, and dropped.
func markAsLinks(info []pasteInfo, i, j int) {
	for k := i; k < j; k++ {
		info[k] = pasteInfo{words: info[k].words, furn: info[k].furn, tight: info[k].tight, linkRun: true}
	}
}

// beforeHeadlines returns where the last n headlines of the run from i to
// end (not included) start: the run without them.
func beforeHeadlines(blocks []block, info []pasteInfo, i, end, n int) int {
	for end > i && n > 0 {
		end--
		if runHeadline(blocks[end], info[end]) {
			n--
		}
	}
	return end
}

// runHeadline reports whether a block is shaped as the headline of another
// story linked from the page: a line of minRunHeadlineWords to
// maxCardTitleWords words opening with a capital, with no sentence's full
// stop, comma or colon at its end (a question mark may end it), and no
// byline, date or caption.
func runHeadline(bl block, in pasteInfo) bool {
	if bl.kind == listItem || bl.kind == tableRow || bl.kind == codeBlock || in.words < minRunHeadlineWords || in.words > maxCardTitleWords {
		return false
	}
	t := strings.TrimSpace(bl.text)
	if !unicode.IsUpper(firstRune(strings.TrimLeft(t, "\"'“‘«¿¡"))) || strings.ContainsRune(t, '\n') {
		return false
	}
	switch last, _ := utf8.DecodeLastRuneInString(t); {
	case last == '?' || last == '!':
		// A headline that asks a question, which the line rules take
		// for a short sentence.
	case in.prose || strings.ContainsRune(".,;:…", last):
		return false
	}
	if _, ok := pasteByline(t, ""); ok {
		return false
	}
	if _, ok := pasteCaption(t); ok {
		return false
	}
	return !isDateLine(t, in.words)
}

// runLabel reports whether a block may stand between the headlines of a
// run of links: a card's kicker, label, byline or date, a few words that
// are no sentence.
func runLabel(bl block, in pasteInfo) bool {
	if bl.kind == listItem || bl.kind == tableRow || bl.kind == codeBlock || in.prose || in.words > maxRunLabelWords {
		return false
	}
	return !sentenceEnds(strings.TrimSpace(bl.text))
}

// maxLinesOverByline bounds the lines between a run of links and the
// article's byline under it: the byline's date, the section's label, the
// stamp of the last update.
const maxLinesOverByline = 6

// maxRunDekWords bounds the standfirst that may stand between a run of
// links and the byline under it.
const maxRunDekWords = 60

// bylineUnder reports whether a byline stands under blocks[from], past
// no more than maxLinesOverByline lines that are no prose but for one
// standfirst, with prose (the article) under it.
func bylineUnder(blocks []block, info []pasteInfo, from int) bool {
	dek := false
	for i := from; i < len(blocks) && i < from+maxLinesOverByline; i++ {
		if info[i].prose {
			if dek || info[i].words > maxRunDekWords {
				return false
			}
			dek = true // the standfirst over the byline
			continue
		}
		if bylineOn(blocks, i) {
			for j := i + 1; j < len(blocks) && j <= i+maxLinesOverByline; j++ {
				if info[j].prose {
					return true
				}
			}
			return false
		}
	}
	return false
}

// bylineOn reports whether blocks[i] is a byline, with the line under it.
func bylineOn(blocks []block, i int) bool {
	_, ok := pasteByline(blocks[i].text, nextText(blocks, i))
	return ok
}

// minLabelledLinks is the fewest labelled links in a row that make a box
// of them.
const minLabelledLinks = 3

// labelledLinkLine is a link to another story under a label in capitals:
// "A SIMPLE GUIDE: How do I protect myself?", "LOOK-UP TOOL: Check cases
// in your area".
var labelledLinkLine = lazyCompile(`^\p{Lu}[\p{Lu}\d '’&-]{1,30}:\s+["“‘'¿¡]?\p{Lu}`)

// markLabelledLinks marks a box of links to other stories each under its
// label in capitals, minLabelledLinks of them or more one after the
// other, as a run of links (see markAsLinks): one such line may be the
// article's own ("UPDATE: The ferry is running again"), three in a row are
// the page's box of guides and explainers.
func markLabelledLinks(blocks []block, info []pasteInfo) {
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && boxedLink(blocks[j], info[j]) {
			j++
		}
		if j-i >= minLabelledLinks {
			markAsLinks(info, i, j)
		}
		i = max(j, i+1)
	}
}

// boxedLink reports whether a block is a link to another story under a
// label in capitals (see labelledLinkLine): a line of a few words at most
// maxCardTitleWords, no paragraph.
func boxedLink(bl block, in pasteInfo) bool {
	return bl.kind != listItem && bl.kind != tableRow && bl.kind != codeBlock && in.words <= maxCardTitleWords &&
		!strings.ContainsRune(strings.TrimSpace(bl.text), '\n') && labelledLinkLine.MatchString(strings.TrimSpace(bl.text))
}
