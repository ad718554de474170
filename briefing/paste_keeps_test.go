package briefing

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestArticleTextThatLooksLikeSiteLines checks that the article's own
// sentences and lines stay in the body when they share words or shapes
// with a site's lines: a paragraph opening "Also on", a channel or a
// commission named in a sentence, advice to the reader, a sentence next
// to an "Advertisement" label, a letter's greeting and sign-off, a
// refrain said twice, a sentence with a bar in brackets, one closing
// with "Video:" or "Photo:" and words in lower case, or with "(the
// archive)".
func TestArticleTextThatLooksLikeSiteLines(t *testing.T) {
	for _, l := range []string{
		"Also on Tuesday, the council approved a new car park by the station.",
		"The rebel group announced the attack on its Telegram channel.",
		"Officials set up a WhatsApp channel to keep residents informed.",
		"The city pass gives unlimited access to the museums for a week.",
		"Influencers may earn a commission on every sale they make, the regulator said, and must say so.",
		"You can also download the app to pay for single trips.",
		"If you have a season ticket, you can sign up for the new monthly plan. You will need an account and a subscription to its alerts.",
		"(The vote was 7 | 2 in favour.) The council will now draw up the budget for the new pier.",
		"The council published the results of its survey of the harbour this week. Video: see the council's website for the full meeting.",
		"The harbour master said the old records were kept in the town hall (the archive).",
		"The fishermen voted to keep the old steps, and the council agreed – Photo: none was taken of the meeting.",
		"“Please support us,” the lifeboat crew told the crowd at the harbour on Saturday.",
	} {
		page, paras := shapePage(map[int]string{1: l})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, l))
	}
	page, paras := shapePage(map[int]string{1: "Passengers said they would fight it.\nAdvertisement"})
	checkBody(t, bodyText(importShape(t, page)), []string{"Advertisement"}, append(paras, "Passengers said they would fight it."))
	page, paras = shapePage(map[int]string{1: "Dear Mayor,\n\nWe the fishermen of the north pier ask you to keep the old steps for our boats.\n\nYours sincerely,\n\nThe Fishermen's Guild"})
	checkBody(t, bodyText(importShape(t, page)), nil, append(paras, "Dear Mayor,", "Yours sincerely,"))
}

// TestArticleHeadAfterReview checks the head of an article in shapes
// that are easy to misread: a date and time under the byline is no
// caption and gives the date (month first when written with slashes, as
// American sites do); a photo's credit among the opening paragraphs, with
// the byline above the article, takes no standfirst; a credit alone in
// brackets needs two words or a slash, and no figures.
func TestArticleHeadAfterReview(t *testing.T) {
	for _, c := range []struct {
		head string
		date time.Time
	}{
		{"By Lena Marsh\nMarch 4, 2023 10:15 AM ET", time.Date(2023, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"By Lena Marsh\nUpdated 3/9/2023 10:15 AM EST", time.Date(2023, 3, 9, 0, 0, 0, 0, time.UTC)},
		{"By Lena Marsh\nPublished 19/3/2023", time.Date(2023, 3, 19, 0, 0, 0, 0, time.UTC)},
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+c.head+"\n\n"+shapeBody)
		if len(b.Captions) != 0 || !b.Published.Equal(c.date) {
			t.Errorf("%q: captions %q, published %v; want none and %v", c.head, b.Captions, b.Published, c.date)
		}
	}
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\nPiet Vos, Reuters\n\n" + strings.Join(paras[1:], "\n\n") + "\n"
	b := importShape(t, page)
	if b.Standfirst != "" || !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("standfirst %q, authors %q; want none and Lena Marsh", b.Standfirst, b.Authors)
	}
	checkBody(t, bodyText(b), nil, paras)
	for _, l := range []string{"(Laughter)", "(Applause)", "(Updated March 4)"} {
		if _, ok := bracketedCredit(l); ok {
			t.Errorf("%q is taken for a credit", l)
		}
	}
}

// TestFrontMatterStandfirstNotSaidTwice checks that a front matter's
// description that the first paragraph says again is no standfirst.
func TestFrontMatterStandfirstNotSaidTwice(t *testing.T) {
	md := "---\ntitle: North pier\ndescription: The harbour council voted on Tuesday to rebuild the old north pier\n---\n\n" + shapeBody
	b, err := Import("pier.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if b.Standfirst != "" {
		t.Errorf("standfirst %q repeats the first paragraph", b.Standfirst)
	}
}

