package briefing

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// pastedPage is a page selected from its headline to its last paragraph, as
// a browser copies it: share bar, byline with date and handle, a photo
// gallery with its player text and caption, the article with an
// advertising label, a related-story link and chart labels inside it.
const pastedPage = `Harbour strike ends after night talks

Share on Facebook
Share on Twitter
Share via Email
More Options
Resize Text
Print Article
Comments
By Lena Marsh March 18 at 3:57 PM    Follow @lenamarsh
1 of 24
Full Screen
Autoplay
Close
Skip Ad
Your video will play in 00:25
View Photos
Caption
Dock workers leave the port gates at dawn. Jan Vos/Harbour Press
Buy Photo

ROTTERDAM — Dock workers ended a nine-day strike on Wednesday after talks that ran through the night, the union said, reopening the largest port in Europe to container traffic.

The deal gives crews on the new night routes a supplement of 40 percent and caps night shifts at four in a row, according to a summary published by the port authority.

Advertising

Shipping lines had diverted more than sixty vessels to Antwerp and Hamburg during the strike, and the backlog will take a week to clear, the authority said.

Five things to know about the port deal | Business

Containers handled per week
600
300
0
’17
’18
’19

Who pays for the lights

The lighting of the outer quays will cost an estimated twelve million euros over five years, and the city and the region will share the bill.

Critics on the board warned that the estimate left out the repair of the older cranes, which they said must be replaced before night loading can begin.
`

func TestPastedPageKeepsTheArticle(t *testing.T) {
	b, err := Import("paste.txt", []byte(pastedPage))
	if err != nil {
		t.Fatal(err)
	}
	if b.Format != Text || b.Title != "Harbour strike ends after night talks" {
		t.Errorf("format %s, title %q", b.Format, b.Title)
	}
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
	if b.Dateline != "ROTTERDAM" {
		t.Errorf("dateline %q", b.Dateline)
	}
	var headings, paras []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			headings = append(headings, s.Heading)
		}
		paras = append(paras, s.Paragraphs...)
	}
	if !reflect.DeepEqual(headings, []string{"Who pays for the lights"}) {
		t.Errorf("headings %q", headings)
	}
	if len(paras) != 5 {
		t.Errorf("%d paragraphs, want the article's 5:\n%s", len(paras), strings.Join(paras, "\n"))
	}
	for _, p := range paras {
		if wordCount(p) < 15 {
			t.Errorf("junk kept in the body: %q", p)
		}
	}
	if len(b.Captions) == 0 {
		t.Errorf("the photo caption was not kept as a caption")
	}
}

