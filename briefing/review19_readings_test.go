package briefing

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReadingsANineteenthReviewFoundFalse imports the inputs of a
// nineteenth review of the paste and saved-page rules (testdata/review19),
// which found false readings in the rules added since the eighteenth on
// plainly written articles. Pastes: a first paragraph of one short
// sentence set apart under the byline, over a subheading of three
// capitalised words ("What Happens Next"), taken for the lead photo's
// caption and its credit, the subheading lost; the first two paragraphs
// set line under line right under the byline (and its date) taken for the
// standfirst over a caption, the article's first paragraph lost into the
// standfirst; a first paragraph of one short sentence set apart under the
// lead photo's credit taken for its caption; a headline of a pun over
// the page's buttons ("Share", "Save", "Listen to this article") lost,
// the standfirst under them read as the headline. Saved pages: a short
// brief inside a post box whose category class is "category-credit" read
// whole as a caption; a byline and its date inside an element of the
// class "story-credit" read as a caption, the writer and the date lost; an
// editor's note set in a type style's class "text-caption" lost from the
// article into the captions.
func TestReadingsANineteenthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review19", []reviewReading{
		{file: "r19_c1_short_lead_over_subheading", headings: []string{"What Happens Next"},
			keep: []string{"The Kessing harbour bridge will close to traffic on Monday."}},
		{file: "r19_c2_short_first_paragraph_under_credit",
			keep: []string{"The multi-storey car park on Mill Street will be demolished."}},
		{file: "r19_s2_two_short_lines_under_byline", authors: []string{"Fiona MacLeod"},
			keep: []string{"All ferry sailings to the western isles were cancelled on Thursday.", "Flights from the island airports were also grounded."}},
		{file: "r19_s3_dated_byline_over_opening_lines", authors: []string{"Tom Hartley"},
			keep: []string{"Fenland Water has been fined £2m for pumping untreated sewage into the River Nene.", "The spills went on for eleven days"}},
		{file: "r19_t1_pun_headline_over_share_buttons", title: "Raising the bar", authors: []string{"Owen Griffiths"},
			standfirst: "How a former miner turned a derelict pub into the busiest music venue on the coast"},
	})
	// No paragraph of the pastes' is a caption.
	for _, c := range []struct{ file, text string }{
		{"r19_c1_short_lead_over_subheading", "harbour bridge will close"},
		{"r19_c2_short_first_paragraph_under_credit", "car park on Mill Street"},
	} {
		b := importReviewInput(t, "review19", c.file)
		for _, cp := range b.Captions {
			if strings.Contains(cp.Text, c.text) || strings.Contains(cp.Credit, "What Happens Next") {
				t.Errorf("%s: caption %q (credit %q), the article's", c.file, cp.Text, cp.Credit)
			}
		}
	}
	// The standfirst of a paste that has none is none.
	for _, file := range []string{"r19_s2_two_short_lines_under_byline", "r19_s3_dated_byline_over_opening_lines"} {
		if b := importReviewInput(t, "review19", file); b.Standfirst != "" {
			t.Errorf("%s: standfirst %q, the article's first paragraph", file, b.Standfirst)
		}
	}

	// The saved pages.
	b := importReviewHTML(t, "review19", "r19_h1_brief_in_credit_category")
	for _, cp := range b.Captions {
		if strings.Contains(cp.Text, "Credit Union has opened") {
			t.Errorf("r19_h1_brief_in_credit_category: caption %q, the article's text", cp.Text)
		}
	}
	b = importReviewHTML(t, "review19", "r19_h2_byline_in_credit_class")
	if len(b.Authors) != 1 || b.Authors[0] != "Sam Whitaker" {
		t.Errorf("r19_h2_byline_in_credit_class: authors %q, want [Sam Whitaker]", b.Authors)
	}
	if want := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC); !b.Published.Equal(want) {
		t.Errorf("r19_h2_byline_in_credit_class: published %v, want %v", b.Published, want)
	}
	for _, cp := range b.Captions {
		if strings.Contains(cp.Text, "Sam Whitaker") {
			t.Errorf("r19_h2_byline_in_credit_class: caption %q, the byline", cp.Text)
		}
	}
	b = importReviewHTML(t, "review19", "r19_h3_note_in_caption_type")
	if !strings.Contains(reviewBodyText(b), "This article was amended on 3 December 2026") {
		t.Errorf("r19_h3_note_in_caption_type: the editor's note lost from the body:\n%s", reviewBodyText(b))
	}
	for _, cp := range b.Captions {
		if strings.Contains(cp.Text, "This article was amended") {
			t.Errorf("r19_h3_note_in_caption_type: caption %q, the article's note", cp.Text)
		}
	}
}

// importReviewHTML imports the saved page testdata/DIR/FILE.html.
func importReviewHTML(t *testing.T, dir, file string) *Briefing {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", dir, file+".html"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Import(file+".html", data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// reviewBodyText is a briefing's paragraphs, one a line.
func reviewBodyText(b *Briefing) string {
	var s strings.Builder
	for _, sec := range b.Sections {
		for _, p := range sec.Paragraphs {
			s.WriteString(p + "\n")
		}
	}
	return s.String()
}
