package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestArticleHeadsAsSitesWriteThem pastes an article under the heads of
// article pages as sites lay them out between the headline and the first
// paragraph (bylines with roles, dates, updates and handles; share bars,
// players, reading times, comment counts, font buttons; in English,
// Spanish, French, German and Italian), and checks that the author is
// read, that the body opens with the article's first paragraph and that
// the article is whole.
func TestArticleHeadsAsSitesWriteThem(t *testing.T) {
	heads := []string{
		"Lena Marsh\nTue 3 Mar 2023 14.05 GMT\nLast modified on Tue 3 Mar 2023 16.20 GMT\nShare on Facebook\nShare on Twitter\nShare via Email",
		"By Lena Marsh\nPublished March 3, 2023 at 2:05 p.m. | Updated March 3, 2023 at 4:20 p.m.\n\nListen to this article\n0:00 / 5:32\n1x",
		"By Lena Marsh, Harbour Correspondent\n\nMarch 3, 2023\n\nFont size\nA\nA\nA",
		"Lena Marsh\n@lenamarsh\n\nMar 3, 2023, 2:05 PM\n\n12 Comments",
		"Written by Lena Marsh\nEdited by John Doe\nFact checked by Ann Lee",
		"By Lena Marsh | 3 March 2023 | 4 min read\n\nShare\n\nSave",
		"Lena Marsh • Senior Reporter\n3 March 2023\n\nShare this article\nCopy link",
		"3 March 2023\nLena Marsh\n\nReading time: 4 minutes",
		"By Lena Marsh\n\nMarch 3, 2023 / 2:05 PM / Updated 2 hours ago",
		"POSTED BY LENA MARSH ON MARCH 3, 2023\n\nLEAVE A COMMENT",
		"Lena Marsh\nHarbour Reporter\nFollow\n\nPublished Mar 3, 2023\n\nGift this article",
		"Opinion by Lena Marsh\nContributing columnist\nMarch 3, 2023 at 2:05 p.m. EST\n\nAdd to your saved stories\nSave",
		"Lena Marsh\nMarch 3, 2023 · 4 min read\n\nListen\n\nShare",
		"By Lena Marsh\nMarch 3, 2023\nAA\nShare",
		"By LENA MARSH\nAssociated Press\nMarch 3, 2023, 2:05 PM\n\n• 4 min read\n\nShare to Facebook\nShare to Twitter\nEmail this article",
		"Lena Marsh\nMon 3 Mar 2023 // 14:05 UTC\n\n17\nComment",
		"Lena Marsh\n3 March 2023, 2:05 pm\n\nIn this story:\nHarbour Council",
		"Updated: 3 March 2023 14:05 GMT\nBy Lena Marsh\nHarbour Editor\n\nFollow",
		"Lena Marsh\nPolitical reporter\n\nPublished: 3 March 2023\n\nLast updated: 3 March 2023\n\nComments\n\nShare\nTweet\nEmail",
		"Por Lena Marsh\n3 de marzo de 2023\n\nCompartir\nComentarios",
		"Par Lena Marsh\nPublié le 03 mars 2023 à 14h05\nMis à jour le 03 mars 2023 à 16h20\n\nLecture 4 min.\n\nPartager",
		"Von Lena Marsh\n03.03.2023, 14:05 Uhr\n\nLesezeit: 4 Min.\n\nTeilen",
		"di Lena Marsh\n3 marzo 2023\n\nCondividi",
	}
	paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
	for _, h := range heads {
		b := importShape(t, "North pier to be rebuilt after years of argument\n\n"+h+"\n\n"+shapeBody)
		if strings.Join(b.Authors, ";") != "Lena Marsh" {
			t.Errorf("%q: authors %q, want Lena Marsh", h, b.Authors)
		}
		body := strings.TrimSpace(bodyText(b))
		if !strings.HasPrefix(body, paras[0]) {
			t.Errorf("%q: the body opens %q", h, clip(body, 60))
		}
		checkBody(t, body, nil, paras)
	}
}

