package briefing

import (
	"reflect"
	"strings"
	"testing"
	"time"
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
// of the article's, a name with the separator from its date, a headline
// of two sentences in title case, academics' names with their
// universities, a standfirst over the lead photo's credit and the page's
// buttons, and a blog's writer and date over the headline.
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
		{"a headline of two sentences in title case",
			"Local\nQuarry Road Will Close to Lorries. Villages Waited Ten Years.\nVillages along the quarry road have waited years for the change, and the council says more will follow.\n" +
				"by Gareth Lloyd-Evans and Rhys Thomas\n",
			"Quarry Road Will Close to Lorries. Villages Waited Ten Years.",
			"Villages along the quarry road have waited years for the change, and the council says more will follow.",
			[]string{"Gareth Lloyd-Evans", "Rhys Thomas"}},
		{"academics' names with their universities",
			"Local\nQuarry road to close to lorries from March\nVillages along the quarry road have waited years for the change, and the council says more will follow.\n\n" +
				"Published: March 2, 2026 2:14pm GMT\nSian Pritchard, University of Cardiff\nOwen Hughes, Bangor University\n\n",
			"Quarry road to close to lorries from March",
			"Villages along the quarry road have waited years for the change, and the council says more will follow.",
			[]string{"Sian Pritchard", "Owen Hughes"}},
		{"a standfirst over the lead photo's credit and the page's buttons",
			"Local\nRhys Thomas\nTransport\nMar 2, 2026 6:00 AM\n\nQuarry road to close to lorries from March\n" +
				"Villages along the quarry road have waited years for the change, and the council says more will follow.\n\n" +
				"Photograph: Jane Roe/Getty Images\n\nSave this story\nSave\nComment\n\n",
			"Quarry road to close to lorries from March",
			"Villages along the quarry road have waited years for the change, and the council says more will follow.", []string{"Rhys Thomas"}},
		{"a blog's writer and date over the headline",
			"Rhys Thomas\nMar 2\n4 min read\nWhy we closed the quarry road, and what comes next\n",
			"Why we closed the quarry road, and what comes next", "", []string{"Rhys Thomas"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := headMenu + c.head + headBody + "About us\nContact\nPrivacy\n© 2026 The Valley Courier\n"
			b := importShape(t, page)
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
			b := importShape(t, c.page)
			if b.Title != c.title {
				t.Errorf("title %q, want %q", b.Title, c.title)
			}
			if c.firstPara != "" && (len(b.Sections) == 0 || len(b.Sections[0].Paragraphs) == 0 || b.Sections[0].Paragraphs[0] != c.firstPara) {
				t.Errorf("the body does not open with the article's first paragraph: %v", b.Sections)
			}
		})
	}
}

