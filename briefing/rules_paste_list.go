package briefing

import "strings"

// Bounds of a list a sentence of the article introduces (see
// markIntroducedLists).
const (
	minIntroducedItems   = 2
	maxIntroducedItems   = 12
	maxIntroducedItemLen = 12 // words of one item
)

// markIntroducedLists makes list items of the short lines that a sentence
// of the article introduces with a colon ("You will need the following:"
// over "An adjustable spanner", "A new washer", "A flat screwdriver"), as
// a page's list pasted without its bullets: two to twelve lines of a few
// words, none of them prose, each on the line right under the one before
// (the first may stand apart from the sentence), and prose, a subheading
// or the end after them. The last of them is then no subheading over the
// prose that follows, and the reader shows them as a list.
func markIntroducedLists(blocks []block, info []pasteInfo) {
	for i := 0; i+minIntroducedItems < len(blocks); i++ {
		if blocks[i].kind != paragraph || !introducesList(strings.TrimSpace(blocks[i].text)) {
			continue
		}
		j := i + 1
		for j < len(blocks) && j-i <= maxIntroducedItems && isIntroducedItem(blocks[j], info[j]) && (j == i+1 || info[j].tight) {
			j++
		}
		if n := j - i - 1; n < minIntroducedItems || j < len(blocks) && !info[j].prose && blocks[j].kind != heading {
			continue
		}
		for k := i + 1; k < j; k++ {
			blocks[k].kind = listItem
			info[k].chrome, info[k].kind = false, notChrome
		}
		i = j - 1
	}
}

// isIntroducedItem reports whether a block may be an item of a list a
// sentence introduces: a short line of the article's, not prose, not the
// page's furniture or controls, not a list's lead of its own, and no
// sentence (a statement's short lines under "The club said:", a Q&A's
// questions, "Sleep." over a subheading), nor a photo's caption or credit.
func isIntroducedItem(bl block, in pasteInfo) bool {
	t := strings.TrimSpace(bl.text)
	return (bl.kind == paragraph || bl.kind == heading) && !in.prose && in.words > 0 && in.words <= maxIntroducedItemLen &&
		in.furn == notFurniture && in.kind != strongChrome && !strings.HasSuffix(t, ":") && !sentenceEnds(t) && !photoLine(t)
}

// photoLine reports whether a line reads as a photo's caption or credit
// ("Photo: Kessing City Council", "Jane Roe/Reuters"): a sentence's
// colon may introduce a picture as well as a list. Capitals alone are no
// credit's mark: a list's items may be acronyms ("NASA", "ESA").
func photoLine(t string) bool {
	_, ok := pasteCaption(t)
	return ok || nameCredit(t) && creditMarked(t)
}

// introducesList reports whether a line is a sentence of the article's
// that leads on to a list with a colon (see leadsOn): "You will need the
// following:", never a box's label ("More on the floods:", "Related
// stories:").
func introducesList(t string) bool {
	return strings.HasSuffix(t, ":") && leadsOn(t) && !hasAnyPrefix([]byte(strings.ToLower(t)), linkBoxOpeners)
}