// TestKickerOverTheHeadline pastes an article that opens with a section's
// label over its headline, as a selection may start, and checks that the
// headline is the title (a label of two words in lower case is known by
// its words, see sections.txt); and that a headline of two words stays
// the title.
func TestKickerOverTheHeadline(t *testing.T) {
	const title = "North pier to be rebuilt after years of argument"
	for _, k := range []string{"Politics", "UK NEWS", "Harbour", "Transport / Harbour", "News > Harbour", "Exclusive", "Analysis",
		"Opinion", "Climate crisis", "Local government", "Economía", "Business\nEconomy", "LIVE", "Harbour News", "Politik", "Sociedad",
		"Home\nNews\nHarbour", "Science | Oceans", "WORLD NEWS", "3 March 2023", "Breaking News", "Explainer"} {
		for _, page := range []string{
			k + "\n\n" + title + "\n\nBy Lena Marsh\n\n" + shapeBody,
			k + "\n" + title + "\nBy Lena Marsh\n\n" + shapeBody,
		} {
			if b := importShape(t, page); b.Title != title {
				t.Errorf("%q: title %q", page[:min(len(page), 60)], b.Title)
			}
		}
	}
	for _, c := range []struct{ page, title string }{
		{"Ferry strike\n\nBy Lena Marsh\n\n" + shapeBody, "Ferry strike"},
		{"Ferry strike\n\n" + shapeBody, "Ferry strike"},
		{"Brexit explained\n\nLena Marsh\n3 March 2023\n\n" + shapeBody, "Brexit explained"},
		{"Pier reborn\n\nThe town's pier will be rebuilt, the council says.\n\nBy Lena Marsh\n\n" + shapeBody, "Pier reborn"},
		{"Harbour diary\n\nShare\nTweet\n\nBy Lena Marsh\n\n" + shapeBody, "Harbour diary"},
		// From a review: a short headline over a standfirst, a question or a
		// caption stays the title.
		{"Ferry strike\n\nCrews walk out over pay as the summer season begins\n\nBy Lena Marsh\n\n" + shapeBody, "Ferry strike"},
		{"Ferry strike\n\nWho is to blame for the walkout?\n\nBy Lena Marsh\n\n" + shapeBody, "Ferry strike"},
		{"Brexit explained\n\nCrews gather at the terminal on Monday morning\n\nBy Lena Marsh\n\n" + shapeBody, "Brexit explained"},
		{"Brexit explained\n\nWhat the deal means for the ferries\n\n" + shapeBody, "Brexit explained"},
		{"Climate crisis\n\nSea levels rise faster on the north coast\n\nScientists say the harbour towns have a decade to prepare.\n\nBy Lena Marsh\n\n" + shapeBody, "Sea levels rise faster on the north coast"},
		// From a third review: menus and tickers under a site's name.
		{"Harbour Courier\n\nHome News Sport Opinion Culture\n\nNorth pier to be rebuilt\n\nBy Lena Marsh\n\n" + shapeBody, "North pier to be rebuilt"},
		{"Harbour Courier\n\nLive: Ferry strike called off after late-night talks\n\nNorth pier to be rebuilt\n\nBy Lena Marsh\n\n" + shapeBody, "North pier to be rebuilt"},
	} {
		if b := importShape(t, c.page); b.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.page[:20], b.Title, c.title)
		}
	}
}

// TestSubheadingRightUnderTheByline checks that an article whose first
// paragraph comes under a subheading right under its byline, or its date,
// keeps that subheading.
func TestSubheadingRightUnderTheByline(t *testing.T) {
	for _, h := range []string{"The Plan", "Background", "What we know so far"} {
		for _, head := range []string{"By Lena Marsh", "Lena Marsh\nMarch 3, 2023"} {
			b := importShape(t, "North pier to be rebuilt\n\n"+head+"\n\n"+h+"\n\n"+shapeBody)
			if len(b.Sections) == 0 || b.Sections[0].Heading != h && (len(b.Sections) < 2 || b.Sections[1].Heading != h) {
				t.Errorf("%q under %q: sections %d, first heading %q", h, head, len(b.Sections), b.Sections[0].Heading)
			}
			checkBody(t, bodyText(b), nil, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
		}
	}
}

// TestBylinesOfMoreShapes checks bylines in shapes a first set of site
// pastes showed (once held out, then tuned on): a blog's "Posted by … at
// 9:14 AM" under the post, a name in a place over the page's buttons,
// authors each with their outlet, a role in sentence case glued to the
// name, a second author on a line of its own past a "Follow" button, a
// byline between the standfirst and the article, a date, the reading time
// and the name.
func TestBylinesOfMoreShapes(t *testing.T) {
	const dek = "Eighteen months after the council capped the fares, some ferries still charge more through a loophole."
	for _, c := range []struct {
		page string
		want []string
	}{
		{"North pier to be rebuilt\n\n" + shapeBody + "\n\nPosted by Anna Berg at 9:14 AM\nLabels: harbour, pier\n", []string{"Anna Berg"}},
		{"North pier to be rebuilt\n\nAnna Berg in Rotterdam\nAdd to my list\nSave\n\n" + shapeBody, []string{"Anna Berg"}},
		{"North pier to be rebuilt\n" + dek + "\n\nby Anna Berg, The Harbour Courier, and Piet Vos, Tide News\nMarch 3, 2023, 5 a.m. EST\n\n" + shapeBody, []string{"Anna Berg", "Piet Vos"}},
		{"North pier to be rebuilt\n\nAnna Berg Transport reporter\nPublished March 3, 2023\n\n" + shapeBody, []string{"Anna Berg"}},
		{"North pier to be rebuilt\n\nBy Anna Berg\nFollow\nand Piet Vos\nFollow\nUpdated March 3, 2023 5:32 pm ET\n\n" + shapeBody, []string{"Anna Berg", "Piet Vos"}},
		{"North pier to be rebuilt\n\nMarch 3, 2023 · 5 min · Anna Berg\n\n" + shapeBody, []string{"Anna Berg"}},
	} {
		b := importShape(t, c.page)
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.page[25:min(len(c.page), 90)], b.Authors, c.want)
		}
		checkBody(t, bodyText(b), []string{"Posted by", "Follow", "Anna Berg"}, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
	}
}