// TestNewsSentencesOnSitesPleas checks that short sentences of an
// article that use the words of a site's pleas and notices stay.
func TestNewsSentencesOnSitesPleas(t *testing.T) {
	for _, l := range []string{
		"Brokers earn a commission when you buy shares through them, the regulator said.",
		"Influencers must label affiliate links, the regulator said.",
		"The fund will support independent journalism in rural areas.",
		"Users can create a free account to store their tickets.",
		"The new phones let you add the ferry timetable to your home screen.",
		"Turn on notifications, the council urged residents, to hear of closures first.",
		"Posted in Iraq in 2004, the harbour master returned home to run the port.",
		"By signing up more than 2,000 volunteers, the lifeboat charity doubled its crews.",
		"By clicking through the council's plans, residents can see every new berth.",
		"Terms and conditions apply to the new fares, the operator said.",
		"\"Thank you for your feedback,\" the mayor told the fishermen at the meeting.",
		// From a review of the stop's rules:
		"Public comments are closed, and the council will vote on the plan on Tuesday.",
		"Local journalism needs your support, the minister said as she opened the new fund.",
		"Thank you for reading to the children every week, the head teacher told the volunteers.",
		"Don't have an account? Islanders can still buy tickets at the kiosk on the quay.",
		"Many of the links in the influencers' posts are affiliate links, which pay them a share of every sale, the regulator found.",
		"Any post that contains affiliate links must say so clearly, the regulator said on Tuesday.",
		"The review sites earn a small commission if you buy through their links, the report found.",
		"Plus: the operator will add two night crossings in the summer, and fares for children will be cut by half.",
		"Up next: the council must choose a builder, and three firms have already said they will bid.",
		"Folgen Sie uns nicht blind, warnte der Bürgermeister die Fischer am Montag.",
		"Lire aussi les conclusions du rapport, a demandé le maire aux conseillers.",
		"»Wir werden den Hafen nicht aufgeben. Das sind wir den Fischern schuldig.«",
		"The company told customers to sign up for its newsletter, the regulator said.",
		"Also: the council will add two night crossings in the summer.",
		"We want to hear from you, the mayor told residents at the meeting.",
		"Quality journalism is more crucial than ever, the minister said at the awards.",
		// From a third review:
		"The newsletter now has 40,000 subscribers, about a tenth of whom pay eight dollars a month for the full edition.",
		"Sign-ups to the newsletter rose by 40 per cent in the first quarter, after a post about the ferry strike was shared widely.",
		"Her newsletter, delivered to inboxes at six every morning, has become the first thing many islanders read before the ferry.",
		"The appeal of a newsletter is that it lands in your inbox without an algorithm deciding whether you see it at all.",
		"The label argues that all rights reserved under the 1974 contract stayed with the company when it was sold.",
		"Under the deal, the band's former manager may get a commission of up to ten per cent on any future sales.",
		"The contract's fourth article sets out who owns the tapes. This article is more than a formality, the lawyers argue.",
		"Pocket allowed readers to save articles for later, and Mozilla is shutting it down in July.",
		"Reporters at the weekly fought for years to get stories like this one into print.",
		"We want to hear from you: that was the message of the band's first letter in thirty years.",
		"Why you can trust the new rules, according to the board: each complaint will now be heard by a panel.",
	} {
		page, paras := shapePage(map[int]string{1: l})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, l))
	}
}

// TestSubheadingsThatReadLikeSiteLines checks that subheadings of an
// article that read like a site's buttons or labels stay, with the
// paragraph under them: a how-to's steps, a finance piece's sections, an
// app's terms explained, a German quote as a subheading.
func TestSubheadingsThatReadLikeSiteLines(t *testing.T) {
	for _, h := range []string{"Create an account", "Turn on notifications", "Add a comment", "Credit", "Terms of service",
		"Cookie policy", "Cookie settings", "»Wir haben keine Wahl«", "Editorial standards", "Why you can trust the count", "Plus: what the new pier means for the ferries",
		"Up next: the final against Spain", "Trending: why the ferries are late", "Posted in Baghdad"} {
		page, paras := shapePage(map[int]string{1: h})
		body := bodyText(importShape(t, page))
		checkBody(t, body, nil, append(paras, h))
	}
	// A headline that opens like a link's label stays the title.
	for _, title := range []string{"Últimas noticias: el temporal obliga a cerrar el puerto", "Must read: the ten best novels of the year",
		"Up next: the ferry strike and what it means for you"} {
		b := importShape(t, title+"\n\nBy Lena Marsh\n\n"+shapeBody)
		if b.Title != title || len(b.Authors) != 1 {
			t.Errorf("%q: title %q, authors %q", title, b.Title, b.Authors)
		}
	}
}

