package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// headMenu is the top of a whole page pasted: the site's name and its
// menu, one entry a line.
const headMenu = "Skip to content\nThe Valley Courier\nNews\nSport\nWhat's On\nOpinion\nPuzzles\nSubscribe\nSign in\n"

// headBody is an article's body, pasted under its head.
const headBody = "The county will close the old quarry road to lorries from March, after residents of three villages complained for years about the noise at night.\n" +
	"Council officers said the new route would add six minutes to each trip but take most of the traffic away from the school gates.\n" +
	"“We have waited a long time for this,” said Rhian Protheroe, who chairs the parish council.\n" +
	"The haulage firms that use the road have until February to plan their routes.\n"

// TestHeadsOfWholePagesPasted pastes whole pages whose heads the paste
// rules once misread, and checks the title, the authors and the
// standfirst read from each: a story card's byline above the headline
// with the article's own under the standfirst, a headline written as two
// sentences over its standfirst, bylines labelled "Writer:" or
// "Penulis", a page's field in capitals over the byline, two writers'
// names one over the other, a head that reads as a story card over a box
// of the article's, a name with the separator from its date, and a
// blog's writer and date over the headline.
func TestHeadsOfWholePagesPasted(t *testing.T) {
	for _, c := range []struct {
		name, head, title, standfirst string
		authors                       []string
	}{
		{"a story card's byline above the headline",
			"Local\nBy Gareth Lloyd-Evans\nMore from this writer\nQuarry road to close to lorries from March\n" +
				"Villages have complained about the noise for years. The council says the new route adds six minutes.\n" +
				"By Gareth Lloyd-Evans\n2 hours ago\n",
			"Quarry road to close to lorries from March",
			"Villages have complained about the noise for years. The council says the new route adds six minutes.",
			[]string{"Gareth Lloyd-Evans"}},
		{"a menu's entry that reads as a name",
			"Nia Roberts\nLocal\nQuarry road to close to lorries from March\nVillages along the quarry road have waited years for the change, and the council says more will follow.\n" +
				"Owain Price-Hughes\n07:10, Mar 2 2026\nShare\n",
			"Quarry road to close to lorries from March", "Villages along the quarry road have waited years for the change, and the council says more will follow.", []string{"Owain Price-Hughes"}},
		{"a headline in two sentences over its standfirst",
			"Local\nThe quarry road will close to lorries. The villages say it is about time.\n" +
				"A council vote ends years of complaints about heavy traffic past three schools, though the haulage firms say the detour will cost them.\n" +
				"By Gareth Lloyd-Evans and Rhys Thomas\nPublished March 2, 2026\n",
			"The quarry road will close to lorries. The villages say it is about time.",
			"A council vote ends years of complaints about heavy traffic past three schools, though the haulage firms say the detour will cost them.",
			[]string{"Gareth Lloyd-Evans", "Rhys Thomas"}},
		{"a byline labelled Writer, under a field in capitals",
			"Quarry road to close to lorries from March\nVillages have waited years for the change to the route\n" +
				"PUBLISHED : 2 Mar 2026 at 07:10\nPRINT SECTION: Local\nWRITER: Gareth Lloyd-Evans\n",
			"Quarry road to close to lorries from March", "Villages have waited years for the change to the route", []string{"Gareth Lloyd-Evans"}},
		{"a byline labelled Penulis",
			"Quarry road to close to lorries from March\nCourier - 02/03/2026, 07:10\nPenulis Dewi Anggraini Putri\n| Editor Budi Santoso\n",
			"Quarry road to close to lorries from March", "", []string{"Dewi Anggraini Putri"}},
		{"two writers' names, one over the other",
			"Local\nQuarry road to close to lorries from March\nVillages have waited years for the change to the route\n" +
				"Gareth Lloyd-Evans\nRhys Thomas\nMar 02, 2026\n",
			"Quarry road to close to lorries from March", "Villages have waited years for the change to the route", []string{"Gareth Lloyd-Evans", "Rhys Thomas"}},
		{"the head over a box of the article's, as a story card",
			"Local\n\nQuarry road to close to lorries from March\nVillages along the quarry road have waited years for the change, and the council says more will follow.\n\n" +
				"By Gareth Lloyd-Evans Staff writer\nPublished March 2, 2026\nLlanfair, Powys\nLoading...\n\nWhy We Wrote This\n" +
				"Small roads carry big fights in the valley. We followed one from the first complaint to the council's vote.\n\n",
			"Quarry road to close to lorries from March",
			"Villages along the quarry road have waited years for the change, and the council says more will follow.", []string{"Gareth Lloyd-Evans"}},
		{"a name with the separator from its date",
			"Local /\nQuarry road to close to lorries from March\nVillages along the quarry road have waited years for the change, and the council says more will follow.\n" +
				"Owen Price-Hughes/\nMarch 2, 2026\n",
			"Quarry road to close to lorries from March",
			"Villages along the quarry road have waited years for the change, and the council says more will follow.", []string{"Owen Price-Hughes"}},
		{"a blog's writer and date over the headline",
			"Rhys Thomas\nMar 2\n4 min read\nWhy we closed the quarry road, and what comes next\n",
			"Why we closed the quarry road, and what comes next", "", []string{"Rhys Thomas"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := headMenu + c.head + headBody + "About us\nContact\nPrivacy\n© 2026 The Valley Courier\n"
			b, err := Import("page.txt", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != c.title || b.Standfirst != c.standfirst || !reflect.DeepEqual(b.Authors, c.authors) {
				t.Errorf("title %q, standfirst %q, authors %q;\nwant %q, %q, %q", b.Title, b.Standfirst, b.Authors, c.title, c.standfirst, c.authors)
			}
			first := strings.SplitN(headBody, "\n", 2)[0]
			if len(b.Sections) == 0 || len(b.Sections[0].Paragraphs) == 0 || b.Sections[0].Paragraphs[0] != first {
				t.Errorf("the body does not open with the article's first paragraph: %v", b.Sections)
			}
		})
	}
}

// TestHeadsNotMisread pastes heads whose lines only look like those the
// rules of TestHeadsOfWholePagesPasted read: a headline in capitals after
// its label, a lead photo's caption between the byline and the article
// (the headline stays the line above the byline), and a first paragraph
// of two short sentences under a headline (it stays in the body).
func TestHeadsNotMisread(t *testing.T) {
	for _, c := range []struct {
		name, page, title string
		firstPara         string
	}{
		{"a headline after a label in capitals",
			"BREAKING: Quarry road to close to lorries from March\n\nBy Rhys Thomas\n\n" + strings.ReplaceAll(headBody, "\n", "\n\n"),
			"BREAKING: Quarry road to close to lorries from March", strings.SplitN(headBody, "\n", 2)[0]},
		{"a caption between the byline and the article",
			headMenu + "Quarry road to close to lorries from March\nBy Rhys Thomas\nLorries queue at the quarry gate on Monday morning\n" + headBody,
			"Quarry road to close to lorries from March", strings.SplitN(headBody, "\n", 2)[0]},
		{"a short first paragraph under the headline",
			"Quarry road to close to lorries from March\n\nThe road closes in March. Lorries will use the bypass.\n\n" +
				"By Rhys Thomas\n\n" + strings.ReplaceAll(headBody, "\n", "\n\n"),
			"Quarry road to close to lorries from March", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := Import("page.txt", []byte(c.page))
			if err != nil {
				t.Fatal(err)
			}
			if b.Title != c.title {
				t.Errorf("title %q, want %q", b.Title, c.title)
			}
			if c.firstPara != "" && (len(b.Sections) == 0 || len(b.Sections[0].Paragraphs) == 0 || b.Sections[0].Paragraphs[0] != c.firstPara) {
				t.Errorf("the body does not open with the article's first paragraph: %v", b.Sections)
			}
		})
	}
}
