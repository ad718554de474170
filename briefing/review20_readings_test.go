package briefing

import (
	"strings"
	"testing"
	"time"
)

// TestReadingsATwentiethReviewFoundFalse imports the inputs of a twentieth
// review of the paste rules (testdata/review20), which found false
// readings in the rules added since the nineteenth on plainly written
// articles. Bylines: a Spanish agency byline "Por EFE" read as none (the
// rule for "Oleh Marchenko" and "Di Maio" took the agency for a surname),
// and so "Par Ouest-France";
// a Portuguese compound surname "Sousa e Silva" split into two writers
// after "Por", and alone over the date no writer; two writers joined by
// "och" or "og" after "Av" or "Af", or after the Dutch "Door", read with
// the prefix as a part of the first name ("Av Erik Lindqvist"), and two
// joined by the Indonesian "dan" after "Oleh" read as none; a writer
// credited with the photos too ("Tekst og foto: Kari Nordmann", "Foto og
// tekst:", "Words and pictures by Fiona MacLeod") read as none; a Japanese label
// "【関連リンク】" (related links) under the last paragraph read as the
// writer; a listicle's "De Cusco" under a chef's name taken for a
// byline's outlet and dropped. Headlines: a question over the page's
// "Share" and "Save" buttons, or over its stamps ("5 min read"), lost to
// the standfirst under them; a whole
// page's headline that credits its news to sources ("Sources: Harbour FC
// agree deal with striker Tom Reyes") taken for a source line, the site's
// name the title. Captions and standfirsts: a first paragraph of one short
// sentence over a subheading of one word ("Diversions") taken for the
// lead photo's caption and its credit, and a briefing's one-sentence
// opening over its first section, "Ukraine", named in the news below; a paragraph that opens "This rosy
// picture of the economy" taken for a wire photo's caption; a first
// paragraph of two plain sentences set line under line under the byline
// taken for the standfirst; a newsletter's subtitle lost when the
// writer's name heads the page as well as the post; a card's teaser under a "Related" link set
// into the article, or under "Read more" and its link at the foot with
// the paper's line about itself, kept as the article's text. Dates: a French article's
// "12 novembre 2026" read as 11 December because it writes a deadline
// "11/12/2026"; a Korean "입력 2026.12.02. 오후 2:05" with its closing dot
// and a Chinese "2026年12月02日08:30 | 来源：人民网－人民日报海外版" (or its
// source without the label) read as no date; under a byline without a date, a section's "6 June 1944" or an
// event's "When: Saturday 19 December 2026, 6pm" past the first two
// paragraphs read as the published date.
func TestReadingsATwentiethReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review20", []reviewReading{
		{file: "r20_a1_agency_after_por", authors: []string{"EFE"}},
		{file: "r20_a3_compound_surname_after_por", authors: []string{"Ana Rita Sousa e Silva"}},
		{file: "r20_a4_compound_surname_alone", authors: []string{"Ana Rita Sousa e Silva"}},
		{file: "r20_a5_bracketed_label_at_foot", authors: []string{}},
		{file: "r20_a6_outlet_after_par", authors: []string{"Ouest-France"}},
		{file: "r20_a7_swedish_writers_joined_by_och", authors: []string{"Erik Lindqvist", "Amira Haddad"}},
		{file: "r20_a8_danish_writers_joined_by_og", authors: []string{"Mette Hansen", "Lars Jensen"}},
		{file: "r20_a9_dutch_writers_after_door", authors: []string{"Sanne de Waard", "Youssef El Khatib"}},
		{file: "r20_a10_text_and_photos_credit", authors: []string{"Kari Nordmann"}},
		{file: "r20_a13_photos_and_text_credit", authors: []string{"Kari Nordmann"}},
		{file: "r20_a12_indonesian_writers_joined_by_dan", authors: []string{"Andi Saputra", "Rina Wijaya"}},
		{file: "r20_a11_words_and_pictures_by", authors: []string{"Fiona MacLeod"}},
		{file: "r20_t1_question_headline_over_buttons", title: "Whose road is it anyway?", authors: []string{"Hannah Price"},
			standfirst: "The council wants to rename Mill Street after a local suffragette, and not everyone living there is pleased"},
		{file: "r20_t3_question_headline_over_stamps", title: "What's in a name?", authors: []string{"Hannah Price"},
			standfirst: "The council wants to rename Mill Street after a local suffragette, and not everyone living there is pleased"},
		{file: "r20_t2_sources_headline_over_byline", title: "Sources: Harbour FC agree deal with striker Tom Reyes", authors: []string{"Jack Morrow"}},
		{file: "r20_c1_short_lead_over_one_word_subheading", headings: []string{"Diversions"},
			keep: []string{"The Kessing harbour bridge will close to traffic on Monday."}},
		{file: "r20_c3_briefing_intro_over_place_heading", headings: []string{"Ukraine", "Weather", "Football"},
			keep: []string{"Here is what you need to know this Tuesday morning."}},
		{file: "r20_c2_picture_as_figure_of_speech", keep: []string{"This rosy picture of the economy hides a steep rise in household debt"}},
		{file: "r20_s2_writer_named_in_header_and_byline", title: "Why the north pier matters", authors: []string{"Tom Hartley"},
			standfirst: "Some thoughts on the council's plan, and what it means for the fleet"},
		{file: "r20_s1_two_sentence_lead_under_byline", authors: []string{"Fiona MacLeod"},
			keep: []string{"All ferry sailings to the western isles were cancelled on Thursday. Flights from the island airports were also grounded."}},
		{file: "r20_b1_origin_under_name_in_list", authors: []string{"Lucía Herrera"}, headings: []string{"De Cusco", "De Piura"}},
		{file: "r20_w1_teaser_under_related_link", keep: []string{"Cyclists' groups welcomed the news", "The council said it would look at both ideas"},
			drop: []string{"Drivers will pay up to £2 an hour more"}},
		{file: "r20_w2_teaser_and_about_under_read_more", keep: []string{"The council said the trial would run for six months"},
			drop: []string{"It will call at twelve stops", "The Kessing Chronicle has been published"}},
	})
	// No paragraph of these is a caption, nor a subheading a credit.
	for _, c := range []struct{ file, text string }{
		{"r20_c1_short_lead_over_one_word_subheading", "harbour bridge will close"},
		{"r20_c2_picture_as_figure_of_speech", "rosy picture"},
		{"r20_c3_briefing_intro_over_place_heading", "what you need to know"},
	} {
		b := importReviewInput(t, "review20", c.file)
		for _, cp := range b.Captions {
			if strings.Contains(cp.Text, c.text) || cp.Credit == "Diversions" || cp.Credit == "Ukraine" {
				t.Errorf("%s: caption %q (credit %q), the article's", c.file, cp.Text, cp.Credit)
			}
		}
	}
	if b := importReviewInput(t, "review20", "r20_s1_two_sentence_lead_under_byline"); b.Standfirst != "" {
		t.Errorf("r20_s1_two_sentence_lead_under_byline: standfirst %q, the article's first paragraph", b.Standfirst)
	}
	// The published dates.
	for _, c := range []struct {
		file string
		want time.Time
	}{
		{"r20_d1_deadline_in_figures", time.Date(2026, 11, 12, 0, 0, 0, 0, time.UTC)},
		{"r20_d2_year_first_with_closing_dot", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)},
		{"r20_d3_cjk_date_over_source_field", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)},
		{"r20_d6_cjk_date_and_time_over_source", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)},
		{"r20_d4_dated_section_under_the_lead", time.Time{}},
		{"r20_d5_event_date_under_the_lead", time.Time{}},
	} {
		if b := importReviewInput(t, "review20", c.file); !b.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.file, b.Published, c.want)
		}
	}
}
