package briefing

import (
	"strings"
	"testing"
)

// TestReadingsASeventeenthReviewFoundFalse imports the inputs of a
// seventeenth review of the paste rules (testdata/review17), which found
// false readings in the rules of this stop's last site pastes: a short
// news paragraph that tells readers how to "make a donation" dropped as a
// site's plea; a sentence closed by a dash and "All rights reserved", or
// by a dash and two stops with a slash between them, and a list's items
// marked "(archive)" taken for photo captions; an expert's name and
// university over her answer, a Ukrainian writer's given name "Oleh", a
// play's "WRITER:" in a review's box in capitals and a Chinese
// subheading over a paragraph that opens with a date taken for bylines;
// a film column's sections headed '3 thoughts on “…”' cut as the
// readers' comments; a headline "COST OF LIVING: Bills soar" taken for a
// page's field and a headline of two sentences with its full stop for a
// page's notice over a row of tags; and a Chinese subtitle that names an
// anniversary's date read as the article's date and dropped. The review
// also found a Swedish subheading "Reklam" dropped as an advertisement's
// label: that misreading stays (the word labels an advertisement between
// paragraphs far more often than it heads a section), and its input is
// not kept.
func TestReadingsASeventeenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review17", []reviewReading{
		{file: "r17_k1_donation_plea", keep: []string{"Anyone who wishes to make a donation can leave it at the post office"}},
		{file: "r17_c1_rights_reserved_sentence", keep: []string{"he pressed the same rubber stamp with his name and three words below it - All rights reserved."}},
		{file: "r17_c2_dash_slash_route", keep: []string{"at either end of the closure - Central Station/Harbour Square."}},
		{file: "r17_c3_archive_list", keep: []string{"The night the chapel roof fell in (archive)", "Every winner of the show's best marrow since 1952 (archive)"}},
		{file: "r17_a1_expert_affiliation", authors: []string{}, headings: []string{"Dr Hannah Greaves, University of Leeds"}},
		{file: "r17_a2_oleh_byline", authors: []string{"Oleh Marchenko"}},
		{file: "r17_a3_writer_box_capitals", authors: []string{}},
		{file: "r17_a4_zh_subheading_over_date", authors: []string{}, keep: []string{"政策背景"}},
		{file: "r17_k2_thoughts_on_film", keep: []string{"It is far too long, and I would not cut a single scene.", "The score, played on a single piano, is still in my head."}},
		{file: "r17_t1_labelled_headline", title: "COST OF LIVING: Bills soar"},
		{file: "r17_t2_sentence_headline_over_tags", title: "The ferry is late again. Nobody on the island is surprised.",
			standfirst: "Islanders have waited four years for a new boat, and the old one keeps breaking down"},
	})
	// A subtitle under a Chinese headline names the day of the event the
	// article marks the anniversary of: it is no date of the article's,
	// and it stays, as the standfirst or in the body.
	const subtitle = "——写在2008年5月12日汶川地震十八周年之际"
	b := importReviewInput(t, "review17", "r17_d1_zh_subtitle_date")
	if !b.Published.IsZero() {
		t.Errorf("r17_d1_zh_subtitle_date: published %v, want none", b.Published)
	}
	kept := b.Standfirst == subtitle
	for _, s := range b.Sections {
		for _, p := range s.Paragraphs {
			kept = kept || strings.Contains(p, subtitle)
		}
	}
	if !kept {
		t.Errorf("r17_d1_zh_subtitle_date: subtitle %q lost", subtitle)
	}
}
