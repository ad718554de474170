package briefing

import (
	"strings"
	"testing"
)

// captionForms are a photo's caption with its credit in the forms sites
// set them: after the caption or on the line under it, with a slash, a
// bar, brackets or a label, in English and other languages. (A credit
// over the line under it is not among them: that line is the article's
// next paragraph, as TestReadingsAnEighteenthReviewFoundFalse asks.)
var captionForms = []string{
	"Passengers board the night ferry at the north quay. Jane Roe/Reuters",
	"Passengers board the night ferry at the north quay. (Jane Roe/AP)",
	"Passengers board the night ferry at the north quay.\nJane Roe/Reuters",
	"Passengers board the night ferry at the north quay. Photo: Jane Roe",
	"Passengers board the night ferry at the north quay. Credit: Jane Roe for Harbour News",
	"Passengers board the night ferry at the north quay. Image credit: Jane Roe",
	"Passengers board the night ferry at the north quay. Photograph: Jane Roe/The Guardian",
	"Passengers board the night ferry at the north quay. © Jane Roe",
	"Passengers board the night ferry at the north quay. REUTERS/Jane Roe",
	"Passengers board the night ferry at the north quay. AP Photo/Jane Roe",
	"Passengers board the night ferry at the north quay. (Photo by Jane Roe/Getty Images)",
	"Passengers board the night ferry at the north quay | Jane Roe",
	"Passengers board the night ferry at the north quay. Jane Roe | Harbour News",
	"Passengers board the night ferry at the north quay.\nPhoto: Jane Roe",
	"Passengers board the night ferry at the north quay.\n(Jane Roe/AP)",
	"Passengers board the night ferry at the north quay.\nGetty Images",
	"Passengers board the night ferry at the north quay. Getty Images",
	"Passengers board the night ferry at the north quay. Jane Roe for The Harbour News",
	"Passengers board the night ferry at the north quay. [Jane Roe/Reuters]",
	"Passengers board the night ferry at the north quay (Jane Roe)",
	"Image: Passengers board the night ferry at the north quay. Jane Roe",
	"Passengers board the night ferry at the north quay. Foto: Jane Roe/dpa",
	"Passengers board the night ferry at the north quay. Bild: Jane Roe",
	"Passengers board the night ferry at the north quay. Photo : AFP",
	"Passengers board the night ferry at the north quay. Shutterstock",
	"Passengers board the night ferry at the north quay. (iStock)",
	"Passengers board the night ferry at the north quay. Supplied",
	"Passengers board the night ferry at the north quay. Picture: Jane Roe",
}

// captionProbeFloor is the fewest (page, caption) pairs of
// TestCaptionFormsBetweenParagraphs read right: 1061 of 1064 on the rules
// of this test's first commit (947 before them: a credit after a bar and
// "Supplied" were read by none); 1089 of 1092 once videos-2 and yahoo-4
// were measured too. Those left: three forms on aktualne.
const captionProbeFloor = 1089

// TestCaptionFormsBetweenParagraphs sets each of captionForms between two
// paragraphs in the middle of every tuned readability page's headline
// paste that reads with no junk, and imports it again: the caption should
// be read as a caption, wherever it stands, and leave the body as it was.
// It reports the forms misread, and on which pages.
func TestCaptionFormsBetweenParagraphs(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	t.Parallel() // it imports each page dozens of times: the other tests need not wait
	var tally formTally
	for _, p := range cleanTunedPastes(t) {
		paras, at := middleGap(p.headline)
		if at < 0 {
			continue
		}
		tally.pages++
		for _, form := range captionForms {
			page := setInGap(paras, at, form)
			b, err := Import(p.name+".txt", []byte(page))
			if err != nil {
				t.Fatalf("%s: %v", p.name, err)
			}
			found := false
			for _, cp := range b.Captions {
				found = found || strings.Contains(cp.Text, "Passengers board the night ferry")
			}
			tally.add(form, p.name, found && p.readsAsBase(p.scoreImported(b, page)))
		}
	}
	tally.report(t, "captions between paragraphs", captionForms, captionProbeFloor)
}
