package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// widgetPage is a page pasted from its headline to its footer, with the
// boxes sites set into their articles: a name over its date, a photo
// caption with its credit after a bar, a "Related" label over a link, a
// gallery of counted slides, an embedded post, a story card with its author
// and date, a teaser card printed three times over, a caption between a
// section and the next subheading, a share label over its buttons, and the
// blog's closing "Posted on … by …" before the site's footer.
const widgetPage = `Night ferries return to the northern islands

Lena Marsh
2 hours ago

The night ferries to the northern islands will sail again from Monday, the shipping company said, after a winter in which the crossings were cut to one a day.

The harbour at dawn on Tuesday. | Foto: Harbour Press

Islanders had campaigned for the return of the late crossings since the autumn, when the company said it could not find crews for them.

Related

Council votes to close two libraries in the north

The company said it had hired fourteen new deckhands and two engineers over the winter, enough to run the night timetable for the whole summer.

Harbour news in pictures
3 show all
1/3 Cranes at rest
The cranes of the outer quay stand idle during the strike of last spring, which lasted nine days.
2/3 The first ship
The first container ship to arrive after the strike is guided in by two tugs on a calm morning.
3/3 Night shift
Dock workers begin the first night shift at the reopened terminal, watched by the port's managers.
Getty

The timetable published on Friday shows departures at ten and at midnight, with a return crossing from the islands at six in the morning.

Great day on the water pic.twitter.com/abc123
— Island Ferries (@islandferries) March 3, 2024

Fares will not change, the company said, although the cabins on the midnight crossing will cost more than they did before the cuts.

Fog closes the airport for a third day
Piet Vos
March 2, 2024

Fishermen on the islands said the later crossings would let them send their catch to the mainland markets on the same night.

Media caption The crossing at night, filmed from the bridge of the ferry during the trial run in the first week of February this year.

The harbour master said the port would stay open all night for the ferries, as it did before the winter.

Best beaches of the north Best beaches of the north Best beaches of the north
Ten beaches you can reach by ferry, from the busiest to the most remote… Read more

The shipping company said it would review the timetable in the autumn, once it knew how many passengers had used the late crossings.

Passengers queue for the ferry at the southern pier on a wet evening

What the islands want

The island councils have asked for a second night crossing at weekends in the summer, when the hotels on the islands are full.

A spokesman for the councils said that the return of the crossings was a good start, but that the islands needed more than one a night.

Posted on Tuesday 5 March 2024 at 09:11 by Lena Marsh.

Share article
Facebook Twitter

Submit your comments on this post to the editor by email.

This website and all documents on it are licensed under a Creative Commons licence, unless the page says otherwise.
`

func TestPastedWidgetsLeaveTheArticle(t *testing.T) {
	b, err := Import("widgets.txt", []byte(widgetPage))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
	body := bodyText(b)
	for _, junk := range []string{"2 hours ago", "Foto", "Related", "libraries", "in pictures", "show all", "Cranes", "container ship",
		"Night shift", "Getty", "pic.twitter", "@islandferries", "Fog closes", "Piet Vos", "March 2, 2024", "Media caption", "filmed from",
		"Best beaches", "Ten beaches", "Passengers queue", "Share article", "Facebook", "Submit your comments", "licensed"} {
		if strings.Contains(body, junk) {
			t.Errorf("junk %q kept in the body:\n%s", junk, body)
		}
	}
	for _, want := range []string{"night ferries to the northern islands", "Islanders had campaigned", "fourteen new deckhands",
		"timetable published on Friday", "Fares will not change", "Fishermen on the islands", "harbour master said",
		"review the timetable", "second night crossing", "more than one a night"} {
		if !strings.Contains(body, want) {
			t.Errorf("article text %q lost:\n%s", want, body)
		}
	}
	var headings []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			headings = append(headings, s.Heading)
		}
	}
	if !reflect.DeepEqual(headings, []string{"What the islands want"}) {
		t.Errorf("headings %q, want the one subheading", headings)
	}
	captions := map[string]bool{}
	for _, c := range b.Captions {
		captions[c.Text+" / "+c.Credit] = true
	}
	for _, want := range []string{"The harbour at dawn on Tuesday. / Harbour Press",
		"The crossing at night, filmed from the bridge of the ferry during the trial run in the first week of February this year. / ",
		"Passengers queue for the ferry at the southern pier on a wet evening / "} {
		if !captions[want] {
			t.Errorf("caption %q missing; captions %q", want, b.Captions)
		}
	}
}

