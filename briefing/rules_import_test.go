package briefing

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseByline(t *testing.T) {
	cases := []struct {
		line string
		want []string // nil: not a byline
	}{
		{"By Elena Chernenko, Vladislav Novyii and Ivan Safronov", []string{"Elena Chernenko", "Vladislav Novyii", "Ivan Safronov"}},
		{"By Stella Kim and Jennifer Jett", []string{"Stella Kim", "Jennifer Jett"}},
		{"Por Steven Lee Myers, Keith Bradsher y Tariq Panja", []string{"Steven Lee Myers", "Keith Bradsher", "Tariq Panja"}},
		{"By Gina Kolata y Benjamin Mueller", []string{"Gina Kolata", "Benjamin Mueller"}},
		{"Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42", []string{"Alexandre Hervaud", "Jérémy Piette"}},
		{"Von Anna Schmidt und Jonas Weber", []string{"Anna Schmidt", "Jonas Weber"}},
		{"by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET", []string{"Ahiza Garcia"}},
		{"by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)", []string{"Eleanor Ainge Roy", "Adrian Malloch"}},
		{"By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project", []string{"Daniel Kahn Gillmor"}},
		{"By GILLIAN MOHNEY March 11, 2015 3:46 PM", []string{"Gillian Mohney"}},
		{"BY JOE HILDEBRAND", []string{"Joe Hildebrand"}},
		{"by Lucas Nolan22 Dec 2016651", []string{"Lucas Nolan"}},
		{"By Luke Harding in Kyiv", []string{"Luke Harding"}},
		{"By Jane Doe | Updated 3 hours ago", []string{"Jane Doe"}},
		{"Written by Ludwig van Beethoven", []string{"Ludwig van Beethoven"}},
		{"By BBC News", []string{"BBC News"}},
		{"By the time the vote was counted, the result was clear.", nil},
		{"By Tuesday, the committee will have voted on the proposal.", nil},
		{"By 2030 the plant will run on solar power.", nil},
		{"Byron Smith said he was pleased.", nil},
		{"By April 28, 2019 at 6:01 am", nil},
		{"Elena Chernenko", nil},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			got, ok := parseByline(c.line)
			if ok != (c.want != nil) || !reflect.DeepEqual(got, c.want) {
				t.Errorf("parseByline(%q) = %q, %v; want %q", c.line, got, ok, c.want)
			}
		})
	}
}