// TestShortParagraphsSaidAgain checks that an article's own short
// paragraphs stay when a longer paragraph says them again: a refrain, a
// paragraph that opens a longer one, a summary, a question answered, a
// line of verse quoted. (A pull quote, in quote marks, goes: see
// TestPullQuotes.)
func TestShortParagraphsSaidAgain(t *testing.T) {
	for _, c := range []struct{ short, long string }{
		{"We will not let the pier fall into the sea.", "She ended her speech as she had begun it: we will not let the pier fall into the sea, she said, to cheers from the quay."},
		{"The council has not said who will pay for it.", "The council has not said who will pay for it, and the regional government has said it will not, at least not this year."},
		{"Who will pay for the new pier?", "Who will pay for the new pier? The council says the port authority will pay half and the rest will come from a loan."},
		{"He said it would cost four million more.", "She said it would cost four million more, but the engineers who looked at the plans said the real figure could be higher."},
	} {
		page, paras := shapePage(map[int]string{0: c.short, 2: c.long})
		checkBody(t, bodyText(importShape(t, page)), nil, append(paras, c.short, c.long))
	}
}

// TestBylinesNotMisread checks bylines reviews found misread: a section
// after a date is no author, a Korean name holds "IN", a standfirst under
// the byline is no subheading, a second author is no outlet, a name in a
// place over the article is no byline, nor a menu's entry of two
// capitalised words over a desk ("Climate Change" over "Business"), while
// a writer's name over a role, or a given name's over a desk, is.
func TestBylinesNotMisread(t *testing.T) {
	for _, c := range []struct {
		page string
		want []string
	}{
		{"North pier to be rebuilt\n\nBy Lena Marsh, Piet Vos, and Anna Berg, Reuters\n\n" + shapeBody, []string{"Lena Marsh", "Piet Vos", "Anna Berg"}},
		{"Opera house reopens after ten years\n\nMaria Callas in Paris\n\n" + shapeBody, nil},
		{"Home\nNews\nClimate Change\nBusiness\nSport\n\nNorth pier to be rebuilt\n\n" + shapeBody, nil},
		{"Home\nNews\nSport\nLive TV\n\nNews\nPolitics\n\nNorth pier to be rebuilt\n\n" + shapeBody, nil},
		{"North pier to be rebuilt\n\nKestrel Vantongeren\nStaff Writer\n\n" + shapeBody, []string{"Kestrel Vantongeren"}},
		{"North pier to be rebuilt\n\nLena Marsh\nBusiness\n\n" + shapeBody, []string{"Lena Marsh"}},
	} {
		if b := importShape(t, c.page); !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.page[:40], b.Authors, c.want)
		}
	}
	b := importShape(t, "North pier to be rebuilt\n\nMarch 3, 2017 | Climate Crisis\n\nBy Lena Marsh\n\n"+shapeBody)
	if strings.Join(b.Authors, ";") != "Lena Marsh" {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
	b = importShape(t, "North pier to be rebuilt\n\nBY KIM IN SOO\n\n"+shapeBody)
	if strings.Join(b.Authors, ";") != "Kim In Soo" {
		t.Errorf("authors %q, want Kim In Soo", b.Authors)
	}
	b = importShape(t, "North pier to be rebuilt\n\nBy Lena Marsh\n\nCrews walk out over pay as the summer season begins\n\n"+shapeBody)
	for _, s := range b.Sections {
		if strings.HasPrefix(s.Heading, "Crews walk out") {
			t.Errorf("the standfirst under the byline is a subheading")
		}
	}
}

// TestPostWithoutFullStops pastes a post whose writer ends no paragraph
// with a full stop: every paragraph stays in the body, none is taken for
// a photo's caption, while a caption between paragraphs that end their
// sentences still goes.
func TestPostWithoutFullStops(t *testing.T) {
	paras := []string{
		"ok so the ferry to the island stopped running at night last week and honestly i did not expect to care this much about a boat",
		"it was the only way home after the late shift at the bakery and now it is a taxi or sleeping on a friend's sofa which is not ideal",
		"the harbour office says it is about money and the crew and i get that but nobody asked the people who actually ride it at night",
		"anyway there is a meeting on thursday at the school hall if anyone wants to come and be annoyed with me",
	}
	b := importShape(t, "the night ferry is gone and i have feelings\n\n"+strings.Join(paras, "\n\n")+"\n")
	body := bodyText(b)
	for _, p := range paras[1:] {
		if !strings.Contains(body, p) {
			t.Errorf("paragraph %.40q left the body:\n%s", p, body)
		}
	}
	if len(b.Captions) != 0 {
		t.Errorf("captions %q, want none", b.Captions)
	}
	page, _ := shapePage(map[int]string{1: "Workers clear the wreckage of the north pier on Tuesday morning"})
	if b := importShape(t, page); len(b.Captions) == 0 {
		t.Errorf("the caption between paragraphs that end their sentences stays in the body")
	}
}