func TestPasteWidgetShapes(t *testing.T) {
	for _, l := range []string{"How to Save How to Save How to Save", "Ten tips for the road Ten tips for the road Ten tips for the ro"} {
		if !isRepeatedPhrase(l) {
			t.Errorf("%q is not taken for a phrase said over", l)
		}
	}
	for _, l := range []string{"The the the", "Night ferries return to the northern islands", "New York, New York"} {
		if isRepeatedPhrase(l) {
			t.Errorf("%q is taken for a phrase said over", l)
		}
	}
	for _, l := range []string{"Javier Zarracina/Vox", "Ellen M. Banner / The Seattle Times"} {
		if !slashNameCredit(l) {
			t.Errorf("%q is not taken for a credit", l)
		}
	}
	for _, l := range []string{"Either/Or", "and/or", "The harbour at dawn/dusk"} {
		if slashNameCredit(l) {
			t.Errorf("%q is taken for a credit", l)
		}
	}
	for _, l := range []string{"posted on April 21, 2015, at 11:29 a.m.", "Updated March 3, 2024 10:00 PM UTC"} {
		if !isDateLine(l, wordCount(l)) {
			t.Errorf("%q is not taken for a date line", l)
		}
	}
	if l := "The strike began on March 3, 2024 and ended nine days later."; isDateLine(l, wordCount(l)) {
		t.Errorf("%q is taken for a date line", l)
	}
	for _, c := range []struct {
		line, next string
		want       int
	}{
		{"By Lena Marsh", "", 3},
		{"Lena Marsh", "Staff Writer", 2},
		{"Lena Marsh Follow @lena", "", 2},
		{"Harbour NewsMarch 3, 2024", "", 1},
	} {
		if got := bylineStrength(c.line, c.next); got != c.want {
			t.Errorf("bylineStrength(%q, %q) = %d, want %d", c.line, c.next, got, c.want)
		}
	}
}

func TestLocalDates(t *testing.T) {
	for l, want := range map[string]string{
		"1 de diciembre de 2017 3:00 AM PST": "2017-12-01",
		"Publié le 25 avril 2015 à 10h":      "2015-04-25",
		"Aktualisiert am 3. März 2024":       "2024-03-03",
		"March 18, 2015":                     "2015-03-18",
		"Publié le 2 déc. 2026 à 07:00":      "2026-12-02",
		"2026年11月30日 10時00分":                 "2026-11-30",
		"등록 2026년 11월 27일":                   "2026-11-27",
	} {
		if got := lineDate(l); got.Format("2006-01-02") != want {
			t.Errorf("lineDate(%q) = %v, want %s", l, got, want)
		}
	}
	if l := "1 de diciembre de 2017 3:00 AM PST"; !isChrome(l, wordCount(l)) {
		t.Errorf("%q is not taken for a date line", l)
	}
	if got := lineDate("The 12 members of 2017"); !got.IsZero() {
		t.Errorf("lineDate read %v in a sentence without a month", got)
	}
}

// boxPage holds the boxes of a second site: a player's menus among its
// buttons, a card closed by its "Read now" button, a newsletter box, the
// advertiser's line under an advertising label, and a related box of
// story cards with their kickers and bylines.
const boxPage = `Harbour cranes to run on shore power

By Lena Marsh

The port authority will connect the cranes of the outer quay to shore power by the end of the year, it said on Monday, cutting the diesel burnt on the quays by half.

Play Video
Play
Mute
Current Time 0:00
Duration Time 0:00
Loaded: 0%
captions off, selected
subtitles off, selected
Chapters
Fullscreen
Defaults Done
Close

The work will start in the summer, when fewer ships call at the port, and will close two berths at a time for three weeks each.

Cheaper power for the islands
How the new cable will cut the price of power on the northern islands.
Read now

The authority said the cost would be shared with the city, which has set aside money for the cables in its budget for next year.

Keep up with the harbour. Our newsletter, every morning.
The best way to follow the port.
Subscribe

Unions welcomed the plan, saying the diesel fumes on the quays had long been a worry for the crane drivers and the dock workers.

Advertisement
inRead by an advertiser

Shipping lines said they would pay a small fee for each call once the cranes run on shore power, as they do in other ports.

Related
Report
Fog closes the airport for a third day
Par Piet Vos
Interview
“The islands need more ferries”
Par Jan Smit

The authority expects the cranes to run on shore power from January, once the new substation at the outer quay is finished.
`