// TestJapaneseAndKoreanHeads pastes whole pages of a Japanese and a Korean
// paper and checks the head read from each: the writer's name alone over
// the date, or over "기자"; the date written with 年月日; a Japanese
// photo's caption with its "＝…撮影" credit; the paid-article and photo
// labels, which are no headline.
func TestJapaneseAndKoreanHeads(t *testing.T) {
	for _, c := range []struct {
		name, page, title, author, caption string
		published                          time.Time
	}{
		{"Japanese",
			"メインコンテンツへスキップ\nニュース\n社会\n地域\n港の古い倉庫、冬は市民の図書室に 住民が運営\n山田花子\n2026年3月2日 9時00分\n写真・図版\n" +
				"倉庫の二階に並ぶ本棚＝2026年2月27日、北海道小樽市、山田花子撮影\n有料記事\n" +
				"小樽港の近くにある古い倉庫が、この冬から市民の図書室として使われている。運営するのは近所に住む十数人のボランティアだ。\n" +
				"倉庫はもともと魚の加工に使われていたが、十年ほど前から空いていた。持ち主の会社が無料で貸すことにした。\n" +
				"本はすべて寄付で集めた。開館から一か月で、貸し出しは五百冊を超えたという。\n" +
				"会社概要\nお問い合わせ\n",
			"港の古い倉庫、冬は市民の図書室に 住民が運営", "山田花子", "倉庫の二階に並ぶ本棚", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
		{"Korean",
			"본문 바로가기\n전체기사\n정치\n사회\n오피니언\n구독\n로그인\n" +
				"항구 옛 창고, 겨울엔 주민 도서관으로 바뀐다고 주민들이 설명했다\n" +
				"시, 2027년까지 창고 세 곳을 도서관으로 고쳐 쓰기로…주민들은 운영비 걱정도 함께 커진다고 말해\n" +
				"김민지 기자\n수정 2026-03-02 18:22\n" +
				"항구 근처의 오래된 창고가 이번 겨울부터 주민 도서관으로 쓰이고 있다. 운영은 이웃 주민 열댓 명이 맡는다.\n" +
				"창고는 원래 생선 가공에 쓰였지만 십 년쯤 비어 있었다. 소유 회사가 무료로 빌려주기로 했다.\n" +
				"책은 모두 기부로 모았다. 문을 연 지 한 달 만에 대출이 오백 권을 넘었다고 한다.\n" +
				"회사소개\n",
			"항구 옛 창고, 겨울엔 주민 도서관으로 바뀐다고 주민들이 설명했다", "김민지", "", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := importShape(t, c.page)
			if b.Title != c.title || !reflect.DeepEqual(b.Authors, []string{c.author}) || !b.Published.Equal(c.published) {
				t.Errorf("title %q, authors %q, published %v; want %q, %q, %v", b.Title, b.Authors, b.Published, c.title, c.author, c.published)
			}
			if c.caption != "" && (len(b.Captions) == 0 || b.Captions[0].Text != c.caption || !strings.HasSuffix(b.Captions[0].Credit, "撮影")) {
				t.Errorf("captions %q, want %q with its credit", b.Captions, c.caption)
			}
			if len(b.Sections) == 0 || len(b.Sections[0].Paragraphs) < 3 {
				t.Errorf("the body is not the article's three paragraphs: %v", b.Sections)
			}
		})
	}
}

// TestWholePageOpeningWithANotice pastes whole pages that open with a
// notice of the page's, a sentence with its full stop, or the site's
// domain over the menus, and one whose article opens with a platform's
// notice: the headline above the article is the title, the notice is in
// neither title nor body.
func TestWholePageOpeningWithANotice(t *testing.T) {
	menu := "News\nSport\nWhat's On\nOpinion\nPuzzles\nSubscribe\nSign in\n"
	for _, page := range []string{
		"This browser is not supported. For the best experience use another browser.\n" + menu +
			"Quarry road to close to lorries from March\nBy Rhys Thomas\n" + headBody,
		"valleycourier.co.uk Home\n" + menu + "Quarry road to close to lorries from March\nBy Rhys Thomas\n" + headBody,
		"Ready to publish?\n" + menu + "Quarry road to close to lorries from March\nBy Rhys Thomas\n" + headBody,
		"The Valley Courier\n" + menu + "Rhys Thomas\n5 min read\n" +
			"This post is unlisted: the author chose to make this story unlisted, which means only those with the link can see it.\n" +
			"Quarry road to close to lorries from March\n" + headBody,
	} {
		b := importShape(t, page)
		if b.Title != "Quarry road to close to lorries from March" {
			t.Errorf("title %q, want the headline", b.Title)
		}
		if body := bodyText(b); strings.Contains(body, "supported") || strings.Contains(body, "unlisted") {
			t.Errorf("the page's notice kept in the body:\n%s", body)
		}
	}
}

