package briefing

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// reviewReading is the right reading of one input of a review of the
// rules, testdata/DIR/FILE.txt: its title, its standfirst, its authors, lines the body
// (subheadings marked "## ") keeps and lines it leaves out, subheadings it
// shows or that it shows none, and people among the key facts. Empty
// fields are not checked.
type reviewReading struct {
	file, title      string
	standfirst       string
	authors          []string
	keep, drop       []string
	headings, people []string
	noHeadings       bool
}

// importReviewInput imports the review input testdata/DIR/FILE.txt.
func importReviewInput(t *testing.T, dir, file string) *Briefing {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", dir, file+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Import(file+".txt", data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkReviewReadings imports each input of testdata/dir and checks its
// reading against the case.
func checkReviewReadings(t *testing.T, dir string, cases []reviewReading) {
	t.Helper()
	for _, c := range cases {
		b := importReviewInput(t, dir, c.file)
		if c.title != "" && b.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.file, b.Title, c.title)
		}
		if c.standfirst != "" && b.Standfirst != c.standfirst {
			t.Errorf("%s: standfirst %q, want %q", c.file, b.Standfirst, c.standfirst)
		}
		if c.authors != nil && (len(c.authors) > 0 || len(b.Authors) > 0) && !reflect.DeepEqual(b.Authors, c.authors) {
			t.Errorf("%s: authors %q, want %q", c.file, b.Authors, c.authors)
		}
		var body strings.Builder
		var heads []string
		for _, s := range b.Sections {
			if s.Heading != "" {
				body.WriteString("## " + s.Heading + "\n")
				heads = append(heads, s.Heading)
			}
			for _, p := range s.Paragraphs {
				body.WriteString(p + "\n")
			}
		}
		for _, k := range c.keep {
			if !strings.Contains(body.String(), k) {
				t.Errorf("%s: body lost %q:\n%s", c.file, k, body.String())
			}
		}
		for _, d := range c.drop {
			if strings.Contains(body.String(), d) {
				t.Errorf("%s: body keeps %q:\n%s", c.file, d, body.String())
			}
		}
		if c.noHeadings && len(heads) > 0 {
			t.Errorf("%s: subheadings %q, want none", c.file, heads)
		}
		for _, h := range c.headings {
			if !slices.Contains(heads, h) {
				t.Errorf("%s: subheadings %q, want %q among them", c.file, heads, h)
			}
		}
		for _, p := range c.people {
			if !slices.ContainsFunc(b.Facts, func(f Fact) bool { return f.Kind == Person && f.Text == p }) {
				t.Errorf("%s: %q is not among the key facts' people", c.file, p)
			}
		}
	}
}

// TestReadingsASecondReviewFoundFalse imports the inputs of
// testdata/review2, made up by a second review of the stop's rules that
// found them read wrong, and checks the right reading: the title, the
// authors, lines the body keeps and lines it leaves out, and for an
// English article that quotes a statement in French, the people among the
// key facts.
func TestReadingsASecondReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review2", []reviewReading{
		{file: "n6", keep: []string{"The panel's main proposals are these:", "Parking in the old town", "Two new bus lines", "Opponents say"}},
		{file: "t7", keep: []string{"Recommended by the panel:", "Raise parking fees in the centre"}},
		{file: "u1", drop: []string{"Firefighters from three counties"}},
		{file: "h1", title: "Council backs ten-year transport plan for city"},
		{file: "h3", title: "Council backs ten-year transport plan for city"},
		{file: "h4", title: "Council backs ten-year transport plan for city"},
		{file: "s1", title: "Harbour museum reopens after three years of repairs"},
		{file: "s3", title: "Harbour museum reopens after three years of repairs"},
		{file: "p", authors: []string{"Lucía Garrido Ortega"}},
		{file: "y", authors: []string{"Jane Doe"}},
		{file: "cr1", drop: []string{"Crews lift the first section"}},
		{file: "lang1", people: []string{"Claire Dubois", "Marc Lefebvre"}},
		{file: "q2", keep: []string{"Protesters outside the hall held a banner that read", "\"Hands off our harbour\""}},
		{file: "w2", keep: []string{"## The vote (and what comes after)"}},
		{file: "tg", drop: []string{"cycling"}},
		{file: "lb", drop: []string{"Ferry fares to rise in June", "School run traffic study"}},
		{file: "cta", drop: []string{"Worried about the cost of living?"}},
	})
}