// TestWholePageTitle checks that a paste that opens with the page's title,
// the headline and the site's name, over the whole page, takes the
// headline standing above the article for its title, and that a headline
// with a dash in it stays whole.
func TestWholePageTitle(t *testing.T) {
	var menu []string
	for i := 0; i < 8; i++ {
		menu = append(menu, []string{"Home", "News", "Sport", "Weather", "Culture", "Travel"}[i%6])
	}
	const title = "North pier to be rebuilt after years of argument"
	page := title + " - Harbour News\n\nAccessibility links\n\n" + strings.Join(menu[:8], "\n") + "\n\n" + title + "\n\n3 March 2023\nFrom the section Harbour\n12 comments\n\n" + shapeBody
	if b := importShape(t, page); b.Title != title || b.Standfirst != "" {
		t.Errorf("page title over the page: title %q, standfirst %q, want %q and none", b.Title, b.Standfirst, title)
	}
	const dashed = "Brexit - what happens to the ferries next"
	if b := importShape(t, dashed+"\n\nBy Lena Marsh\n\n"+shapeBody); b.Title != dashed {
		t.Errorf("dashed headline: title %q", b.Title)
	}
}

// TestTitleOverAMenu checks the title of a page pasted whole whose first
// line is the site's (a short name, a sign-in prompt) over its menus: the
// headline standing above the article is the title. A short headline over
// the article's own table of contents, or over a share bar, stays.
func TestTitleOverAMenu(t *testing.T) {
	const head = "Harbour council backs rebuilding the north pier"
	menu := "Sport\nWeather\nCulture\nTravel\nPodcasts\nJobs\n"
	for _, c := range []struct{ name, page, want string }{
		{"site name", "Harbour Courier\n\n" + menu + "\n" + head + "\n\nBy Lena Marsh\n\n" + shapeBody, head},
		{"sign-in prompt", "Ready to publish?\n" + menu + "Sign in / Sign up\n\n" + head + "\n\nLena Marsh\n3 March 2023\n\n" + shapeBody, head},
		{"home link", "harbourcourier.example Home\n\n" + menu + "\n" + head + "\n\n" + shapeBody, head},
		{"short headline over a share bar", "Pier to be rebuilt\n\nShare\nTweet\nEmail\nPrint\n\nBy Lena Marsh\n\n" + shapeBody, "Pier to be rebuilt"},
		{"short headline over its contents", "Rebuilding the pier\n\nThe vote\nThe cost\nThe works\nThe season\nThe plans\nWhat comes next\n\n" +
			"Why the council chose to rebuild rather than repair\n\n" + shapeBody + "\nThe vote\n\n" + shapeBody + "\nThe cost\n\n" + shapeBody +
			"\nThe works\n\n" + shapeBody + "\nThe season\n\n" + shapeBody + "\nThe plans\n\n" + shapeBody + "\nWhat comes next\n\n" + shapeBody, "Rebuilding the pier"},
		{"short headline over a long share bar", "The last ferry\n\nShare\nFacebook\nTwitter\nEmail\nCopy link\nSave\n\nFor forty years the boat was the only way on or off the island\n\nBy Lena Marsh\n\n" + shapeBody, "The last ferry"},
		{"short headline over a fact box", "Meet the new mayor\n\nAge: 47\nBorn: Leeds\nParty: Labour\nChildren: Two\nHobby: Fell running\n\nEarly Life in the Mill Towns\n\n" + shapeBody, "Meet the new mayor"},
		{"a first line mostly controls, a headline among ads and share buttons", "harbournews back to harbournews home news\n\n" + menu + "\nAdChoices\n" + head + "\nHarbour Insider\nLena Marsh  1 day ago\nSHARE\nSHARE\nTWEET\nEMAIL\n\n" + shapeBody, head},
		{"long first line", "The harbour council meets on Tuesday about the pier\n\n" + menu + "\n" + head + "\n\n" + shapeBody, "The harbour council meets on Tuesday about the pier"},
	} {
		if b := importShape(t, c.page); b.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, b.Title, c.want)
		}
	}
}