// TestArabicPasteKeepsItsArticle pastes an article in Arabic, a script
// without capitals, with a subheading and short paragraphs: every
// paragraph is prose and stays, and the skip link is no title. (The
// subheading stays as a paragraph: in such a script a short line without
// its full stop may as well be a paragraph, and none is taken for a
// subheading.)
func TestArabicPasteKeepsItsArticle(t *testing.T) {
	paras := []string{
		"أعلنت البلدية اليوم أنها ستفتح مكتبة جديدة في وسط المدينة قبل نهاية العام المقبل.",
		"وقال رئيس البلدية إن المكتبة ستضم قاعة للقراءة وأخرى للأطفال ومقهى صغيرا.",
		"وأضاف أن المشروع سيكلف نحو مليوني دينار تدفعها البلدية والوزارة معا.",
		"ورحب السكان بالخطوة، لكنهم طالبوا بفتح المكتبة في المساء أيضا.",
	}
	page := "تخطى إلى المحتوى\nالرئيسية\nأخبار\nاقتصاد\nرياضة\n\nالبلدية تفتح مكتبة جديدة في وسط المدينة\n\n" +
		paras[0] + "\n\n" + paras[1] + "\n\nمواعيد العمل\n\n" + paras[2] + "\n\n" + paras[3] + "\n"
	b := importShape(t, page)
	if b.Title != "البلدية تفتح مكتبة جديدة في وسط المدينة" {
		t.Errorf("title %q", b.Title)
	}
	body := bodyText(b)
	for _, p := range paras {
		if !strings.Contains(body, p) {
			t.Errorf("paragraph %q lost:\n%s", p, body)
		}
	}
	for _, p := range paras {
		if !isProse(p, pasteWordCount(p)) {
			t.Errorf("%q is not read as prose", p)
		}
	}
	if !strings.Contains(body, "مواعيد العمل") {
		t.Errorf("the subheading is lost:\n%s", body)
	}
}

// TestNoticeOverTheWritersCard pastes a magazine's page whose notice
// ("Story Saved", "To revisit this article …", "Close Alert") stands over
// the writer's card and the headline: the notice is neither the body's
// nor a caption, and the headline and standfirst are read.
func TestNoticeOverTheWritersCard(t *testing.T) {
	page := "Open Navigation Menu\nNews\nScience\nCulture\nReviews\nSubscribe\n\nStory Saved\n" +
		"To revisit this article, visit My Profile, then View saved stories.\nClose Alert\n\n" +
		"Rhys Thomas\nTransport\nMar 2, 2026 6:00 AM\n\nQuarry road to close to lorries from March\n" +
		"Villages along the quarry road have waited years for the change, and the council says more will follow.\n\n" +
		"Photograph: Jane Roe/Getty Images\n\nSave this story\nSave\nComment\n\n" + strings.ReplaceAll(headBody, "\n", "\n\n")
	b := importShape(t, page)
	if b.Title != "Quarry road to close to lorries from March" || !strings.HasPrefix(b.Standfirst, "Villages along") {
		t.Errorf("title %q, standfirst %q", b.Title, b.Standfirst)
	}
	for _, c := range b.Captions {
		if strings.Contains(c.Text, "revisit") {
			t.Errorf("the page's notice is a caption: %q", c)
		}
	}
	if strings.Contains(bodyText(b), "revisit") {
		t.Errorf("the page's notice is in the body")
	}
}

// TestPageLineOverTheHeadline pastes a blog's page whole, opening with the
// editor's dialog ("Ready to publish?") over its buttons, then the
// headline that the article's first paragraphs take up: the headline is
// the title.
func TestPageLineOverTheHeadline(t *testing.T) {
	page := "Ready to publish?\nChange the story’s title, subtitle, and visibility as needed\nFeatured Close Publish changes\nSign in / Sign up\nNext story\nNext story\n\n" +
		"Rebuilding the north pier, one plank at a time\n\nShare on Twitter\nShare on Facebook\n\n" +
		"The harbour council voted on Tuesday to rebuild the old north pier, plank by plank, after storms damaged it last winter.\n\n" +
		"Work on the pier is to start in the spring and last two years, during which the ferries will use the south quay.\n"
	b := importShape(t, page)
	if b.Title != "Rebuilding the north pier, one plank at a time" {
		t.Errorf("title %q", b.Title)
	}
}