// TestReadingsAThirdReviewFoundFalse imports the inputs of
// testdata/review3, made up by a third review of the stop's last mends,
// and checks the right reading: an article's last paragraph over a
// button stays, cards under a label of their own go, a list item with its
// club and country in brackets is no subheading, and "Boom and bust" is a
// headline, not a section's label.
func TestReadingsAThirdReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review3", []reviewReading{
		{file: "m1", keep: []string{"(The Treasury publishes its full forecast on 14 March.)"}},
		{file: "m2", keep: []string{"Nothing is certain in politics."}},
		{file: "m4", drop: []string{"Ferry fares to rise by a fifth", "School run traffic study"}},
		{file: "t18", drop: []string{"Ferry fares to rise by a fifth", "School run traffic study"}},
		{file: "t14", drop: []string{"The Harbour Times has reported"}},
		{file: "t30", keep: []string{"Tom Berg (Bayern Munich, Germany)"}, noHeadings: true},
		{file: "t26", title: "Boom and bust"},
		{file: "t27", title: "The city's housing market cools fast after ten years of rising prices"},
	})
}

// TestReadingsAFourthReviewFoundFalse imports the inputs of
// testdata/review4, made up by a fourth review of the last mends, and
// checks the right reading: sections under a sentence of the article's
// that leads on with a colon stay, and so do the article's last short
// sections under an "Advertisement"; "Home and garden" over a headline is
// a section's label; a last paragraph naming Faf du Plessis or a ton over
// a button stays; a list item with a role in brackets is no subheading.
func TestReadingsAFourthReviewFoundFalse(t *testing.T) {
	checkReviewReadings(t, "review4", []reviewReading{
		{file: "c1", keep: []string{"Under the plan, bus fares", "Night buses would run every 20 minutes"}},
		{file: "c1_1", keep: []string{"Under the plan, bus fares", "Night buses would run every 20 minutes"}},
		{file: "c1_3", keep: []string{"Under the plan, bus fares", "Night buses would run every 20 minutes"}},
		{file: "f3", keep: []string{"Lower fares for young people from September", "Night buses would run every 20 minutes"}},
		{file: "f3t", keep: []string{"Lower fares for young people from September", "Night buses would run every 20 minutes"}},
		{file: "s3", title: "The city's housing market cools fast after ten years of rising prices"},
		{file: "d2", keep: []string{"Faf du Plessis fit to play"}},
		{file: "d3", keep: []string{"can lift more than a ton"}},
		{file: "d5", keep: []string{"The winning runs came from Faf du Plessis"}},
		{file: "w1", keep: []string{"Tom Berg (goalkeeper)"}, noHeadings: true},
		// A fifth review's, of the mends above: cards under an
		// "Advertisement" or a box's label after the article go,
		// subheadings with an aside of their own stand, and "Faith and
		// family" over a long line is a headline.
		{file: "r5_a1", drop: []string{"Mayor quits after expenses row", "Harbour festival is cancelled"}},
		{file: "r5_a1t", drop: []string{"Mayor quits after expenses row", "Harbour festival is cancelled"}},
		{file: "r5_a3", drop: []string{"Mayor quits after long expenses row", "Harbour festival is cancelled"}},
		{file: "r5_w1", headings: []string{"What it means for renters (and landlords)", "What happens next (in brief)"}},
		{file: "r5_h1", title: "Faith and family"},
		// A sixth review's, of the fifth's mends: a sentence that leads on
		// may name the news or say "already"; an article's last line over
		// a button may say "ihr", "du" or "du jour"; a list item's aside
		// may open "in" or "to".
		{file: "r6_L1", keep: []string{"Night buses would run every 20 minutes"}},
		{file: "r6_L3", keep: []string{"Night buses would run every 20 minutes"}},
		{file: "r6_P1", keep: []string{"Die Ministerin will ihr neues Konzept"}},
		{file: "r6_E1", keep: []string{"Pumpkin soup is now the dish du jour."}},
		{file: "r6_F1", keep: []string{"Les travaux commenceront au début du printemps prochain."}},
		{file: "r6_W1", noHeadings: true},
		{file: "r6_W2", noHeadings: true},
	})
}
