package briefing

import (
	"strings"
	"testing"
)

// TestReadingsAFifteenthReviewFoundFalse imports the inputs of a
// fifteenth review of the paste rules (testdata/review15), which found
// false readings in the fourteenth review's mends: a "Posted by" or "By"
// byline among a page's buttons taken for a menu's entry; the headline
// under a menu's entry of names captioned as a photo; a long credit in
// Cyrillic after "Foto:" missed; an Arabic or Hebrew paragraph opening
// with Latin names taken for a caption; and "14 thoughts on ‘…’" in single
// quotes not opening the comments. (Its third input, "Middle East" over
// "Business" under a headline, still reads as a writer over a desk, as
// "Dorottya Kovács" over "BUSINESS" must: a known misreading.)
func TestReadingsAFifteenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review15", []reviewReading{
		{file: "r15_p01_posted_by_under_short_menu", authors: []string{"Adaeze Okonkwo"}},
		{file: "r15_p02_by_writer_over_desk_under_menu", authors: []string{"Adaeze Okonkwo"}},
		{file: "r15_p04_initials_by_under_short_menu", authors: []string{"E.J. Hartley"}},
		{file: "r15_p09_thoughts_single_quotes_comments", drop: []string{"the weekly copying is the whole trick", "Marta Ruiz"}},
	})
	if b := importReviewInput(t, "review15", "r15_p05_initials_over_desk_in_menu_headline_as_caption"); len(b.Captions) != 0 {
		t.Errorf("r15_p05: captions %q, want none", b.Captions)
	}
	b := importReviewInput(t, "review15", "r15_p06_foto_cyrillic_long_credit")
	if len(b.Captions) == 0 || !strings.HasPrefix(b.Captions[0].Credit, "Foto: Александра") {
		t.Errorf("r15_p06: captions %q, want the credit apart", b.Captions)
	}
	for _, f := range []string{"r15_p07_arabic_short_paragraph_latin_names_taken_as_caption", "r15_p08_hebrew_short_paragraph_english_names_taken_as_caption"} {
		if b := importReviewInput(t, "review15", f); len(b.Captions) != 0 {
			t.Errorf("%s: captions %q, want none", f, b.Captions)
		}
	}
}