func TestAuthorsFromByline(t *testing.T) {
	cases := map[string][]string{
		"Stella Kim, Jennifer Jett":      {"Stella Kim", "Jennifer Jett"},
		"JOE HILDEBRAND":                 {"Joe Hildebrand"},
		"By Erin Cunningham":             {"Erin Cunningham"},
		"Dan Goodin - Apr 16, 2015 8:02": {"Dan Goodin"},
		"":                               nil,
	}
	for in, want := range cases {
		if got := authorsFromByline(in); !reflect.DeepEqual(got, want) {
			t.Errorf("authorsFromByline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitDateline(t *testing.T) {
	cases := []struct {
		para, dateline, rest string
	}{
		{"MOSCOW -- During President Vladimir Putin's visit to Beijing", "MOSCOW", "During President Vladimir Putin's visit to Beijing"},
		{"WASHINGTON (AP) — A federal indictment and one in Georgia", "WASHINGTON (AP)", "A federal indictment and one in Georgia"},
		{"LONDON, May 3 (Reuters) - The new chief executive said", "LONDON (Reuters)", "The new chief executive said"},
		{"HOUSTON, Jan 27 (Reuters) - The new Chief Executive of Brazil's Petrobras", "HOUSTON (Reuters)", "The new Chief Executive of Brazil's Petrobras"},
		{"NEW YORK (Reuters) - Short-sellers, Wall Street's dwindling band", "NEW YORK (Reuters)", "Short-sellers, Wall Street's dwindling band"},
		{"BOGOTÁ –– For some time now, Latin America has not figured", "BOGOTÁ", "For some time now, Latin America has not figured"},
		{"CAIRO — Gunmen opened fire on visitors", "CAIRO", "Gunmen opened fire on visitors"},
		{"SAN JUAN, Puerto Rico (AP) — The island's governor said", "SAN JUAN, Puerto Rico (AP)", "The island's governor said"},
		{"-OpEd- SAO PAULO — Once again the country is", "SAO PAULO", "Once again the country is"},
		{"El Nacional — April 27, 2017 CARACAS — The embattled government", "CARACAS", "The embattled government"},
		// Not datelines.
		{"WNYC - New York Public Radio", "", ""},
		{"MNT - Hourly Medical News Since 2003", "", ""},
		{"SHANGHAI, CHINA - MAY 20: Russian President Vladimir Putin attends", "", ""},
		{"During the visit, MOSCOW -- the city -- was quiet", "", ""},
		{"The NATO summit opened on Monday.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			d, rest, cut, ok := splitDateline(c.para)
			if ok != (c.dateline != "") {
				t.Fatalf("splitDateline(%q) = %q, %q, %v", c.para, d, rest, ok)
			}
			if !ok {
				return
			}
			if d != c.dateline || rest != c.rest || c.para[cut:] != rest {
				t.Errorf("splitDateline(%q) = %q, %q (cut %d); want %q, %q", c.para, d, rest, cut, c.dateline, c.rest)
			}
		})
	}
}

func TestParseCaption(t *testing.T) {
	cases := []struct {
		para string
		want *Caption
	}{
		{"SHANGHAI, CHINA - MAY 20: Russian President Vladimir Putin (L) attends a ceremony. (Photo by Sasha Mordovets/Getty Images)",
			&Caption{"SHANGHAI, CHINA - MAY 20: Russian President Vladimir Putin (L) attends a ceremony.", "Sasha Mordovets/Getty Images"}},
		{"LONDON, ENGLAND - SEPTEMBER 27: A photo illustration of the new British five pound note.",
			&Caption{"LONDON, ENGLAND - SEPTEMBER 27: A photo illustration of the new British five pound note.", ""}},
		{"WASHINGTON, DC - JULY 15: Jerome Powell appears for testimony before... [+]the Senate Banking Committee. (Photo by Alex Wong/Getty Images)",
			&Caption{"WASHINGTON, DC - JULY 15: Jerome Powell appears for testimony before... the Senate Banking Committee.", "Alex Wong/Getty Images"}},
		{"Netanyahu visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)",
			&Caption{"Netanyahu visits the Western Wall in Jerusalem on March 18.", "Thomas Coex/AFP/Getty Images"}},
		{"Security cameras on a pole near Parliament in London on Jan. 6. (Jason Alden/Bloomberg)",
			&Caption{"Security cameras on a pole near Parliament in London on Jan. 6.", "Jason Alden/Bloomberg"}},
		{"Credit Ashraf Shazly/Agence France-Presse — Getty Images", &Caption{"", "Ashraf Shazly/Agence France-Presse — Getty Images"}},
		{"Photograph: Adrian Malloch for the Guardian", &Caption{"", "Adrian Malloch for the Guardian"}},
		{"Credit: STR/AFP", &Caption{"", "STR/AFP"}},
		{"JIM WATSON/AFP/Getty Images", &Caption{"", "JIM WATSON/AFP/Getty Images"}},
		{"FILE - In this March 3, 2016 file photo, the senator speaks in Detroit.", &Caption{"FILE - In this March 3, 2016 file photo, the senator speaks in Detroit.", ""}},
		// Not captions.
		{"The agreement (including the hotline) continues to be in force.", nil},
		{"Picture perfect weather greeted the runners on Sunday.", nil},
		{"This makes it possible for Facebook to create a detailed picture of your browsing history.", nil},
		{"Credits roll as the film ends.", nil},
		{"The and/or question (yes/no) was left open.", nil},
		{"MOSCOW -- During President Vladimir Putin's visit to Beijing next month", nil},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			got, ok := parseCaption(c.para)
			if ok != (c.want != nil) || (ok && got != *c.want) {
				t.Errorf("parseCaption(%q) = %+v, %v; want %+v", c.para, got, ok, c.want)
			}
		})
	}
}

