package briefing

import "testing"

// TestReadingsAnEleventhReviewFoundFalse imports the inputs of an eleventh
// review of the paste rules (testdata/review11): a writer whose surname a
// namesake bears ("Sarah Johnson" over "Boris Johnson" and "Mr Johnson"),
// a surname opening the first paragraph under a standfirst with no full
// stop ("Jon Snow" over "Snow fell"), short sentences under a sentence
// that ends with a colon (a statement, a post, a Q&A's questions, a
// subheading), and a live page's entries or a listing's lines that use
// "play", "watch" or "video" as ordinary words; a paragraph over a line
// in capitals that signs, closes or labels ("JANE FOSTER", "END OF
// RELEASE", "IN OTHER NEWS"); a photo's caption over its credit under a
// sentence that ends with a colon. Each reads as it did
// before the byline's subject, list and video-card rules.
func TestReadingsAnEleventhReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review11", []reviewReading{
		{file: "r11_b01_mr_namesake_johnson", authors: []string{"Sarah Johnson"}},
		{file: "r11_b01b_mr_namesake_johnson_noblank", authors: []string{"Sarah Johnson"}},
		{file: "r11_b07_snow_under_standfirst_nostop", authors: []string{"Jon Snow"}},
		{file: "r11_k01_subject_relative_named_later", authors: []string{}}, // the subject's namesake comes after her

		{file: "r11_v01_live_rain_stops_play", headings: []string{"Rain stops play at Lord's"}},
		{file: "r11_v02_live_tornado_watch", headings: []string{"Tornado watch extended until 9pm"}},
		{file: "r11_v03_listing_play", keep: []string{"Local favourites play a hometown show."}},
		{file: "r11_v04_radio_afternoon_play", keep: []string{"Tides, by Jane Roe"}},
		{file: "r11_v06_video_referee", headings: []string{"Video referee rules out Costa goal"}},
		{file: "r11_c01_signoff_caps_two_words", keep: []string{"Thanks for reading, and see you next Tue"}},
		{file: "r11_c02_press_release_end_of_release", keep: []string{"Tickets go on sale on 1 April and can be"}},
		{file: "r11_c07_caps_section_tight_under_para", keep: []string{"The lanes were approved by a single vote"}, headings: []string{"IN OTHER NEWS"}},
	})
	for _, c := range []struct{ file, line string }{
		{"r11_l01_statement_quote_noblank", "We are devastated."},
		{"r11_l02_post_lines_blank", "My beautiful boy."},
		{"r11_l04_qa_subheads_noblank", "What was approved?"},
		{"r11_l06_de_quote_noblank", "Das ist ein guter Tag."},
		{"r11_l09_short_para_subhead_noblank", "What happens next"},
	} {
		b := importReviewInput(t, "review11", c.file)
		found := false
		for _, s := range b.Sections {
			if s.Heading == c.line {
				found = true
			}
			for k, p := range s.Paragraphs {
				if p == c.line {
					found = true
					if s.Kind(k) == ListItem {
						t.Errorf("%s: %q made a list's item", c.file, p)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: body lost %q", c.file, c.line)
		}
	}
	b := importReviewInput(t, "review11", "r11_l13_colon_over_photo_caption_labelled")
	if len(b.Captions) != 1 || b.Captions[0].Text != "An artist's impression of the new footbridge" || b.Captions[0].Credit == "" {
		t.Errorf("r11_l13: captions %q, want the caption with its credit", b.Captions)
	}
}
