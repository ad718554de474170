package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// shapeBody is an article's text for the paste shape tests: paragraphs
// set apart by blank lines.
const shapeBody = "The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.\n\n" +
	"Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said in a statement.\n\n" +
	"Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch during the summer season.\n\n" +
	"The council will publish the plans next month and hear objections until the end of the year, before the contracts are signed.\n"

// shapePage is a made-up paste for the shape tests: a headline, a byline
// and the four paragraphs of shapeBody, with after[k] set between
// paragraph k and the next (after the last, at the end), and after[-1]
// between the byline and the first paragraph.
func shapePage(after map[int]string) (page string, paras []string) {
	paras = strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	parts := []string{"North pier to be rebuilt", "By Lena Marsh"}
	if s, ok := after[-1]; ok {
		parts = append(parts, s)
	}
	for k, p := range paras {
		parts = append(parts, p)
		if s, ok := after[k]; ok {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n") + "\n", paras
}

// nonEmptyLines are the lines of s that are not empty.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

// importShape imports a made-up paste for the shape tests.
func importShape(t *testing.T, page string) *Briefing {
	t.Helper()
	b, err := Import("shape.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCardBylinesGiveWayToTheArticles checks that the bylines of story
// cards above an article (a name and a date under another headline) give
// way to the article's own name over its date, set after a box that is not
// a headline.
func TestCardBylinesGiveWayToTheArticles(t *testing.T) {
	page := "North pier to be rebuilt\n\nYou may also like\n\n" +
		"Ferry fares to rise again in the autumn, the operator says\n\nPiet Vos\nToday 7:30AM\n\n" +
		"New lighthouse keeper takes up her post on the outer island\n\nAnna Berg\nYesterday 9:15AM\n\n" +
		"Subscribe To Our Newsletter\nThe harbour's news in your inbox every morning.\nSubscribe\nLena Marsh\n3/9/21 10:00AM\n\n" + shapeBody
	b := importShape(t, page)
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
}

// TestTeaserCardsInsideTheArticle checks that a card set into the article
// goes: a headline over a teaser that trails off over a "Read more"
// button, and a teaser whose "Read more" names the link's site.
func TestTeaserCardsInsideTheArticle(t *testing.T) {
	page, paras := shapePage(map[int]string{
		1: "The Lighthouse Keepers, Part 2\n\nThis story goes on with the keepers of the outer island and their long winter…\n\nRead more",
		2: "Ferries run late again, and the islanders are tired of waiting, … Read more harbournews.example.com",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"Part 2", "keepers of the outer island", "Read more", "tired of waiting"}, nil)
	checkBody(t, body, nil, paras)
}

// TestVideoPlayerNotices checks that a video player's notices set into
// the article go, and that a sentence about a video stays.
func TestVideoPlayerNotices(t *testing.T) {
	for _, l := range []string{"Now watching", "Up next", "Next video starts in 5", "Autoplay: on", "This video is not available in your region",
		"Video unavailable", "Sorry, this content is not available in your country."} {
		if !isPlayerNotice(l, wordCount(l)) {
			t.Errorf("%q is not taken for a player's notice", l)
		}
	}
	for _, l := range []string{"The video, filmed from the pier, is not available to the public, the council said.",
		"Now the council is watching the harbour", "Next, the council will hear objections."} {
		if isPlayerNotice(l, wordCount(l)) {
			t.Errorf("%q is taken for a player's notice", l)
		}
	}
	page, _ := shapePage(map[int]string{
		1: "Now watching\nNext video starts in 5\nThis video is not available in your region",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"watching", "Next video", "region"}, nil)
}

// TestLabelledLinkListInsideTheArticle checks that a label over headlines
// of other stories, one a line, set into the article goes, while a list of
// the article's own short items under a label stays.
func TestLabelledLinkListInsideTheArticle(t *testing.T) {
	page, paras := shapePage(map[int]string{
		1: "Readers Also Enjoyed\n\nHow to Spend a Weekend on the Islands for Less\nBest Seafood Stalls Along the Quay",
		2: "What the plan keeps\n\nThe old stone steps\nTwo mooring posts\nThe fish market roof",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"Readers Also Enjoyed", "Weekend on the Islands", "Seafood Stalls"}, append(paras, "The old stone steps", "Two mooring posts", "The fish market roof"))
}

// TestChineseBylineLabels checks that the author of a Chinese page is read
// from the line of labels under its headline, the editor when the author's
// label is empty, and that a speaker's label in an interview is no byline.
func TestChineseBylineLabels(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"2020-05-01 08:30 来源：海港日报 作者：王小明", []string{"王小明"}},
		{"2020-05-01 08:30:12来源：海港日报作者：责任编辑：李华", []string{"李华"}},
		{"来源：海港日报 记者：陈静 编辑：李华", []string{"陈静"}},
		{"记者：为什么要重建码头？", nil},
		{"作者：王小明说，码头明年重建。", nil},
	} {
		got, _ := pasteByline(c.line, "")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("pasteByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// TestBylineForms checks the forms of bylines pasted pages carry, and that
// a sentence about a person is not taken for a byline.
func TestBylineForms(t *testing.T) {
	for _, c := range []struct {
		line, next string
		want       []string
	}{
		{"Lena Marsh, The Harbour Courier", "", []string{"Lena Marsh"}},
		{"By Lena Marsh / Harbour Courier", "", []string{"Lena Marsh"}},
		{"By Lena Marsh Twitter", "", []string{"Lena Marsh"}},
		{"Lena Marsh Twitter Email", "", []string{"Lena Marsh"}},
		{"Site Feed", "Twitter", nil},
		{"On 3/9/2021 by @lenamarsh", "", []string{"lenamarsh"}},
		{"Posted: March 3, 2021 | By Lena Marsh", "", []string{"Lena Marsh"}},
		{"Last updated on March 3, 2021 by Lena Marsh", "", []string{"Lena Marsh"}},
		{"The pier reopens | By the sea, the town waits for its ferries.", "", nil},
		{"Piet Vos, 54, harbour master", "", nil},
		{"Analysis by Lena Marsh", "", []string{"Lena Marsh"}},
		{"Photos by Lena Marsh", "", nil},
		{"Portrait by Lena Marsh", "", nil},
		{"By Lena Marsh with Piet Vos", "", []string{"Lena Marsh", "Piet Vos"}},
		{"By Lena Marsh with reporting from the islands", "", []string{"Lena Marsh"}},
		{"Piet Vos, 12 March 2021", "", []string{"Piet Vos"}},
		{"Lena Marsh is a reporter for the Courier.", "", nil},
		{"Lena Marsh – the harbour master – said it would open.", "", nil},
		{"Lena Marsh, editor of the Courier, disagreed.", "", nil},
		{"Lena Marsh on Tuesday said the pier would open.", "", nil},
		{"Lena Marsh, The Courier's editor, said no.", "", nil},
	} {
		got, _ := pasteByline(c.line, c.next)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("pasteByline(%q, %q) = %q, want %q", c.line, c.next, got, c.want)
		}
	}
}

// TestCaptionCreditShapes checks the credits that close a photo caption or
// stand alone under it: a name and an outlet in brackets, "Image: …",
// "Illustration by …", "Courtesy of …", an agency after the last sentence;
// and that captions set between the article's paragraphs do not make its
// paragraphs pass for story cards.
func TestCaptionCreditShapes(t *testing.T) {
	for _, c := range []struct {
		line       string
		text, cred string
	}{
		{"The mayor speaks outside city hall on Tuesday (Piet Vos/Harbour Courier)", "The mayor speaks outside city hall on Tuesday", "Piet Vos/Harbour Courier"},
		{"The old swing bridge, seen from the water. Image: Harbour Authority", "The old swing bridge, seen from the water", "Harbour Authority"},
		{"The pier at night. Illustration by Anna Berg", "The pier at night", "Anna Berg"},
		{"Courtesy of the Harbour Authority", "", "the Harbour Authority"},
		{"The harbour from the north shore (Courtesy of the council)", "The harbour from the north shore", "the council"},
		{"Commuters wait for the morning ferry. Getty Images", "Commuters wait for the morning ferry.", "Getty Images"},
		{"© Piet Vos", "", "Piet Vos"},
		{"(c) Harbour Press", "", "Harbour Press"},
		{"The pier at dusk. © Piet Vos", "The pier at dusk", "Piet Vos"},
		{"Photo courtesy of the Harbour Authority", "", "the Harbour Authority"},
		{"Image via Harbour Authority", "", "Harbour Authority"},
		{"[Photo: Piet Vos]", "", "Piet Vos"},
		{"Graphic: Harbour Courier", "", "Harbour Courier"},
		{"The pier at dusk (Piet Vos)", "The pier at dusk", "Piet Vos"},
	} {
		got, ok := pasteCaption(c.line)
		if !ok || got.Text != c.text || got.Credit != c.cred {
			t.Errorf("pasteCaption(%q) = %q, %v; want %q / %q", c.line, got, ok, c.text, c.cred)
		}
	}
	for _, l := range []string{"Courtesy calls on the mayor are expected", "The council met on Tuesday. Reuters reported the vote first.",
		"Photos via the council's website show the damage.", "The pier (1902)", "Ferry times (Harbour Authority)"} {
		if c, ok := pasteCaption(l); ok {
			t.Errorf("pasteCaption(%q) = %q, want no caption", l, c)
		}
	}
	page, paras := shapePage(map[int]string{
		0: "The mayor speaks outside city hall on Tuesday (Piet Vos/Harbour Courier)",
		1: "The old swing bridge, seen from the water. Image: Harbour Authority",
		2: "Commuters wait for the morning ferry. Getty Images",
	})
	b := importShape(t, page)
	body := bodyText(b)
	checkBody(t, body, nil, paras)
	if len(b.Captions) != 3 || strings.Contains(body, "Harbour Courier") || strings.Contains(body, "Getty") {
		t.Errorf("captions %q, body:\n%s", b.Captions, body)
	}
}

// TestCaptionsBetweenParagraphsAreNotCards checks that photo captions
// without credits, each set between two of the article's paragraphs, do
// not make the paragraphs under them pass for story cards' teasers.
func TestCaptionsBetweenParagraphsAreNotCards(t *testing.T) {
	page, paras := shapePage(map[int]string{
		0: "The harbour master walks along the damaged pier on Monday",
		1: "Fishing boats moored at the south quay in the rain",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, nil, paras)
}

// TestPhotographerCreditsForAnOutlet checks that under an article's
// byline, a name for an outlet among its paragraphs credits a photo (and
// the line right above it is the caption), without making the paragraph
// before it a standfirst; and that credits opening with what the photo is
// ("Cover image by …", "Featured image: …") are credits.
func TestPhotographerCreditsForAnOutlet(t *testing.T) {
	page, paras := shapePage(map[int]string{
		0: "Mary Berg for Harbour Courier",
		1: "The harbour master on the damaged pier.\nMary Berg for Harbour Courier",
		2: "Cover image by Anna Berg on Unsplash",
		3: "Featured image: Harbour Authority",
	})
	b := importShape(t, page)
	body := bodyText(b)
	checkBody(t, body, nil, paras)
	checkBody(t, body, []string{"Mary Berg", "harbour master on the damaged pier", "Cover image", "Featured image"}, nil)
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q", b.Authors)
	}
	for _, l := range []string{"Mary Berg for Harbour Courier", "Anna Berg for The Harbour Courier"} {
		if !creditForOutlet(l) {
			t.Errorf("%q is not a credit for an outlet", l)
		}
	}
	for _, l := range []string{"Piet Vos for the council", "Vote for Piet Vos", "Piet Vos for mayor.", "Setting Clear Goals for Monitoring"} {
		if creditForOutlet(l) {
			t.Errorf("%q is a credit for an outlet", l)
		}
	}
}

// TestButtonRows checks that a row of buttons pasted as one line (one
// phrase said over with one word changed) is told from prose and lists.
func TestButtonRows(t *testing.T) {
	for _, l := range []string{"Preview red theme Preview blue theme Preview green theme", "Share Facebook Share Twitter Share Email",
		"Red theme preview Blue theme preview Green theme preview"} {
		if !isButtonRow(l) {
			t.Errorf("%q is not taken for a row of buttons", l)
		}
	}
	for _, l := range []string{"The red boat, the blue boat and the green boat", "Ferry times Ferry times Ferry times",
		"one two three four five six", "Go left go right go left go right"} {
		if isButtonRow(l) {
			t.Errorf("%q is taken for a row of buttons", l)
		}
	}
	page, _ := shapePage(map[int]string{
		1: "Preview north pier Preview south pier Preview east pier Preview west pier",
	})
	if body := bodyText(importShape(t, page)); strings.Contains(body, "Preview") {
		t.Errorf("the row of buttons is kept:\n%s", body)
	}
}

// TestCallToActionOverItsButton checks that a short exclamation right over
// a button ("Next") between the article's paragraphs goes with the button,
// and that an exclamation of the article's set apart from the next line
// stays.
func TestCallToActionOverItsButton(t *testing.T) {
	page, _ := shapePage(map[int]string{
		1: "Plan your island trip in minutes – for free!\nNext",
		2: "What a year it has been for the harbour!",
	})
	body := bodyText(importShape(t, page))
	if strings.Contains(body, "island trip") || strings.Contains(body, "Next") {
		t.Errorf("the call to action is kept:\n%s", body)
	}
	if !strings.Contains(body, "What a year") {
		t.Errorf("the article's exclamation is lost:\n%s", body)
	}
}

// TestBylineOverATableOfContents checks that a blog's byline over its
// table of contents (headlines on the lines right under each other) is not
// taken for the label of a box of links: the byline is read, and the
// paragraph above it is the standfirst.
func TestBylineOverATableOfContents(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	page := "North pier to be rebuilt\n\nWhy the council chose to rebuild the pier rather than pull it down, and what it will cost the town.\n\n" +
		"On 3/9/2021 by @lenamarsh\n\nWhat the Storms Did to the Pier\nHow the Council Chose to Rebuild\nWhat Happens to the Ferries Now\n\n" +
		strings.Join(paras, "\n\n") + "\n"
	b := importShape(t, page)
	if !reflect.DeepEqual(b.Authors, []string{"lenamarsh"}) {
		t.Errorf("authors %q, want lenamarsh", b.Authors)
	}
	if body := bodyText(b); strings.Contains(body, "pull it down") {
		t.Errorf("the standfirst is kept:\n%s", body)
	}
}

// TestAuthorBoxName checks that the author's name alone over an author box
// at the end of the article is not kept as a subheading, while the box's
// text stays, and that another person's name stays.
func TestAuthorBoxName(t *testing.T) {
	page, _ := shapePage(map[int]string{
		3: "Piet Vos\n\nThe harbour master, Piet Vos, has run the port for twelve years and will oversee the works on the pier.\n\nAbout Lena Marsh\n\nLena Marsh is a reporter covering the harbour and its islands for the Courier.",
	})
	b := importShape(t, page)
	var headings []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			headings = append(headings, s.Heading)
		}
	}
	if !reflect.DeepEqual(headings, []string{"Piet Vos"}) {
		t.Errorf("headings %q, want only Piet Vos", headings)
	}
	if body := bodyText(b); !strings.Contains(body, "Lena Marsh is a reporter") {
		t.Errorf("the author box's text is lost:\n%s", body)
	}
}

// TestNewsletterBoxInsideTheArticle checks that a newsletter box set
// between the article's paragraphs goes with the lines of its pitch, its
// button being no label of links that would take the paragraph after it.
func TestNewsletterBoxInsideTheArticle(t *testing.T) {
	page, paras := shapePage(map[int]string{
		1: "Get the harbour's news delivered to your inbox\nEnter your email address\nSubscribe now",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"inbox", "email address", "Subscribe"}, nil)
	checkBody(t, body, nil, paras)
	// A short paragraph of the article's, set apart above a button
	// (whose box has no pitch), stays.
	short := "Opponents said the cost, four million, would strain the town's budget for a generation and more."
	page = "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\n" + short + "\n\nSubscribe\n\n" + strings.Join(paras[1:], "\n\n") + "\n"
	if body := bodyText(importShape(t, page)); !strings.Contains(body, short) {
		t.Errorf("the paragraph above the button is lost:\n%s", body)
	}
}

// TestSponsorsStoryInsideTheArticle checks that a sponsor's label and the
// headline under it go from between the article's paragraphs.
func TestSponsorsStoryInsideTheArticle(t *testing.T) {
	for _, l := range []string{"Sponsored Content", "Paid Post", "Sponsored by Harbour Bank"} {
		if !isSponsorLabel(l) {
			t.Errorf("%q is not a sponsor's label", l)
		}
	}
	if isSponsorLabel("Sponsored by the council, the festival returns") {
		t.Errorf("a sentence is taken for a sponsor's label")
	}
	page, _ := shapePage(map[int]string{
		1: "Sponsored Content\n\nTen ways to cut your heating bill this winter",
	})
	body := bodyText(importShape(t, page))
	if strings.Contains(body, "Sponsored") || strings.Contains(body, "heating bill") {
		t.Errorf("the sponsor's story is kept:\n%s", body)
	}
}

// TestHeadlineListInsideTheArticle checks that headlines of other stories
// in title case, one a line, set between the article's paragraphs without
// a label go, while the article's own list in sentence case stays.
func TestHeadlineListInsideTheArticle(t *testing.T) {
	page, paras := shapePage(map[int]string{
		0: "Harbour Festival Returns This Summer With More Boats\nFerry Fares Going Up Again This Year, Operator Says\nCouncil Delays Vote On Parking Fees Until June",
		2: "The new pier will have room for twelve fishing boats\nA covered market will stand at its landward end\nThe ferries will return to it in two years",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"Festival", "Ferry Fares", "Parking Fees"}, append(paras, "twelve fishing boats", "covered market", "return to it in two years"))
}

// TestAuthorsOneNameALine checks that two authors named one a line over
// the date are both read, and that neither a label over a name alone nor
// an outlet's name between the author's and the date is.
func TestAuthorsOneNameALine(t *testing.T) {
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Mary Berg\nJohn Roe\nMarch 3, 2021", []string{"Mary Berg", "John Roe"}},
		{"Top Stories\nPiet Vos\nMarch 3, 2021", []string{"Piet Vos"}},
		{"Mary Berg\nHarbour Finance\nMarch 3, 2021", []string{"Mary Berg"}},
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+c.head+"\n\n"+shapeBody)
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, b.Authors, c.want)
		}
	}
}