// TestTopicOverTheHeadline checks that a magazine's topic in sentence case
// over its headline ("Wind power in the north" over a longer headline,
// its standfirst and a "By" byline) is no title, while a short headline
// over its standfirst and byline stays the title.
func TestTopicOverTheHeadline(t *testing.T) {
	body := "\n\nBy Lena Hart and Jonas Pfeiffer\n\n" +
		"The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	for _, c := range []struct{ head, want string }{
		{"Ferries in the north\n\nWhy a village voted against its own harbour master's plan\n\nThe council wants new berths; most of the village does not.", "Why a village voted against its own harbour master's plan"},
		{"Ferry fares rise\n\nThe council wants new berths, and most of the village does not want to pay for them.", "Ferry fares rise"},
	} {
		b, err := Import("fares.txt", []byte(c.head+body))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.head, b.Title, c.want)
		}
	}
}

// TestSummaryBoxIsTheStandfirst checks that a box of short sentences under
// a summary's label ("Key points", "What you need to know:"), over the
// byline, is the standfirst and not the article's first paragraphs, while
// a label over the article's own paragraphs keeps them in the body.
func TestSummaryBoxIsTheStandfirst(t *testing.T) {
	body := "The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	for _, label := range []string{"Key points", "What you need to know:"} {
		page := "Ferry fares to rise by a fifth in the spring\n\n" + label + "\n\nFares rise by a fifth from April.\n\nFuel and crew costs are blamed.\n\n" +
			"Jane Roe\n\nReporter\n\n04 Mar 2025\n\nShare\n\n" + body
		b, err := Import("fares.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != "Fares rise by a fifth from April. Fuel and crew costs are blamed." || !reflect.DeepEqual(b.Authors, []string{"Jane Roe"}) ||
			!strings.HasPrefix(b.Sections[0].Paragraphs[0], "The harbour board voted") {
			t.Errorf("%s: standfirst %q, authors %q, first paragraph %.40q", label, b.Standfirst, b.Authors, b.Sections[0].Paragraphs[0])
		}
	}
	page := "Ferry fares to rise by a fifth in the spring\n\nBy Jane Roe\n\nSummary\n\n" + body
	b, err := Import("fares.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(b.Sections[len(b.Sections)-1].Paragraphs, "\n"); !strings.Contains(got, "The harbour board voted") || !strings.Contains(got, "Board members said") {
		t.Errorf("a label over the article's own paragraphs took them: %q, body %q", b.Standfirst, got)
	}
}