func TestPasteBylines(t *testing.T) {
	cases := []struct {
		line, next string
		want       []string
	}{
		{"By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", "", []string{"Erin Cunningham"}},
		{"Dan Goodin - Apr 16, 2015 8:02 pm UTC", "", []string{"Dan Goodin"}},
		{"Hazel Sheffield Friday 25 December 2015 0 comments", "", []string{"Hazel Sheffield"}},
		{"Jane Doe, Staff Writer", "", []string{"Jane Doe"}},
		{"Lena Marsh | March 3, 2024", "", []string{"Lena Marsh"}},
		{"Stella Kim and Jennifer Jett", "Dec. 6, 2024, 10:00 AM", []string{"Stella Kim", "Jennifer Jett"}},
		{"Mike Conley", "December 18, 2020", []string{"Mike Conley"}},
		{"Vincent Vallet Follow Oct 18, 2019 · 8 min read", "", []string{"Vincent Vallet"}},
		{"By Alex Heath, a deputy editor and author of the newsletter.", "", []string{"Alex Heath"}},
		{"Middle East", "Share this", nil},
		{"Tech Industry", "", nil},
		{"Tech Insider", "Alex Perry 1 day ago", nil},
		{"Alex Perry 1 day ago", "SHARE", []string{"Alex Perry"}},
		{"By April 28, 2019 at 6:01 am", "", nil},
		{"Authors: Jane Doe, Piet Vos", "", []string{"Jane Doe", "Piet Vos"}},
		{"Lucida Console", "75% (transparency)", nil},
		{"Current Time 0:00", "", nil},
		{"Aleš Vávra", "před 2 hodinami", []string{"Aleš Vávra"}},
		{"Jane Doe for The Guardian", "", []string{"Jane Doe"}},
		{"Reporting by Jane Doe; Editing by John Roe", "", []string{"Jane Doe"}},
		{"Jane Doe Published 3:57 PM ET Wed, 18 March 2015", "", []string{"Jane Doe"}},
		{"Jane Doe, CNN", "", []string{"Jane Doe"}},
		{"By Jane Doe, CNN", "", []string{"Jane Doe"}},
		{"Jane Doe, Tech Reporter", "", []string{"Jane Doe"}},
		{"AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)", "", []string{"AFP"}},
		{"Reuters - March 3, 2015", "", []string{"Reuters"}},
		{"WASHINGTON, March 3, 2015", "", nil},
		{"Jane Doe (@janedoe)", "", []string{"Jane Doe"}},
		{"Jane Doe on March 3, 2015", "", []string{"Jane Doe"}},
		{"Jane Doe Senior Writer", "", []string{"Jane Doe"}},
		{"By Jane Doe Staff Writer", "", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe, The Washington Post", "", []string{"Jane Doe", "John Roe"}},
		{"By Ahmed al-Sayed", "", []string{"Ahmed al-Sayed"}},
		{"By Jane Doe, PhD", "", []string{"Jane Doe"}},
		{"By The Associated Press", "", []string{"The Associated Press"}},
		{"By Jane Doe For Dailymail.com", "", []string{"Jane Doe"}},
		{"Jane Doe For Mailonline", "", []string{"Jane Doe"}},
		{"Kestrel Vantongeren", "@kvantongeren", []string{"Kestrel Vantongeren"}},
		{"By Our Foreign Staff", "", []string{"Our Foreign Staff"}},
		{"By Jane Doe, MA WebMD Health News", "", []string{"Jane Doe"}},
		{"Kestrel Vantongeren", "Engineering Manager, Example Inc.", []string{"Kestrel Vantongeren"}},
	}
	for _, c := range cases {
		got, ok := pasteByline(c.line, c.next)
		if ok != (c.want != nil) || !reflect.DeepEqual(got, c.want) {
			t.Errorf("pasteByline(%q) = %q %v, want %q", c.line, got, ok, c.want)
		}
	}
}

// TestPasteNamesAlone checks that names alone under a headline are its
// byline when they open with common given names, stand under a date or
// are read as people's names by the learned name tagger, and nothing else
// is.
func TestPasteNamesAlone(t *testing.T) {
	body := "Officials said on Tuesday that the new bridge would open to traffic next spring, two years later than planned.\n\n" +
		"The delay was caused by a shortage of steel and a dispute with the contractor, according to a council report.\n"
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Sarah Archer", []string{"Sarah Archer"}},
		{"Middle East", nil},
		{"Jane Doe and the Bridge", nil},
		{"Kestrel Vantongeren", []string{"Kestrel Vantongeren"}},
		{"Top Stories", nil},
		{"Live Coverage", nil},
		{"São Paulo", nil},
		{"Kestrel Vantongeren\nGetty Images", nil},
		{"Oluwaseun Adeyemi\n\nAt 26, Adeyemi runs the only ferry that still sails to the islands in winter.", nil},
		{"Kestrel Vantongeren and John Roe", []string{"Kestrel Vantongeren", "John Roe"}},
		{"Middle East and North Africa", nil},
		{"March 18, 2015\n\nKestrel Vantongeren", []string{"Kestrel Vantongeren"}},
		// Given names from around the world (givennames.txt), after a
		// date and its reading time on a blog's line.
		{"March 3, 2023 · 5 min · Tomás Reyes", []string{"Tomás Reyes"}},
		{"Mar 4, 2024 • Siobhán Kearney", []string{"Siobhán Kearney"}},
		{"Chiamaka Obi and Haruto Sato", []string{"Chiamaka Obi", "Haruto Sato"}},
		{"Mar 4, 2024 • Climate Crisis", nil},
		{"Naomi Kessler\n\nAt 61, Kessler still rows across the bay every morning before work.", nil},
		{"A standfirst that tells the story of the bridge in one sentence and some more.\n\n" +
			"Workers repair the deck of the bridge over the river on Monday morning, two years after the works began.\n\nJane Doe", []string{"Jane Doe"}},
	} {
		b, err := Import("bridge.txt", []byte("The bridge will open next spring\n\n"+c.line+"\n\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.line, b.Authors, c.want)
		}
	}
}

func TestPasteChrome(t *testing.T) {
	for _, l := range []string{"Share Tweet Email More Save", "00:25", "Loaded: 0%", "17/50 The harbour at dawn",
		"6366", "Replay", "Skip Ad", "Wait 1 second to continue.", "March 18, 2015", "Remembering the old mill | Opinion",
		"Advertisement", "Comments (5 posted)", "Source: Congressional Budget Office", "Why the ferry fares are going up - The Daily Harbour"} {
		if !isChrome(l, wordCount(l)) {
			t.Errorf("%q is not taken for chrome", l)
		}
	}
	for _, l := range []string{"The union said the deal was the best outcome.", "wash the nets before noon",
		"Dock workers ended the strike on Wednesday after talks that ran through the night."} {
		if isChrome(l, wordCount(l)) {
			t.Errorf("%q is taken for chrome", l)
		}
	}
}

func TestPastedTableKeepsItsRows(t *testing.T) {
	in := "Ports ranked\n\nThe ports of the north sea moved more containers than ever this year, the figures show.\n\n" +
		"Port\tRank\tShips\nRotterdam\t1\t8,000\nAntwerp\t2\t5,500\n\nThe end of the article comes here with another sentence of prose.\n"
	b, err := Import("t.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	s := b.Sections[0]
	var rows []string
	for p, text := range s.Paragraphs {
		if s.Kind(p) == TableRow {
			var cells []string
			for _, c := range s.Cells(p) {
				cells = append(cells, text[c[0]:c[1]])
			}
			rows = append(rows, strings.Join(cells, "/"))
		}
	}
	if want := []string{"Port/Rank/Ships", "Rotterdam/1/8,000", "Antwerp/2/5,500"}; !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q, want %q", rows, want)
	}
}

func TestSelectAllPasteKeepsTheLongestProse(t *testing.T) {
	menu := "Home\nNews\nSport\nBusiness\nCulture\nSign in\nSubscribe\n\n"
	teaser := "Other story\n\nA council in the north has voted to close two libraries and merge their collections, a plan critics oppose.\n\n"
	comments := "3 comments\n\nI think the deal is a disgrace and the union should have held out for more money, as everyone knows.\n\n" +
		"Reply\n\nThe port has needed this for years and everyone I know who works there is relieved it is finally over.\n\n"
	footer := "About us\nContact\nPrivacy policy\nCookie settings\n© 2026 Harbour News\n"
	page := "Harbour News\n\n" + menu + teaser + pastedPage + "\n" + comments + footer
	b, err := Import("all.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Harbour strike ends after night talks" {
		t.Errorf("select-all paste title %q, want the headline", b.Title)
	}
	body := bodyText(b)
	for _, junk := range []string{"Sport", "libraries", "disgrace", "relieved", "Privacy", "Cookie"} {
		if strings.Contains(body, junk) {
			t.Errorf("select-all paste keeps %q in the body:\n%s", junk, body)
		}
	}
	for _, want := range []string{"ROTTERDAM", "Dock workers ended", "Critics on the board"} {
		if !strings.Contains(body+b.Dateline, want) {
			t.Errorf("select-all paste lost %q:\n%s", want, body)
		}
	}
}

func TestPastedLoneCaptionIsACaption(t *testing.T) {
	p1 := "Dock workers ended a nine-day strike on Wednesday after talks that ran through the night, the union said."
	p2 := "Shipping lines had diverted more than sixty vessels to other ports during the strike, officials said."
	cap := "The harbour master's office seen from the quay on a foggy morning in March"
	b, err := Import("c.txt", []byte("Strike ends\n\n"+p1+"\n\n"+cap+"\n\n"+p2+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(bodyText(b), "foggy") || len(b.Captions) != 1 || b.Captions[0].Text != cap {
		t.Errorf("captions %+v, body:\n%s", b.Captions, bodyText(b))
	}
}

func TestProvenanceBeforeBylineIsNotAStandfirst(t *testing.T) {
	cap := "SHANGHAI, CHINA - MAY 20: Leaders attend a welcoming ceremony on May 20, 2014 in Shanghai, China. (Photo by Jan Vos/Getty Images)"
	in := "Leaders meet in Shanghai\n\n" + cap + "\n\n" + cap + "\n\n" +
		"This article first appeared in Kommersant and was translated into English by Worldcrunch.\n\n" +
		"By Lena Marsh and Piet Vos\n\n" +
		"MOSCOW -- Russia and China are preparing to sign a bilateral agreement on cybersecurity next month, a source said.\n\n" +
		"The final wording has not been released, officials said on Tuesday after the first round of talks.\n"
	b, err := Import("p.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Origin, "Kommersant") {
		t.Errorf("origin %q, want the provenance line", b.Origin)
	}
	if len(b.Authors) != 2 || b.Dateline != "MOSCOW" || len(b.Captions) != 1 {
		t.Errorf("authors %q, dateline %q, captions %+v", b.Authors, b.Dateline, b.Captions)
	}
}

// TestPasteWithListsIsNotHardWrapped checks that a page pasted a paragraph
// a line, whose only runs of lines are a menu and a list of related links,
// keeps its lines apart rather than joining them as wrapped text, and that
// every link under the label goes, the last one too although the article's
// text follows it.
func TestPasteWithListsIsNotHardWrapped(t *testing.T) {
	para := func(s string) string {
		return s + " The council said the works would go on through the winter and that the costs were in line with the budget set two years ago."
	}
	paste := "Harbour bridge reopens after repairs\n\nHome\nNews\nSport\nWeather\n\nBy Lena Marsh\n\n" +
		para("The harbour bridge reopened to traffic on Monday after nine months of repairs.") + "\n\n" +
		para("Engineers replaced the bearings and the deck joints of the main span.") + "\n\n" +
		"Related articles\n\nNew ferry line to open in spring\nPort traffic at a record in March\nWhy the old tunnel will close for a year\n\n" +
		para("Cyclists will get a lane of their own on the bridge from next month.") + "\n\n" +
		para("The repairs were the first since the bridge opened in 1968.") + "\n"
	b, err := Import("bridge.txt", []byte(paste))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, l := range []string{"New ferry line", "Port traffic", "Why the old tunnel", "Related articles"} {
		if strings.Contains(body, l) {
			t.Errorf("%q kept in the body:\n%s", l, body)
		}
	}
	if n := len(strings.Fields(strings.ReplaceAll(strings.TrimSpace(body), " ", "_"))); n != 4 {
		t.Errorf("%d paragraphs, want the article's 4:\n%s", n, body)
	}
}

// TestPastedCaptionOverItsCredit checks the photo captions whose credit is
// apart from them: on the line right under the caption ("Photo: …"), a
// name alone under a caption, and a "Picture:" credit run in.
func TestPastedCaptionOverItsCredit(t *testing.T) {
	p1 := "Officials said on Tuesday that the new bridge over the river would open to traffic next spring, two years later than planned."
	p2 := "The delay was caused by a shortage of steel and a dispute with the contractor, according to a report released by the council."
	for _, c := range []struct{ figure, text, credit string }{
		{"Workers repair the deck of the bridge on Monday.\nPhoto: Jane Doe", "Workers repair the deck of the bridge on Monday.", "Jane Doe"},
		{"Workers repair the deck of the bridge\n\nJane Doe", "Workers repair the deck of the bridge", "Jane Doe"},
		{"Workers repair the deck of the bridge on Monday. Picture: Jane Doe", "Workers repair the deck of the bridge on Monday", "Jane Doe"},
	} {
		paste := "The bridge will open next spring\n\nBy Jane Roe\n\n" + p1 + "\n\n" + c.figure + "\n\n" + p2 + "\n"
		b, err := Import("bridge.txt", []byte(paste))
		if err != nil {
			t.Fatal(err)
		}
		if want := []Caption{{Text: c.text, Credit: c.credit}}; !reflect.DeepEqual(b.Captions, want) {
			t.Errorf("%q: captions %q, want %q", c.figure, b.Captions, want)
		}
		if body := bodyText(b); strings.Contains(body, "Workers") || strings.Contains(body, "Jane Doe") {
			t.Errorf("%q: the caption or its credit in the body:\n%s", c.figure, body)
		}
	}
}

// TestPastedAgencyAloneIsACredit checks that an agency's name alone on a
// line under a photo is its credit, not a subheading.
func TestPastedAgencyAloneIsACredit(t *testing.T) {
	for _, l := range []string{"Getty Images", "AFP", "Reuters"} {
		if c, ok := pasteCaption(l); !ok || c.Credit != l || c.Text != "" {
			t.Errorf("pasteCaption(%q) = %q %v, want the credit alone", l, c, ok)
		}
	}
	for _, l := range []string{"Getting there", "Conclusion"} {
		if c, ok := pasteCaption(l); ok {
			t.Errorf("pasteCaption(%q) = %q, want no caption", l, c)
		}
	}
}

// TestPastedChartCaption checks that the caption over a chart pasted with
// its numbers and labels is a caption, and that a paragraph over a share
// bar or a gallery counter stays in the body.
func TestPastedChartCaption(t *testing.T) {
	p := func(s string) string {
		return s + " The council said the works would go on through the winter and that the costs were in line with the budget.\n\n"
	}
	caption := "Annual interest payments on the debt are expected to triple over the next decade, according to the budget office."
	page := "Debt costs rise\n\nBy Lena Marsh\n\n" + p("Interest rates rose again on Monday.") + caption + "\n\n$915\n\nbillion\n\nInterest payments\n\n$900\n\n600\n\n300\n\n" +
		p("The deficit is expected to reach a record next year.") + "The dollar has strengthened against the euro this year.\n\nShare\n\nTweet\n\n" +
		p("Economists expect rates to stay high.") + p("The budget office will publish its next forecast in June.")
	b, err := Import("debt.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Captions) != 1 || b.Captions[0].Text != caption {
		t.Errorf("captions %q, want the chart's", b.Captions)
	}
	body := bodyText(b)
	if strings.Contains(body, "Annual interest") || !strings.Contains(body, "The dollar has strengthened") {
		t.Errorf("body:\n%s", body)
	}
}

// TestPastedBylineBeforeAStoryCard checks that a story card's "By" line
// under its headline, above the article, does not win over the article's
// own byline under the title, and that an article's byline under its
// subtitle is still found.
func TestPastedBylineBeforeAStoryCard(t *testing.T) {
	body := "Officials said on Tuesday that the new bridge would open to traffic next spring, two years later than planned.\n\n" +
		"The delay was caused by a shortage of steel and a dispute with the contractor, according to a council report.\n"
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Jane Doe | March 3, 2015\n\nShare\nTweet\n\nRelated\n\nBridge tolls to rise next year\nBy John Roe\n\n", []string{"Jane Doe"}},
		{"Jane Doe\nMarch 3, 2015\n\nBridge tolls to rise next year\n\nBy John Roe\n\n", []string{"Jane Doe"}},
		{"Two years late and over budget\n\nBy John Roe\n\n", []string{"John Roe"}},
	} {
		b, err := Import("bridge.txt", []byte("The bridge will open next spring\n\n"+c.head+body))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, b.Authors, c.want)
		}
	}
}

// TestPastedNoteOnItsPhoto checks that a short paragraph pointing at the
// photo it stands under is a caption, and that a long paragraph that only
// mentions an image stays in the body.
func TestPastedNoteOnItsPhoto(t *testing.T) {
	p := func(s string) string {
		return s + " The council said the works would go on through the winter and that the costs were in line with the budget.\n\n"
	}
	note := "I was not allowed to take pictures inside the plant, so this photo from the council will have to do."
	long := "The council's report opens with a drawing of the old bridge. This image, the report says, is what the city wants to keep, and the engineers were asked to change as little of it as they could while replacing the deck."
	page := "Harbour bridge reopens\n\nBy Lena Marsh\n\n" + p("The harbour bridge reopened on Monday.") + note + "\n\n" + p("Engineers replaced the bearings.") + long + "\n\n" + p("Cyclists get a lane.")
	b, err := Import("bridge.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	if strings.Contains(body, "this photo") || len(b.Captions) != 1 || b.Captions[0].Text != note {
		t.Errorf("captions %q, body:\n%s", b.Captions, body)
	}
	if !strings.Contains(body, "This image, the report says") {
		t.Errorf("the article's paragraph lost:\n%s", body)
	}
}

// TestCookieAndSignupNotices checks that a page's cookie notice and the
// fine print under a newsletter form are notices, not the article.
func TestCookieAndSignupNotices(t *testing.T) {
	for _, p := range []string{
		"We use cookies and similar technologies to improve your browsing experience and to show you relevant ads.",
		"This website uses cookies to make sure you get the best experience. Learn more.",
		"By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
	} {
		if _, ok := platformNotice(p); !ok {
			t.Errorf("%q is not taken for a notice", p)
		}
	}
	if _, ok := platformNotice("The council said the cookies sold at the fair raised money for the school."); ok {
		t.Errorf("a sentence about cookies is taken for a notice")
	}
}

// TestCJKRunesCountsAsTheRuneLoop holds cjkRunes, which skips the bytes of
// characters below U+2000 one by one, to the plain count over every rune.
func TestCJKRunesCountsAsTheRuneLoop(t *testing.T) {
	plain := func(s string) int {
		n := 0
		for _, r := range s {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				n++
			}
		}
		return n
	}
	for _, s := range []string{
		"", "plain words", "“curly” quotes — and dashes…", "记者：张三 北京报道", "café 東京 ソウル 서울 naïve",
		"mixed “引号” and カタカナ, then ASCII", "\u2e80\u2e7f\u3000", "é\u00e9漢",
	} {
		if got, want := cjkRunes(s), plain(s); got != want {
			t.Errorf("cjkRunes(%q) = %d, want %d", s, got, want)
		}
	}
}