// TestLabelOverOneLink checks that a short label over one headline of
// another story between the article's paragraphs goes, while an
// "Advertisement" over a subheading and a part's number over its title
// leave the subheadings.
func TestLabelOverOneLink(t *testing.T) {
	page, paras := shapePage(map[int]string{
		0: "Keep reading\n\nWhy the ferry fares are going up again this year",
		1: "Advertisement\n\nWhat the storms did to the old pier",
		2: "Part 2\n\nHow the council chose to rebuild it",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"Keep reading", "ferry fares"}, append(paras, "What the storms did", "How the council chose"))
}

// TestPageNoticesInsideTheArticle checks that a page's notices set between
// the article's paragraphs go: the article going on past an advertisement,
// an app's offer, a follow bar naming several networks; and that a
// sentence about networks stays.
func TestPageNoticesInsideTheArticle(t *testing.T) {
	for _, l := range []string{"Story continues", "Article continues below", "Download the Harbour Courier app for iPhone or Android",
		"Follow the Courier on Twitter, Facebook and Instagram"} {
		if !isPageNotice(l, wordCount(l)) {
			t.Errorf("%q is not a page's notice", l)
		}
	}
	if l := "The story continues a long tradition of harbour tales in the town"; isPageNotice(l, wordCount(l)) {
		t.Errorf("%q is a page's notice", l)
	}
	page, _ := shapePage(map[int]string{
		0: "Story continues",
		1: "Download the Harbour Courier app for iPhone or Android\n\nFollow the Courier on Twitter, Facebook and Instagram",
		2: "Fishermen said Twitter, Facebook and Instagram were full of photos of the storm damage this winter.",
	})
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"Story continues", "Download", "Follow the Courier"}, nil)
	if !strings.Contains(body, "full of photos of the storm") {
		t.Errorf("the sentence about networks is lost:\n%s", body)
	}
}

