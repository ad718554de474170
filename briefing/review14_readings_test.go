package briefing

import "testing"

// TestReadingsAFourteenthReviewFoundFalse imports the inputs of a
// fourteenth review of the paste rules (testdata/review14), which found
// false readings in the rules written after the thirteenth: a section
// headed "3 thoughts on what comes next" cut as the readers' comments; a
// headline naming a company's domain ("Booking.com fined €400m") taken for
// the site's name; writers over a desk whose given name no list holds
// ("Dorottya Kovács") or who sign with initials ("E.J. Hartley") lost; an
// article's first subheading under a platform's notice taken for the
// headline; a Portuguese subheading "Busca" taken for a control; short
// paragraphs of Hebrew, Hindi and Arabic without their full stop taken for
// subheadings or captions, and a standfirst under an Arabic or Hebrew
// headline lost.
func TestReadingsAFourteenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review14", []reviewReading{
		{file: "r14_p05_thoughts_subheading", headings: []string{"3 thoughts on what comes next"}},
		{file: "r14_p09_domain_headline_dek", title: "Booking.com fined €400m", standfirst: "Regulator says the hotel site misled travellers for years"},
		{file: "r14_p24_name_over_desk_caps", authors: []string{"Dorottya Kovács"}},
		{file: "r14_p25_initials_over_desk", authors: []string{"E.J. Hartley"}},
		{file: "r14_p27_unlisted_notice_then_subheading", title: "Why I still swim in the old baths", headings: []string{"A pool with a leaking roof"},
			drop: []string{"unlisted"}},
		{file: "r14_p28_revisit_notice_then_subheading", title: "Why I still swim in the old baths", headings: []string{"A pool with a leaking roof"},
			drop: []string{"revisit"}},
		{file: "r14_p33_pt_busca_subheading", headings: []string{"Busca"}},
		{file: "r14_p13_hebrew_short_paragraphs", noHeadings: true, keep: []string{"עמותה מקומית הציעה לגייס חלק מהכסף"}},
		{file: "r14_p14_hindi_short_paragraphs", noHeadings: true, keep: []string{"स्थानीय ट्रस्ट ने कुछ पैसा जुटाने की पेशकश की"}},
		{file: "r14_p41_arabic_short_paragraph", noHeadings: true, keep: []string{"وقال رئيس البلدية للصحفيين إن القرار لم يكن سهلا"}},
		{file: "r14_p34_arabic_question_headline_dek", keep: []string{"السكان يطالبون بفتحه في المساء والمجلس يبحث عن تمويل"}},
		{file: "r14_p36_arabic_dek_lost", keep: []string{"السكان يطالبون بفتحه في المساء والمجلس يبحث عن تمويل"}},
		{file: "r14_p40_hebrew_dek_lost", keep: []string{"התושבים שנאבקו בסגירה במשך שנה יקבלו את הבריכה בחזרה"}},
	})
	for _, f := range []string{"r14_p13_hebrew_short_paragraphs", "r14_p14_hindi_short_paragraphs", "r14_p41_arabic_short_paragraph"} {
		if b := importReviewInput(t, "review14", f); len(b.Captions) != 0 {
			t.Errorf("%s: captions %q, want none", f, b.Captions)
		}
	}
}