func TestPastedBoxesLeaveTheArticle(t *testing.T) {
	b, err := Import("boxes.txt", []byte(boxPage))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
	body := bodyText(b)
	for _, junk := range []string{"captions off", "subtitles", "Defaults", "Cheaper power", "new cable", "Read now", "newsletter",
		"follow the port", "Subscribe", "inRead", "Report", "Fog closes", "Piet Vos", "Interview", "need more ferries", "Jan Smit"} {
		if strings.Contains(body, junk) {
			t.Errorf("junk %q kept in the body:\n%s", junk, body)
		}
	}
	paras := 0
	for _, s := range b.Sections {
		paras += len(s.Paragraphs)
	}
	if paras != 6 {
		t.Errorf("%d paragraphs, want the article's 6:\n%s", paras, body)
	}
}

func TestPasteLinkLines(t *testing.T) {
	for _, l := range []string{"Read the full transcript of his interview", "Watch: the ferry's first night crossing", "topleftpixel.com",
		"editor@harbour-news.example", "Powered by HarbourData.com", "www.example.org/ferries"} {
		if !isLinkLine(l, wordCount(l)) {
			t.Errorf("%q is not taken for a link", l)
		}
	}
	for _, l := range []string{"Read this before you travel.", "See you", "U.S.", "Why Harbour.com wins", "The ferry returns", "3.14"} {
		if isLinkLine(l, wordCount(l)) {
			t.Errorf("%q is taken for a link", l)
		}
	}
}

// figurePage has a gallery's description between its controls and again
// under its "Caption" label, a figure introduced by a colon with its
// caption, a video caption next to a photo caption, and a player's dialog
// said after its menus.
const figurePage = `Ferry timetable doubles in summer

The ferry company will double the number of crossings to the islands in the summer, it said on Monday, adding a night crossing on every day of the week.

View Photos
The new ferry on its first trial run in the bay, watched from the pier
Caption
The new ferry on its first trial run in the bay, watched from the pier
Buy Photo

This is a chart of the crossings the company ran in each month of last year:

Crossings per month, last year

The busiest month was August, when the company ran more than four hundred crossings, twice as many as in the winter months.

Media caption The captain of the new ferry explains how the night crossing will work on the longer routes in winter.

The ferry at the southern pier on a wet evening in the first week of March

The islands' councils said they would ask for more crossings at weekends in the autumn as well as in the summer.

Play
Mute
Current Time 0:00
Loaded: 0%
This is a modal window.
captions off, selected
Fullscreen
Close

This is a modal window. This modal can be closed by pressing the Escape key.

The company expects the first night crossing to leave the mainland on the first Monday of June, weather permitting.
`

func TestPastedFiguresAreCaptions(t *testing.T) {
	b, err := Import("figures.txt", []byte(figurePage))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, []string{"trial run", "Crossings per month", "captain", "wet evening", "modal"}, nil)
	checkBody(t, body, nil, []string{"double the number", "This is a chart", "busiest month", "councils said", "first Monday of June"})
	var caps []string
	for _, c := range b.Captions {
		caps = append(caps, c.Text)
	}
	for _, want := range []string{"The new ferry on its first trial run in the bay, watched from the pier", "Crossings per month, last year",
		"The ferry at the southern pier on a wet evening in the first week of March"} {
		found := false
		for _, c := range caps {
			found = found || c == want
		}
		if !found {
			t.Errorf("caption %q missing; captions %q", want, caps)
		}
	}
}

// TestSelectAllPasteStopsAtTheComments pastes a whole blog page whose
// readers' comments run longer than its post, with teasers of other posts
// under "Related" between them.
func TestSelectAllPasteStopsAtTheComments(t *testing.T) {
	post := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day for want of crews.",
		"The vote followed a campaign by the island councils, who said the single crossing had cut the islands off from the hospital on the mainland after dark.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the whole summer season.",
	}
	comment := "I have taken the night ferry for twenty years and I can tell you that the crews were never the problem; the company simply did not want to pay them what the work is worth, and the board let it happen."
	var sb strings.Builder
	sb.WriteString("Harbour Blog\n\nHome\nAbout\nArchive\n\nNight ferries return in June\n\n")
	for _, p := range post {
		sb.WriteString(p + "\n\n")
	}
	sb.WriteString("Share this:\nClick to share on Twitter (Opens in new window)\nClick to share on Facebook (Opens in new window)\nClick to share on Reddit (Opens in new window)\nLike this:\nRelated\n\n")
	sb.WriteString("Council votes to close two libraries\n\nThe council voted on Monday to close two of its libraries, saying it could no longer pay for the buildings and the staff.\n\nMarch 3, 2024\nIn \"News\"\n\n")
	sb.WriteString("There are 6 comments\n\n")
	for i := 0; i < 6; i++ {
		sb.WriteString("Reader Number · March 10, 2024 at 12:20 AM\n\n" + comment + "\n\nReply\n\n")
	}
	b, err := Import("blog.txt", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, nil, post)
	checkBody(t, body, []string{"twenty years", "libraries", "Reader Number", "6 comments"}, nil)
}