// TestHeadlineOverItsStandfirst checks the head of a paste whose headline
// and standfirst both lack a full stop, under a section's label: the
// shorter line above is the headline, the longer one the standfirst; that
// the headline said again over the byline is no standfirst; and that a
// short line right under the headline (a site's, a caption, an update) is
// none either.
func TestHeadlineOverItsStandfirst(t *testing.T) {
	const head = "Glaciers melt faster than feared"
	const dek = "A new survey of the Alps finds the ice thinning at twice the rate of a decade ago"
	const long = "Ferry fares to rise in the spring as the council meets the cost of the pier"
	for _, c := range []struct{ name, page, title, standfirst string }{
		{"under a label", "Climate crisis\n\n" + head + "\n\n" + dek + "\n\nBy Lena Marsh\n\n" + shapeBody, head, dek},
		{"kicker over a headline over the byline, under a menu", "Skip to main content\nHome\nNews\nSport\nBusiness\nCulture\nWeather\nSign in\n\nCost of living\n\n" + long + "\n\nBy Lena Marsh\n\n" + shapeBody, long, ""},
		{"headline said again", long + "\n\n" + long + "\n\nBy Lena Marsh\n\n" + shapeBody, long, ""},
		{"headline said again, tight", long + "\n" + long + "\nLena Marsh  March 9, 2017 13\n" + shapeBody, long, ""},
		{"a site's line under the headline", head + "\n\nListen to this article.\n\nBy Lena Marsh\n\n" + shapeBody, head, ""},
		{"a newsletter's ask under the headline", head + "\n\nSign up for our newsletter.\n\nBy Lena Marsh\n\n" + shapeBody, head, ""},
		{"a photo's caption under the headline", head + "\n\nFirefighters at the scene on Tuesday.\n\nBy Lena Marsh\n\n" + shapeBody, head, ""},
		{"an update line under the headline", head + "\n\nLast updated two hours ago.\n\nBy Lena Marsh\n\n" + shapeBody, head, ""},
	} {
		b := importShape(t, c.page)
		if b.Title != c.title || b.Standfirst != c.standfirst {
			t.Errorf("%s: title %q, standfirst %q; want %q, %q", c.name, b.Title, b.Standfirst, c.title, c.standfirst)
		}
	}
}

// TestWholePageHeadOverItsStandfirstAndPhoto checks a page pasted whole
// whose first line is the site's name and a control, over menus with
// two-word labels over an app's name, then the headline, its photo's
// caption, a standfirst without a full stop and the byline: the headline
// is the title, the byline's names the authors (not a menu's label), and
// the standfirst is kept as one.
func TestWholePageHeadOverItsStandfirstAndPhoto(t *testing.T) {
	const head = "'What is the harbour telling us?': fishermen fear for the north pier"
	const dek = "The fishing families of the north shore worry that the storms of recent winters are only the start"
	page := "Harbour News - Back to home\n\nSport\nWeather\nCulture\nTravel\nPodcasts\nDigital Archive\nDiscount Codes\nThe Harbour News app\nJobs\n\n" +
		"Harbour life\n\n" + head + "\n\nWorkers repair the pier. Photograph: Jane Roe for Harbour News\n\n" + dek + "\n\n" +
		"by Lena Marsh (reporting) and Piet Vos (photography)\n\n" + shapeBody
	b := importShape(t, page)
	if b.Title != head || !reflect.DeepEqual(b.Authors, []string{"Lena Marsh", "Piet Vos"}) || b.Standfirst != dek {
		t.Errorf("title %q, authors %q, standfirst %q", b.Title, b.Authors, b.Standfirst)
	}
}