func TestClassifyFurniture(t *testing.T) {
	cases := map[string]furnitureKind{
		"Advertisement":                                      furnitureLine,
		"  ADVERTISEMENT  ":                                  furnitureLine,
		"Continue reading the main story":                    furnitureLine,
		"Related: Rich are paying more in taxes":             furnitureLine,
		"RELATED: Chicago is America's most segregated city": furnitureLine,
		"Read more:":                                         furnitureLine,
		"Sign up for our morning newsletter":                 furnitureLine,
		"Image":                                              furnitureLine,
		"1 / 5":                                              furnitureLine,
		"Popular in the Community":                           furnitureCut,
		"What’s Hot":                                         furnitureCut,
		"Most Popular":                                       furnitureCut,
		"You may also like":                                  furnitureCut,
		"Related Stories":                                    furnitureCut,
		"Trending":                                           furnitureCut,
		"The advertisement ran for a week.":                  notFurniture,
		"Related parties signed the deal.":                   notFurniture,
		"Protecting sovereignty, hunting terrorists":         notFurniture,
		"Trending topics dominated the meeting, officials said.": notFurniture,
	}
	for line, want := range cases {
		if got := classifyFurniture(line); got != want {
			t.Errorf("classifyFurniture(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestPlatformNotice(t *testing.T) {
	cases := []struct {
		para, source string
		ok           bool
	}{
		{"This post was published on the now-closed HuffPost Contributor platform. Contributors control their own work and posted freely to our site. If you need to flag this entry as abusive, send us an email.", "HuffPost Contributor", true},
		{"-- This feed and its contents are the property of The Huffington Post, and use is subject to our terms.", "The Huffington Post", true},
		{"The platform was published on Monday after contributors voted.", "", false},
	}
	for _, c := range cases {
		src, ok := platformNotice(c.para)
		if ok != c.ok || src != c.source {
			t.Errorf("platformNotice(%.40q) = %q, %v; want %q, %v", c.para, src, ok, c.source, c.ok)
		}
	}
}

func TestParseProvenance(t *testing.T) {
	cases := map[string]bool{
		"This article first appeared in Kommersant and was translated into English by Worldcrunch.": true,
		"This article originally appeared on The Atlantic.":                                         true,
		"This article was reprinted on Wired.com.":                                                  true,
		"Originally published at www.courtneykirchoff.com on November 18, 2011.":                    true,
		"Republished with permission from The Conversation.":                                        true,
		"This story originally ran in the Texas Tribune.":                                           true,
		"The treaty first appeared in 1648 and was signed by many states.":                          false,
		"Russia and China are now busy forging a new partnership on cybersecurity.":                 false,
	}
	for para, want := range cases {
		origin, ok := parseProvenance(para)
		if ok != want || (ok && origin != para) {
			t.Errorf("parseProvenance(%q) = %q, %v; want %v", para, origin, ok, want)
		}
	}
}

// TestIsSubheading checks which lines of plain text start a section: a
// whole quotation in double quotes never does (a banner's words, a cry), a
// short one in single quotes does, as British sites set their
// subheadings.
func TestIsSubheading(t *testing.T) {
	long := "Russia and China certainly have more in common when it comes to cybersecurity than either has with the United States."
	cases := []struct {
		line, next string
		want       bool
	}{
		{"Protecting sovereignty, hunting terrorists", long, true},
		{"What comes next", long, true},
		{"2016 in review", long, true},
		{"This is a full sentence.", long, false},
		{"“A quote without an end", long, false},
		{"“A whole quotation”", long, false},
		{"“We will not back down.”", long, false},
		{"“A quotation in double quotes that runs on far too long to be a subheading”", long, false},
		{"‘We need to listen’", long, true}, // a British subheading (guardian-1's <h2>)
		{"'We were not asked'", long, true},
		{"‘A quotation in single quotes that runs on far too long to be a subheading’", long, false},
		{"‘Unprecedented’ strandings", long, true},
		{"Trump’s “Big” Day", long, true},
		{"lower case line", long, false},
		{"Protecting sovereignty, hunting terrorists", "Short next line", false},
		{"Protecting sovereignty, hunting terrorists", "", false},
		{"A rather long line that goes on and on with many words but no final period at all here", long, false},
		{"Ending with a comma,", long, false},
	}
	for _, c := range cases {
		if got := isSubheading(c.line, c.next); got != c.want {
			t.Errorf("isSubheading(%q, %.20q) = %v, want %v", c.line, c.next, got, c.want)
		}
	}
}

func TestIsHardWrapped(t *testing.T) {
	wrapped := "The committee met on Tuesday to discuss the\nproposal, which had been delayed for months\nbecause of a dispute over funding.\n\nMembers said the vote would\ncome next week."
	perLine := "The committee met on Tuesday to discuss the proposal.\nMembers said the vote would come next week.\nThe chair declined to comment."
	if !isHardWrapped(strings.Split(wrapped, "\n")) {
		t.Error("wrapped text not seen as wrapped")
	}
	if isHardWrapped(strings.Split(perLine, "\n")) {
		t.Error("one-paragraph-per-line text seen as wrapped")
	}
	if isHardWrapped([]string{"One line."}) {
		t.Error("a single line seen as wrapped")
	}
}

func TestTextParagraphs(t *testing.T) {
	wrapped := []string{"The committee met on Tuesday to discuss the", "proposal, which had been delayed for months", "because of a dispute over funding.", "", "Members said the vote would", "come next week."}
	want := []string{"The committee met on Tuesday to discuss the proposal, which had been delayed for months because of a dispute over funding.", "Members said the vote would come next week."}
	if got := textParagraphs(wrapped); !reflect.DeepEqual(got, want) {
		t.Errorf("wrapped: %q", got)
	}
	perLine := []string{"First paragraph ends here.", "Second  paragraph ends here.", "", "Third."}
	if got := textParagraphs(perLine); !reflect.DeepEqual(got, []string{"First paragraph ends here.", "Second paragraph ends here.", "Third."}) {
		t.Errorf("per line: %q", got)
	}
}

func TestFrontMatter(t *testing.T) {
	cases := []struct {
		name, in string
		title    string
		authors  []string
		source   string
		tags     []string
		date     string
	}{
		{"yaml list authors", "---\ntitle: A\nauthors: [Jane Doe, John Roe]\ndate: 2015-04-30T09:00:00Z\nsource: Daily\ntags: [x, y]\n---\nbody", "A", []string{"Jane Doe", "John Roe"}, "Daily", []string{"x", "y"}, "2015-04-30T09:00:00Z"},
		{"author object", "---\ntitle: B\nauthor:\n  name: Jane Doe\npublishDate: \"2013/7/13 20:46:25\"\npublisher: Wire\n---\nbody", "B", []string{"Jane Doe"}, "Wire", nil, "2013-07-13T20:46:25Z"},
		{"author string", "---\ntitle: C\nauthor: Jane Doe and John Roe\npublished: 2020-01-02\nparams:\n  source: Nested\ntags: one two\n---\nbody", "C", []string{"Jane Doe", "John Roe"}, "Nested", []string{"one", "two"}, "2020-01-02T00:00:00Z"},
		{"toml", "+++\ntitle = \"D\"\ndate = 2021-05-06\nauthors = [\"Jane Doe\"]\n+++\nbody", "D", []string{"Jane Doe"}, "", nil, "2021-05-06T00:00:00Z"},
		{"no front matter", "# Title\n\nbody", "", nil, "", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			meta, body, err := splitFrontMatter(c.in)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(body, "body") || strings.Contains(body, "title") {
				t.Errorf("body %q", body)
			}
			b := &Briefing{}
			applyFrontMatter(b, meta)
			date := ""
			if !b.Published.IsZero() {
				date = b.Published.UTC().Format("2006-01-02T15:04:05Z")
			}
			if b.Title != c.title || !reflect.DeepEqual(b.Authors, c.authors) || b.Source != c.source || !reflect.DeepEqual(b.Tags, c.tags) || date != c.date {
				t.Errorf("got title %q authors %q source %q tags %q date %q", b.Title, b.Authors, b.Source, b.Tags, date)
			}
		})
	}
	if _, _, err := splitFrontMatter("---\ntitle: [unclosed\n---\nbody"); err == nil {
		t.Error("broken YAML gave no error")
	}
}

func TestCutBlockMovesStyles(t *testing.T) {
	bl := block{text: "MOSCOW -- The big day", styles: []inlineStyle{{0, 6, Strong}, {14, 17, Emphasis}}}
	got := cutBlock(bl, 10, len(bl.text))
	if got.text != "The big day" || len(got.styles) != 1 || got.text[got.styles[0].start:got.styles[0].end] != "big" {
		t.Errorf("cutBlock = %q %+v", got.text, got.styles)
	}
}

func TestTrimSiteSuffix(t *testing.T) {
	cases := []struct{ title, site, want string }{
		{"How to Build a Terrarium | eHow", "eHow", "How to Build a Terrarium"},
		{"Graham Speaks - Example News", "example news", "Graham Speaks"},
		{"Samantha and The Great Big Lie - John C. Welch - Medium", "Medium", "Samantha and The Great Big Lie - John C. Welch"},
		{"Budget Day | Politics", "Example News", "Budget Day | Politics"},
		{"| eHow", "eHow", "| eHow"},
		{"Title", "", "Title"},
	}
	for _, c := range cases {
		if got := trimSiteSuffix(c.title, c.site); got != c.want {
			t.Errorf("trimSiteSuffix(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

func TestImportTextTitle(t *testing.T) {
	cases := []struct{ in, title, first string }{
		{"Skip to main content\nAdvertisement\n\nReal Title Here\n\nThe first paragraph of the story is here.", "Real Title Here", "The first paragraph of the story is here."},
		{"\n\n  A Title  \nA Title\nBody text follows the title here.", "A Title", "Body text follows the title here."},
	}
	for _, c := range cases {
		b, err := Import("t.txt", []byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != c.title || len(b.Sections) == 0 || b.Sections[0].Paragraphs[0] != c.first {
			t.Errorf("Import(%q): title %q, sections %+v", c.in, b.Title, b.Sections)
		}
	}
}

func TestMarkdownTablesAndRawHTML(t *testing.T) {
	in := "---\ntitle: T\n---\n\nIntro with ~~struck~~ text.\n\n| Team | Score |\n|------|-------|\n| Reds | **3** |\n\n" +
		"<div class=\"note\"><p>Raw <em>HTML</em> note.</p><!-- hidden --></div>\n\n<!-- a comment only -->\n\nLast paragraph.\n"
	b, err := Import("t.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Intro with struck text.", "Team | Score", "Reds | 3", "Raw HTML note.", "Last paragraph."}
	if len(b.Sections) != 1 || !reflect.DeepEqual(b.Sections[0].Paragraphs, want) {
		t.Fatalf("sections %+v, want one with %q", b.Sections, want)
	}
	var styled []string
	for _, s := range b.Styles {
		styled = append(styled, string(s.Kind)+":"+b.Text(s.Span))
	}
	if !reflect.DeepEqual(styled, []string{"del:struck", "strong:3", "em:HTML"}) {
		t.Errorf("styles %q", styled)
	}
}

func TestTextPastedWithoutATitleKeepsItsBody(t *testing.T) {
	para := "The city council voted on Tuesday to close two libraries and merge their collections into a new central branch, " +
		"a plan that critics said would leave the northern districts without a reading room, while supporters argued it would save money."
	b, err := Import("pasted.txt", []byte(para+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "" || len(b.Sections) != 1 || len(b.Sections[0].Paragraphs) != 1 || b.Sections[0].Paragraphs[0] != para {
		t.Errorf("title %q, sections %+v: want no title and the paragraph as the body", b.Title, b.Sections)
	}
	if b.DisplayTitle() != "pasted.txt" {
		t.Errorf("DisplayTitle = %q, want the file name", b.DisplayTitle())
	}
	short, err := Import("a.txt", []byte("Council closes two libraries\n\n"+para+"\n"))
	if err != nil || short.Title != "Council closes two libraries" {
		t.Errorf("a short first line should stay the title: %q, %v", short.Title, err)
	}
}