// TestSelectAllPasteInJapanese pastes a page written without spaces
// between words: the article's sentences end with "。", the links and
// labels around them do not.
func TestSelectAllPasteInJapanese(t *testing.T) {
	article := []string{
		"港湾局は九日、夜間のフェリーを六月から再開すると発表した。冬の間は乗組員が足りず、一日一便に減らしていた。",
		"島の議会は、夜の便がなくなったことで本土の病院に行けなくなったと訴えていた。会社は冬の間に甲板員と機関士を雇ったという。",
		"会社によると、夏の間は毎晩二便を運航し、料金は変えない。島の住民からは歓迎の声が上がっている。",
	}
	page := "ホーム\nニュース\nスポーツ\n\n夜間フェリー、六月に再開\n\n" + strings.Join(article, "\n\n") +
		"\n\n【関連記事】\n図書館二館の閉鎖を議会が可決\n港のクレーン、陸上電源で稼働へ\n霧で空港が三日連続閉鎖\n\nアクセスランキング\n1 島の新しい観光船が人気に 港湾ニュース\n2 夏の臨時便の予約始まる 島だより\n"
	b, err := Import("ja.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "夜間フェリー、六月に再開" {
		t.Errorf("title %q, want the headline", b.Title)
	}
	body := bodyText(b)
	checkBody(t, body, nil, article)
	checkBody(t, body, []string{"図書館", "クレーン", "ランキング", "観光船", "スポーツ"}, nil)
}

func TestPasteMenusAndTickers(t *testing.T) {
	for _, l := range []string{
		"International ▪ Politique ▪ Société ▪ Économie ▪ Culture ▪ Sport",
		"© Harbour News | Terms | Privacy | About us | Contact",
		"14:44 Council votes to close two libraries in the north",
		"› Ferry timetables",
		"View comments (27)",
	} {
		if !isChrome(l, wordCount(l)) && !opensComments([]block{{text: l}}, []pasteInfo{{}}, 0) {
			t.Errorf("%q is not taken for chrome", l)
		}
	}
	for _, l := range []string{
		"The ferry left at 14:44, an hour late, and reached the islands after dark.",
		"console.log(req.url); // \"http://example.com/index.html\"",
	} {
		if isChrome(l, wordCount(l)) {
			t.Errorf("%q is taken for chrome", l)
		}
	}
	for _, l := range []string{"View comments (27)", "Comments (12)", "There are 13 comments", "12 comments",
		"Kommentare lesen (1 Beitrag)", "Kommentare (12)", "Lire les commentaires", "Ver comentarios (3)", "Leggi i commenti", "Bekijk reacties"} {
		if !opensComments([]block{{text: l}}, []pasteInfo{{}}, 0) {
			t.Errorf("%q does not open the comments", l)
		}
	}
	for _, l := range []string{"Comments", "Kommentare", "Read the comments of the minister on the ferry plan", "Reactions from the harbour"} {
		if opensComments([]block{{text: l}}, []pasteInfo{{}}, 0) {
			t.Errorf("%q opens the comments", l)
		}
	}
}

func TestPasteCreditsWithoutColon(t *testing.T) {
	for l, want := range map[string]string{
		"Image copyright Harbour Press": "Harbour Press",
		"Image source Getty Images":     "Getty Images",
		"(Photo: Jan Vos)":              "Jan Vos",
		"Photo credit Lena Marsh":       "Lena Marsh",
	} {
		c, ok := pasteCaption(l)
		if !ok || c.Credit != want {
			t.Errorf("pasteCaption(%q) = %+v %v, want credit %q", l, c, ok, want)
		}
	}
	if c, ok := pasteCaption("Photo of the day"); ok {
		t.Errorf("pasteCaption took %q for a credit: %+v", "Photo of the day", c)
	}
}

