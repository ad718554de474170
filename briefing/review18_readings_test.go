package briefing

import (
	"strings"
	"testing"
	"time"
)

// TestReadingsAnEighteenthReviewFoundFalse imports the inputs of an
// eighteenth review of the paste rules (testdata/review18), which found
// false readings in the rules added since the seventeenth. Body: short
// news paragraphs dropped as a site's pleas ("… for the latest news and
// updates on the closure", "… to catch all the matches …"), a Polish
// paragraph that opens "Czas czytania" dropped as a page's "reading
// time", a story card's standfirst under "Related Stories" kept as the
// article's last paragraph, and a short paragraph under a mid-article
// photo's credit taken for that photo's caption. Writers: a magazine's
// "WRITER:" over "PHOTOGRAPHER:", a writer "reporting from the north of
// Gaza" and a Japanese writer over a long date line with its update lost;
// an Indonesian writer of one name after "Oleh" ("by") read as "Oleh
// Suparman"; a writer's name and university under the standfirst, said
// again in the author's box at the foot, taken for an experts' round-up's
// subheading (the writer and the standfirst lost); a Japanese "【関連記事】"
// (related articles) under the last paragraph taken for the writer.
// Title: a topic's label in title case over the headline taken for the
// headline, the headline for the standfirst. Dates: a Chinese date line
// that names its source lost into the body, a timeline's first date after
// the opening paragraphs and a software version written year first read
// as the article's date, and a date with an American clock ("5:42 PM
// EST") on a Spanish-language US page read day first.
func TestReadingsAnEighteenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review18", []reviewReading{
		{file: "r18_k1_plea_latest_news", keep: []string{"Residents can check the council's website for the latest news and updates on the closure."}},
		{file: "r18_k2_plea_catch_all_the", keep: []string{"Viewers who want to catch all the matches will need both."}},
		{file: "r18_k3_pl_reading_time_sentence", keep: []string{"Czas czytania w ciągu dnia skrócił się średnio do kwadransa."}},
		{file: "r18_f1_card_dek_under_related", drop: []string{"The Shannon-class lifeboat arrived in the harbour"}},
		{file: "r18_c1_sentence_under_credit", keep: []string{"The vote was carried by 31 votes to four."}},
		{file: "r18_a1_writer_over_photographer", authors: []string{"Tom Lindqvist"}},
		{file: "r18_a2_reporting_from", authors: []string{"Emma Caldwell"}},
		{file: "r18_a3_id_oleh_single_name", authors: []string{"Suparman"}},
		{file: "r18_a4_ja_related_in_brackets", authors: []string{}},
		{file: "r18_a5_ja_name_over_long_date", authors: []string{"宮本彩香"}},
		{file: "r18_a6_author_box_at_foot", authors: []string{"Hannah Greaves"}, noHeadings: true,
			standfirst: "Algae blooms have become a summer fixture on one of Britain's best-loved rivers. The causes are well known."},
		{file: "r18_d1_zh_date_with_source", drop: []string{"发布时间"}},
		{file: "r18_d3_version_year_first", keep: []string{"Home Assistant 2026.12.1"}},
		{file: "r18_t1_topic_over_headline", title: "Council tax to rise by five per cent in April as reserves run low"},
	})
	// The published dates: none where the paste gives none of the
	// article's.
	for _, c := range []struct {
		file string
		want time.Time
	}{
		{"r18_d1_zh_date_with_source", time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)},
		{"r18_d2_timeline_date", time.Time{}},
		{"r18_d3_version_year_first", time.Time{}},
		{"r18_d4_es_us_clock", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)},
	} {
		b := importReviewInput(t, "review18", c.file)
		if !b.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.file, b.Published, c.want)
		}
	}
	// The caption under the credit is no caption of the photo's.
	b := importReviewInput(t, "review18", "r18_c1_sentence_under_credit")
	for _, c := range b.Captions {
		if strings.Contains(c.Text, "The vote was carried") {
			t.Errorf("r18_c1_sentence_under_credit: caption %q, a paragraph of the article's", c.Text)
		}
	}
}
