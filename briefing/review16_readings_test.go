package briefing

import "testing"

// TestReadingsASixteenthReviewFoundFalse imports the inputs of a
// sixteenth review of the paste rules (testdata/review16), which found
// false readings in the last rules of this stop: subheadings "Ready",
// "Create" and "Publish" and a headline "Ready to Publish" read as a
// page's controls; a news paragraph about a syndicated feed taken for the
// feed's notice; a Spanish sentence opening "Pie de foto, el texto …"
// taken for a caption; and a poem's line over its poet's name, a dash
// alone and a date lost as a byline's.
func TestReadingsASixteenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review16", []reviewReading{
		{file: "r16_u1_subheading_ready", headings: []string{"Ready"}},
		{file: "r16_u3_subheading_create", headings: []string{"Create", "Publish"}},
		{file: "r16_u4_headline_ready_under_menu", title: "Ready to Publish"},
		{file: "r16_n1_syndicated_in_paragraph", keep: []string{"had been published from a syndicated feed"}},
		{file: "r16_c1_pie_de_foto_in_text", keep: []string{"Pie de foto, el texto que acompaña la imagen"}},
		{file: "r16_f1_poem_name_divider_date", keep: []string{"Under the arches the river keeps time"}},
	})
}