// TestSourcedLinksLeaveTheArticle pastes an article followed by links to
// other stories, each headline over its source, after a line of the
// article that leads on to a video.
func TestSourcedLinksLeaveTheArticle(t *testing.T) {
	page := `Night ferries return in June

By Lena Marsh
March 3, 2024

The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.

The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the whole summer season.

To see the new ferry in action, watch the footage below:

Sponsored Links Sponsored Links
More for you
Council votes to close two libraries in the north
Harbour Times
Fog closes the island airport for a third day
Island Radio
Cranes on the outer quay will run on shore power
Port Weekly
`
	b, err := Import("links.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	if !strings.Contains(body, "watch the footage below:") {
		t.Errorf("the article's closing line is lost:\n%s", body)
	}
	checkBody(t, body, []string{"libraries", "Harbour Times", "Fog closes", "Port Weekly", "Sponsored"}, nil)
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q", b.Authors)
	}
}

func TestCutShortTitles(t *testing.T) {
	for _, l := range []string{"23 things every island reader…", "Ten ferries that changed the north..."} {
		if !cutShort(l) || !isChrome(l, wordCount(l)) {
			t.Errorf("%q is not taken for a title cut short", l)
		}
	}
	for _, l := range []string{"He paused. …", "Wait for it …", "The ferry came."} {
		if cutShort(l) {
			t.Errorf("%q is taken for a title cut short", l)
		}
	}
}