// TestStandfirstWithoutItsFullStop checks that a sentence without its
// full stop right under the headline, over the article's first paragraph,
// is the standfirst (many sites set theirs so; in German it may read as a
// subheading, its nouns in capitals), while a first paragraph
// that ends as sentences do, a line over a list and a short label stay
// in the body.
func TestStandfirstWithoutItsFullStop(t *testing.T) {
	body := "The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	dek := "Fuel and crew costs have left the board no choice, its chair says"
	for _, c := range []struct {
		page, standfirst, first string
	}{
		{"Ferry fares to rise by a fifth\n\n" + dek + "\n\n" + body, dek, "The harbour board voted"},
		{"Ferry fares to rise by a fifth\n\nMarch 4, 2025\n\n" + dek + "\n\n" + body, dek, "The harbour board voted"},
		{"Ferry fares to rise by a fifth\n\n" + dek + ".\n\n" + body, "", "Fuel and crew costs"},
		{"Fährpreise steigen um ein Fünftel\n\nDie Kosten für Treibstoff und Besatzung lassen keine andere Wahl, sagt die Vorsitzende\n\n" +
			"Der Hafenrat hat am Dienstag beschlossen, die Preise aller Fähren ab April um ein Fünftel zu erhöhen.\n\nDie Fischer begrüßten die Entscheidung.\n",
			"Die Kosten für Treibstoff und Besatzung lassen keine andere Wahl, sagt die Vorsitzende", "Der Hafenrat hat"},
		{"Ferry fares to rise by a fifth\n\nThese are the fares the board will charge from April on each of its routes\n\n- North quay: 4.50\n\n- South quay: 5.20\n\n" + body, "", "These are the fares"},
	} {
		b, err := Import("fares.txt", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != c.standfirst || len(b.Sections) == 0 || !strings.HasPrefix(b.Sections[0].Paragraphs[0], c.first) {
			t.Errorf("%.60q: standfirst %q, want %q; body %q", c.page, b.Standfirst, c.standfirst, b.Sections[0].Paragraphs)
		}
	}
}

// TestStandfirstGluedUnderTheByline checks that a standfirst that asks a
// question, set line under line with the byline, the article's
// paragraphs apart from it by blank lines (as a browser copies a page's
// header over its paragraphs), is the standfirst.
func TestStandfirstGluedUnderTheByline(t *testing.T) {
	page := "Ferry fares to rise by a fifth\nPublished Thursday 27 July 2017\nBy Jane Roe\n" +
		"Why are the fares rising again? The board blames fuel and crews.\n\n" +
		"The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n\n" +
		"Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch.\n"
	b, err := Import("fares.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if b.Standfirst != "Why are the fares rising again? The board blames fuel and crews." || !reflect.DeepEqual(b.Authors, []string{"Jane Roe"}) ||
		!strings.HasPrefix(b.Sections[0].Paragraphs[0], "The harbour board voted") {
		t.Errorf("standfirst %q, authors %q, body %.60q", b.Standfirst, b.Authors, b.Sections[0].Paragraphs)
	}
}

// TestJapaneseAndChineseBylines checks the bylines Japanese and Chinese
// pages set under the headline: a name and the writer's title ("山田花子
// 記者", "本报记者 李华"), or the writer's label before the name ("文：山田花子",
// "文/王明"). The name is the writer and the title stays the headline. A
// desk's line ("政治部記者") names no writer.
func TestJapaneseAndChineseBylines(t *testing.T) {
	ja := "港の渡し船、四月から運賃二割値上げ\n\nBYLINE\n\n" +
		"港湾委員会は火曜日、四月から全ての渡し船の運賃を二割引き上げることを決めた。六年ぶりの値上げとなる。\n\n" +
		"委員は燃料費と乗組員の費用が増えたためだと説明した。\n\n漁師たちはこの決定を歓迎した。\n"
	zh := "新渡轮票价春季上涨\n\nBYLINE\n\n港务局周二投票决定，从四月起将其运营的每一条渡轮航线票价上调五分之一，这是六年来的首次上涨。\n\n" +
		"委员会成员表示，燃料和船员的成本使他们别无选择。\n\n渔民们对这一决定表示欢迎。\n"
	for _, c := range []struct{ page, byline, author string }{
		{ja, "山田花子 記者", "山田花子"},
		{ja, "佐藤一郎編集委員", "佐藤一郎"},
		{ja, "文：山田花子", "山田花子"},
		{ja, "取材・文／山田花子", "山田花子"},
		{ja, "政治部記者", ""},
		{zh, "本报记者 李华", "李华"},
		{zh, "新华社记者 张伟", "张伟"},
		{zh, "文/王明", "王明"},
	} {
		page := strings.Replace(c.page, "BYLINE", c.byline, 1)
		b, err := Import("x.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		title, _, _ := strings.Cut(page, "\n")
		var want []string
		if c.author != "" {
			want = []string{c.author}
		}
		if b.Title != title || !reflect.DeepEqual(b.Authors, want) || len(b.Sections) == 0 || c.author != "" && len(b.Sections[0].Paragraphs) != 3 {
			t.Errorf("%q: title %q, authors %q (want %q), body %v", c.byline, b.Title, b.Authors, want, b.Sections)
		}
	}
}