// TestArticleInShortSections checks that an article in short sections,
// each a subheading over one paragraph and listed in a table of contents,
// keeps its sections: they are not story cards, and its subheadings said
// again in the table stay.
func TestArticleInShortSections(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	heads := []string{"What the Storms Did", "How the Council Chose", "What Comes Next"}
	page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\nContents\n" + strings.Join(heads, "\n") + "\n\n"
	for k, h := range heads {
		page += h + "\n\n" + paras[k+1] + "\n\n"
	}
	b := importShape(t, page)
	body := bodyText(b)
	checkBody(t, body, nil, paras)
	var got []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			got = append(got, s.Heading)
		}
	}
	if !reflect.DeepEqual(got, heads) {
		t.Errorf("headings %q, want %q", got, heads)
	}
}

// checkBody fails the test for each junk phrase the body kept and each
// piece of article text it lost.
func checkBody(t *testing.T, body string, junk, keep []string) {
	t.Helper()
	for _, j := range junk {
		if strings.Contains(body, j) {
			t.Errorf("junk %q kept:\n%s", j, body)
		}
	}
	for _, k := range keep {
		if !strings.Contains(body, k) {
			t.Errorf("article text %q lost:\n%s", k, body)
		}
	}
}

// TestShareButtonsInScriptsWithoutCapitals checks that a share bar in
// Japanese or Chinese under the byline goes ("ツイート", "シェアする"), as
// "Tweet" and "Share" do, while a short line of the article in the same
// script stays.
func TestShareButtonsInScriptsWithoutCapitals(t *testing.T) {
	page := "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ\n\nCNET Japan 3/9(木) 18:45配信\n\nツイート\nシェアする\n\n" +
		"トレンドマイクロは3月9日、通信を暗号化し保護するスマホ向けのセキュリティアプリの発売を開始すると発表した。\n\n" +
		"港の評議会は火曜日、昨冬の嵐で壊れた北桟橋を建て直すことを決めた。\n\n" +
		"工事は春に始まり、二年間続く。\n"
	body := bodyText(importShape(t, page))
	checkBody(t, body, []string{"ツイート", "シェアする"}, []string{"工事は春に始まり、二年間続く。", "発売を開始すると発表した"})
	page = "新渡轮票价春季上涨\n\n分享\n\n港务局周二投票决定，从四月起将其运营的每一条渡轮航线票价上调五分之一，这是六年来的首次上涨。\n\n" +
		"委员会成员表示，燃料和船员的成本使他们别无选择。\n\n渔民们对这一决定表示欢迎。\n"
	body = bodyText(importShape(t, page))
	checkBody(t, body, []string{"分享"}, []string{"渔民们对这一决定表示欢迎。", "这是六年来的首次上涨"})
}
