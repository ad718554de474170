package briefing

import "strings"

// Bounds of a list a sentence of the article introduces (see
// markIntroducedLists).
const (
	minIntroducedItems   = 2
	maxIntroducedItems   = 12
	maxIntroducedItemLen = 12 // words of one item
	// maxLabelledItems is the most items under a label of what a recipe
	// or a how-to needs (listLabels): a cake's ingredients run to twenty.
	maxLabelledItems = 30
)

// listLabels open the labels over a recipe's or a how-to's list of what
// it needs, in the languages brief reads: "Zutaten:", "Ingredients for
// the dough:", "You will need:". Lower case.
var listLabels = []string{"ingredients", "zutaten", "ingrédients", "ingredientes", "ingredienti", "składniki", "ingrediënten",
	"you will need", "what you need", "materials", "materialien", "du brauchst", "sie brauchen", "sie benötigen", "für den teig", "für die füllung"}

// listLabel reports whether a line is a label over what a recipe or a
// how-to needs (see listLabels): short, with its colon.
func listLabel(t string) bool {
	return strings.HasSuffix(t, ":") && wordCount(t) <= maxListLabelWords && hasAnyPrefix([]byte(strings.ToLower(t)), listLabels)
}

// maxListLabelWords is the most words of a list's label ("Zutaten für
// eine Springform von 26 cm:").
const maxListLabelWords = 8

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
		most, label := maxIntroducedItems, listLabel(strings.TrimSpace(blocks[i].text))
		if label {
			most = maxLabelledItems
		}
		j := i + 1
		for j < len(blocks) && j-i <= most && isIntroducedItem(blocks[j], info[j]) && (j == i+1 || info[j].tight) {
			j++
		}
		if n := j - i - 1; n < minIntroducedItems || j < len(blocks) && !info[j].prose && blocks[j].kind != heading && !(label && strings.HasSuffix(strings.TrimSpace(blocks[j].text), ":")) {
			continue // (under a recipe's label, the next label may follow: "Zubereitung:")
		}
		for k := i + 1; k < j; k++ {
			blocks[k].kind = listItem
			info[k].chrome, info[k].kind = false, notChrome
		}
		if label {
			info[i].chrome, info[i].kind = false, notChrome // the label stays over its list
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
// following:", or a recipe's label ("Zutaten:"), never a box's label ("More on the floods:", "Related
// stories:").
func introducesList(t string) bool {
	return strings.HasSuffix(t, ":") && (leadsOn(t) || listLabel(t)) && !hasAnyPrefix([]byte(strings.ToLower(t)), linkBoxOpeners)
}