// TestStoryCardsWithBylines pastes an article followed by a list of story
// cards, each a headline, a teaser, its author, a kicker and a photo
// credit.
func TestStoryCardsWithBylines(t *testing.T) {
	page := `Night ferries return in June

The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day for want of crews.

The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the whole summer season.

Council closes two libraries
The council voted to close two of its libraries, saying it could not pay for them.
By Piet Vos
CULTURE
Photo
Credit Jan Vos for Harbour News
Fog closes the island airport again
The airport on the largest island was closed for a third day as fog lay over the sound.
By Anna Berg
WEATHER
Photo
Credit Lena Marsh
Cranes to run on shore power
The port authority will connect the cranes of the outer quay to shore power this year.
By Jan Smit
`
	b, err := Import("cards.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, []string{"libraries", "Fog closes", "airport", "Cranes", "shore power", "Piet Vos", "Anna Berg"}, nil)
	if !strings.Contains(body, "night timetable") || !strings.Contains(body, "harbour board voted") {
		t.Errorf("the article is lost:\n%s", body)
	}
}

func TestPasteTagsAndGluedCredits(t *testing.T) {
	for _, l := range []string{"Ferries, Harbour Board, islands, night crossings, shipping", "Tags: ferries, islands"} {
		if !isChrome(l, wordCount(l)) {
			t.Errorf("%q is not taken for chrome", l)
		}
	}
	for _, l := range []string{"We bought bread, milk, eggs, butter, flour and sugar.", "Cast: Tom Hanks, Meg Ryan, Bill Pullman, Rosie O'Donnell, Rob Reiner"} {
		if isChrome(l, wordCount(l)) {
			t.Errorf("%q is taken for chrome", l)
		}
	}
	c, ok := explicitCaption("A worker repairs the cables under the quay on a cold morning this month.CreditCreditJan Vos/Harbour Press")
	if !ok || c.Credit != "Jan Vos/Harbour Press" || c.Text != "A worker repairs the cables under the quay on a cold morning this month" {
		t.Errorf("glued credit read as %+v %v", c, ok)
	}
}

// TestLinksStopAtTheArticle pastes a "Read more" box whose links end at
// the article's next subheading, and a table whose repeated cells are not
// labels over links.
func TestLinksStopAtTheArticle(t *testing.T) {
	page := `Seven things ferry crews won't tell you

The night ferries return in June, and with them the crews who know the boats better than anyone who sails on them, from the cabins to the car deck.

Read more
Council votes to close two libraries in the north
Fog closes the island airport for a third day

5. Beware the cabins by the engine room

The cabins by the engine room are the cheapest on the boat for a reason, the crews say: the noise does not stop all night and the heat is hard to bear.

State	Next state	Action
new	started	run the task
started	N/A	nothing
failed	N/A	retry
The dispatcher picks the tasks to run with the following query:
select * from tasks where state = 'new'
Below are the states a task moves through on the way:

Crews also said the cafe on the upper deck closes an hour before the boat docks, so passengers who want breakfast should go up early in the morning.
`
	b, err := Import("stop.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, nil, []string{"5. Beware the cabins by the engine room", "following query:", "Below are the states", "cafe on the upper deck"})
	checkBody(t, body, []string{"libraries", "Fog closes"}, nil)
}

// TestPasteInLinesWithoutStops pastes a blog in Chinese written in lines
// that end no sentence: its lines are its text, not labels.
func TestPasteInLinesWithoutStops(t *testing.T) {
	lines := []string{
		"一波波接續性低溫寒流報到 已將尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
		"玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達國小",
		"美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛之地",
		"第二次造訪發現到營區變了 印象中以前生冷招牌換成了原木招牌",
		"燻黑原木加上金黃色醒目字體 加上了貓頭鷹原木創作也充分發揮了裝飾功力",
	}
	b, err := Import("zh.txt", []byte("新竹尖石 美樹營地賞楓\n\n"+strings.Join(lines, "\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, nil, lines)
	if !endsCJKSentence("DeepMind已將其研究結果發表在科學刊物上。（編譯/林靖東）") {
		t.Errorf("a sentence with a credit after it does not end as a sentence")
	}
}

// TestShareBarCounterAfterTheLede pastes an article whose share bar, with
// its comment counter, sits after the first paragraph.
func TestShareBarCounterAfterTheLede(t *testing.T) {
	lede := "The night ferries to the northern islands will sail again from June, the shipping company said on Monday."
	rest := strings.Repeat("The company said it had hired enough deckhands and engineers over the winter to run the night timetable through the summer. ", 3)
	page := "Night ferries return in June\n\n" + lede + "\n\nShare\nTweet\n12 comments\n\n" + rest + "\n\n" + rest + "\n"
	b, err := Import("lede.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if body := bodyText(b); !strings.Contains(body, lede) || !strings.Contains(body, "hired enough") {
		t.Errorf("the article is cut at the share bar's counter:\n%s", body)
	}
}

// TestLinksToOtherSites checks two shapes of links to other stories inside
// a pasted article: a headline with its site's name after a dash, and the
// headlines under a "More on this story" label set apart like paragraphs,
// the last one too although the article's text follows it; a short
// subheading of the article's after them stays.
func TestLinksToOtherSites(t *testing.T) {
	p := func(s string) string {
		return s + " The council said the works would go on through the winter and that the costs were in line with the budget.\n\n"
	}
	page := "Harbour bridge reopens after repairs\n\nBy Lena Marsh\n\n" +
		p("The harbour bridge reopened on Monday after nine months of repairs.") +
		"Why the ferry fares are going up this spring - The Daily Harbour\n\n" +
		p("Engineers replaced the bearings of the main span.") +
		"More on this story\n\nNew ferry line to open on the north shore in spring\n\nPort traffic at a record in March after the strike\n\n" +
		p("The bridge first opened in 1968.") + p("Cyclists will get a lane of their own.") + p("Drivers said the detour added half an hour.") +
		"What happens next\n\n" + p("The council will vote on the budget in May.") + p("A second phase of works is planned.")
	b, err := Import("bridge.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, []string{"ferry fares", "New ferry line", "Port traffic"}, nil)
	for _, c := range b.Captions {
		if strings.Contains(c.Text, "ferry fares") {
			t.Errorf("link taken for a caption: %q", c.Text)
		}
	}
	if !strings.Contains(body, "What happens next") || !strings.Contains(body, "vote on the budget") {
		t.Errorf("the article's subheading or text lost:\n%s", body)
	}
}

// TestQuestionLinkAboveTheArticle checks that a headline asked as a
// question under another story's headline, above the article, goes, while
// an article that opens with a question under its byline keeps it.
func TestQuestionLinkAboveTheArticle(t *testing.T) {
	p := "Nintendo and Apple shocked the world earlier this year by announcing the game, which will launch on phones and tablets next month for a flat fee.\n\n" +
		"The game is essentially a regular side-scrolling Mario game, except that Mario runs forward on his own and the player taps to jump over the enemies.\n"
	for _, c := range []struct {
		head string
		keep bool
	}{
		{"By Alex Perry\n\nShare\nTweet\n\nTwitter suspends several accounts\n\nPhone X vs Phone Y: what's the difference?\n\n", false},
		{"By Alex Perry\n\nWhat's the difference?\n\n", true},
	} {
		b, err := Import("game.txt", []byte("Nintendo's first phone game will launch in December\n\n"+c.head+p))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(bodyText(b), "difference?"); got != c.keep {
			t.Errorf("%q: question kept %v, want %v:\n%s", c.head, got, c.keep, bodyText(b))
		}
	}
}

// TestPastedEmbedsAndNotices checks an Instagram embed's lines, a "Story
// continues below" notice and a "Have your say" box inside a pasted
// article.
func TestPastedEmbedsAndNotices(t *testing.T) {
	p := func(s string) string {
		return s + " The council said the works would go on through the winter and that the costs were in line with the budget.\n\n"
	}
	page := "Harbour bridge reopens after repairs\n\nBy Lena Marsh\n\n" + p("The harbour bridge reopened on Monday after nine months of repairs.") +
		"View this post on Instagram\n\nA post shared by City Press (@citypress) on Mar 3, 2015 at 9:00am PST\n\n" +
		p("Engineers replaced the bearings of the main span.") + "Story continues below\n\n" + p("Cyclists will get a lane of their own.") +
		p("Traffic was diverted through the tunnel.") + "Have your say\n\nJoin the conversation\n\nSort by newest\n"
	b, err := Import("bridge.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	all := bodyText(b)
	for _, c := range b.Captions {
		all += "\n" + c.Text
	}
	for _, junk := range []string{"Instagram", "A post shared", "Story continues", "Have your say"} {
		if strings.Contains(all, junk) {
			t.Errorf("%q kept:\n%s", junk, all)
		}
	}
	if !strings.Contains(all, "Traffic was diverted") {
		t.Errorf("the article's last paragraph lost:\n%s", all)
	}
}

// TestSelectAllCommentCounterUnderTheByline checks that a comment counter
// under the article's byline, in a page pasted whole after a stream of
// other stories longer than the article, does not open the comments: the
// article after it is kept, not the stream, whose teasers stand apart
// under their headlines where the article's paragraphs follow each other.
func TestSelectAllCommentCounterUnderTheByline(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Home\nNews\nSport\n\n")
	for _, place := range []string{"north", "south", "east", "west", "harbour", "old town"} {
		sb.WriteString("News\nCity Press\n\nCouncil votes to close two libraries in the " + place + "\n\n" +
			"The council voted on Monday to close two of its libraries in the " + place + " of the city, saying it could no longer pay for the buildings, the heating and the staff, and that most readers now borrow books online.\n\n")
	}
	sb.WriteString("Help\nPrivacy\nSuggestions\nAbout our Ads\nTerms\nCookies\nSitemap\nAdvertise\nCareers\nContact\nNewsletters\nPodcasts\n" +
		"Weather\nTraffic\nJobs\nHomes\nCars\nDeals\nGames\nPuzzles\nArchive\nStore\n\n")
	sb.WriteString("Night ferries return in June\n\nJANE DOE\nCity Press March 3, 2024\n11 Comments\n\n")
	article := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day for want of crews.",
		"The vote followed a campaign by the island councils, who said the single crossing had cut the islands off from the hospital on the mainland after dark.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the whole summer season.",
	}
	for _, p := range article {
		sb.WriteString(p + "\n\n")
	}
	sb.WriteString("What to Read Next\n\nHelp\nPrivacy\nTerms\n")
	b, err := Import("page.txt", []byte(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	checkBody(t, body, nil, article)
	if strings.Contains(body, "libraries") {
		t.Errorf("the stream of other stories is kept:\n%s", body)
	}
}

// TestPastedCommentsInOtherLanguages checks that a page's comments under
// a heading in Portuguese, Spanish, French or German leave a pasted
// article, with the related topics above them.
func TestPastedCommentsInOtherLanguages(t *testing.T) {
	article := "O técnico disse nesta terça-feira que errou ao levar a taça ao ex-presidente em 2012, numa entrevista a uma rádio de São Paulo.\n\n" +
		"Segundo ele, a visita foi um pedido da diretoria do clube e não teve nenhum caráter político, embora tenha sido vista assim por muitos torcedores.\n\n" +
		"O treinador afirmou ainda que hoje agiria de outra forma e que aprendeu com o episódio, que voltou a circular nas redes sociais nesta semana.\n\n"
	for _, heading := range []string{"Comentários", "Comentarios", "Commentaires", "Kommentare"} {
		page := "Tite diz que errou\n\n" + article + "Tópicos relacionados\n\nFutebol\nPolítica\n\n" + heading +
			"\n\nOs comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.\n\nTermos e condições\n"
		b, err := Import("folha.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		body := bodyText(b)
		checkBody(t, body, []string{heading, "representam a opinião", "Tópicos"}, nil)
		if !strings.Contains(body, "O treinador afirmou") {
			t.Errorf("%s: the article's last paragraph lost:\n%s", heading, body)
		}
	}
}

// TestBoxOverASubheading sets a page's plea and its button right over a
// subheading of the article, with no blank line between: the plea and the
// button go, the subheading stays over its section.
func TestBoxOverASubheading(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + paras[0] + "\n\n" +
		"Harbour News is free to read. Please support us.\nDonate\nThe new quay\n\n" + strings.Join(paras[1:], "\n\n") + "\n"
	b := importShape(t, page)
	body := bodyText(b)
	if strings.Contains(body, "Please support us") || strings.Contains(body, "Donate") {
		t.Errorf("the plea or its button kept in the body:\n%s", body)
	}
	found := false
	for _, s := range b.Sections {
		found = found || s.Heading == "The new quay" && len(s.Paragraphs) > 0
	}
	if !found {
		t.Errorf("no section under the subheading \"The new quay\":\n%s", body)
	}
}

// TestBlogCommentHeaders pastes a blog post with its readers' comments
// under the headers blogs give them ("14 thoughts on “…”", "Top comments
// (7)"): the comments leave the body, the post stays whole.
func TestBlogCommentHeaders(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	for _, header := range []string{"2 comments on “North pier to be rebuilt”", "14 thoughts on “North pier to be rebuilt”", "Top comments (7)"} {
		page := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + strings.Join(paras, "\n\n") + "\n\n" + header +
			"\njim_k says:\nMy grandfather fished off that pier every summer, and I am glad they are keeping the old steps for the boats.\nReply\n"
		b := importShape(t, page)
		body := bodyText(b)
		if strings.Contains(body, "grandfather") || strings.Contains(body, "jim_k") {
			t.Errorf("%q: a reader's comment kept in the body:\n%s", header, body)
		}
		for _, p := range paras {
			if !strings.Contains(body, p) {
				t.Errorf("%q: paragraph %.40q lost", header, p)
			}
		}
	}
}

// TestArticleGoesOnUnderABox pastes articles whose last lines run on
// under a box set into them: "Trending Now" over one headline, then the
// article's closing sentences; a newsletter's "Become a member" button
// over its next numbered subheading; and an agency's story with its
// subheading between dashes and its desk codes at the foot.
func TestArticleGoesOnUnderABox(t *testing.T) {
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	trending := "North pier to be rebuilt\n\nBy Lena Marsh\n\n" + strings.Join(paras, "\n\n") +
		"\n\nTrending Now\nFerry fares to rise in the new year\n\nThe opposition said the council should repair the south quay first.\n\n" +
		"This report by Harbour Press was first published Dec. 2, 2026.\n"
	b := importShape(t, trending)
	checkBody(t, bodyText(b), []string{"Ferry fares to rise", "Trending Now"}, []string{"The opposition said the council", "This report by Harbour Press"})

	agency := "North pier to be rebuilt\n\n" + paras[0] + "\n\n- Four million -\n\n" + strings.Join(paras[1:], "\n\n") + "\n\ntm-nz/jk/rox\n"
	b = importShape(t, agency)
	found := false
	for _, s := range b.Sections {
		found = found || s.Heading == "Four million" && len(s.Paragraphs) > 0
	}
	if !found || strings.Contains(bodyText(b), "tm-nz") {
		t.Errorf("the agency's subheading lost, or its desk codes kept:\n%s", bodyText(b))
	}
}

// TestSignUpBoxWithItsPrivacyNote checks that a sign-up box's note on the
// reader's data ("We care about the protection of your data. Read our
// Privacy Policy.") leaves the body with the box, while news about a
// privacy policy stays.
func TestSignUpBoxWithItsPrivacyNote(t *testing.T) {
	page, paras := shapePage(map[int]string{
		2: "Get the latest harbour news delivered to your inbox\n\nSign up\n\nWe care about the protection of your data. Read our Privacy Policy.",
		3: "The ferry company updated its privacy policy on Monday after the regulator's ruling.",
	})
	b := importShape(t, page)
	checkBody(t, bodyText(b), []string{"protection of your data", "Sign up"}, append(paras, "The ferry company updated its privacy policy on Monday after the regulator's ruling."))
}

// TestBarredLinks checks the rows of links a copy runs together with bars
// and no space, and lines with bars that are none.
func TestBarredLinks(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Corrections and clarifications|Submit a news tip|Report error", true},
		{"Standards and Practices|About Harbour News", true},
		{"Home | News | Sport", false},                            // spaced bars: isMenuLine's
		{"| Port | Berths | Cranes |", false},                     // a table's row
		{"if a|b then return", false},                             // code, in lower case
		{"The vote ended 7|4.|It passed.", false},                 // sentences
		{"Ferry|", false},                                         // one link
		{"A very long link text that runs on and on|Home", false}, // longer than a link
	} {
		if got := barredLinks(c.line); got != c.want {
			t.Errorf("barredLinks(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
