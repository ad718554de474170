package briefing

import "testing"

// TestReadingsAThirteenthReviewFoundFalse imports the inputs of a
// thirteenth review of the paste rules (testdata/review13), which found
// false readings in the rules this stop wrote for the heads of whole pages:
// headlines led by a one-word label in capitals ("Q&A:", "LIVE:",
// "UPDATE:") taken for a page's field; a three-word name as the headline
// taken for a writer over a co-writer; a short headline over a standfirst
// of two sentences taken for a kicker; a column's writer over its headline
// lost; a film's, a series', a book's and a song's writers in a review's
// box taken for the article's ("Writer:", "Writers:", "Penulis:",
// "Tekst:"); a subheading meaning "comments" or "discussion" that cut the
// article; a paragraph opening with an agency's dateline in brackets with
// a bar, or closing with its reporter's name so, taken for a caption; a
// match report's "90 perc" taken for a reading time; and a photo's caption
// under a "By" byline taken for the headline. The same inputs also hold
// some the review found read alike before and after (kept as they are).
func TestReadingsAThirteenthReviewFoundFalse(t *testing.T) {
	nobody := []string{}
	checkReviewReadings(t, "review13", []reviewReading{
		{file: "r13_p06_qa_field", title: "Q&A: Hilary Mantel"},
		{file: "r13_p07_live_field", title: "LIVE: Budget 2026"},
		{file: "r13_p08_update_field", title: "UPDATE: Storm Bert"},
		{file: "r13_h08_threeword_name_head", title: "Gabriel García Márquez", authors: []string{"Jane Roe"}},
		{file: "r13_h06_five_word_head", title: "Storm Bert batters north coast", authors: []string{"Jane Roe"}},
		{file: "r13_h07_six_word_head", title: "Storm Bert batters the north coast", authors: []string{"Jane Roe"}},
		{file: "r13_h05_short_head_twodek", title: "Library hours extended", authors: []string{"Jane Roe"}},
		{file: "r13_h02_opinion_name_above", title: "Our libraries are the last free rooms in the city, and we should keep them open", authors: []string{"Jane Roe"}},
		{file: "r13_h09_opinion_name_role", authors: []string{"Jane Roe"}},
		{file: "r13_b01_writer_box", authors: nobody},
		{file: "r13_b07_writer_box_with_byline", authors: []string{"Jane Roe"}},
		{file: "r13_b08_writer_box_after_byline", authors: []string{"Jane Roe"}},
		{file: "r13_b02_writers_tv", authors: nobody},
		{file: "r13_b03_penulis_book", authors: nobody},
		{file: "r13_b04_tekst_lyrics", authors: nobody},
		{file: "r13_f01_da_kommentarer", headings: []string{"Kommentarer"}},
		{file: "r13_f02_pl_dyskusja", headings: []string{"Dyskusja"}},
		{file: "r13_f04_tr_yorumlar", headings: []string{"Yorumlar"}},
		{file: "r13_f05_cz_diskuse", headings: []string{"Diskuse"}},
		{file: "r13_f06_id_komentar", headings: []string{"Komentar"}},
		{file: "r13_p02_piped_end", keep: []string{"The review will report to the culture committee next spring."}},
		{file: "r13_q02_dateline_piped", keep: []string{"(Reuters | London) Britain's libraries lost a fifth"}},
		{file: "r13_p02d_piped_start", keep: []string{"(Analysis | Opinion) The council's decision"}},
		{file: "r13_q04_bracket_tags", keep: []string{"[Exclusive | Update] The library's director told the Gazette"}},
		{file: "r13_k04_hu_90perc", headings: []string{"90 perc"}},
		{file: "r13_k01_blog_caption_between", authors: []string{"Jane Roe"}},
	})
	if b := importReviewInput(t, "review13", "r13_k01_blog_caption_between"); b.Title == "Students outside the town hall on Monday evening" {
		t.Errorf("r13_k01: the lead photo's caption under the byline is the title")
	}
}
