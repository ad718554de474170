package briefing

import (
	"slices"
	"strings"
	"testing"
)

// pierParagraphs are an article's two paragraphs under the lines the
// tests of this file set over them.
var pierParagraphs = []string{
	"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
	"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
}

// TestMoreHeadLinesOverTheArticle: lines a page sets over its article
// leave the body, in a saved page and in a paste: a byline that names the
// kind of piece ("Eine Kolumne von …") or opens with a date in German
// ("Dienstag, 13. Mai 2014, von …"), which give the authors; a byline
// whose name the page left empty ("Written by on …"); a byline with its
// date after the word for "on" ("VON MORITZ ROTH am 21. April 2020"); a skip link; a
// label ("Advertorial"); a reading time beside a date, which gives the
// published date of a saved page that names none.
func TestMoreHeadLinesOverTheArticle(t *testing.T) {
	paras := pierParagraphs
	for _, tc := range []struct {
		line    string
		authors []string
		date    string
	}{
		{"Eine Kolumne von Nils Pickert", []string{"Nils Pickert"}, ""},
		{"Ein Gastbeitrag von Dr. Uta Helkenberg", []string{"Dr. Uta Helkenberg"}, ""},
		{"An essay by Jane Roe", []string{"Jane Roe"}, ""},
		{"Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann", []string{"Dr. Sebastian Brüggemann"}, ""},
		{"Written by on November 7, 2023", nil, ""},
		{"Springe zum Inhalt", nil, ""},
		{"Advertorial", nil, ""},
		{"ca. 8 Min. 12.01.2022", nil, "2022-01-12"},
		{"VON MORITZ ROTH am 21. April 2020", []string{"Moritz Roth"}, ""},
		{"Par Jeanne Roux le 3 mars 2021", []string{"Jeanne Roux"}, ""},
	} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" + tc.line + "</p><p>" +
			strings.Join(paras, "</p><p>") + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + tc.line + "\n\n" + strings.Join(paras, "\n\n") + "\n"
		for name, src := range map[string]string{"page.html": page, "paste.txt": paste} {
			b, err := Import(name, []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := shownText(b), strings.Join(paras, " "); got != want {
				t.Errorf("%q, %s: read\n%s\nwant\n%s", tc.line, name, got, want)
			}
			if tc.authors != nil && !slices.Equal(b.Authors, tc.authors) {
				t.Errorf("%q, %s: authors %q, want %q", tc.line, name, b.Authors, tc.authors)
			}
			if tc.date != "" && name == "page.html" && b.Published.Format("2006-01-02") != tc.date {
				t.Errorf("%q, %s: published %v, want %s", tc.line, name, b.Published, tc.date)
			}
		}
	}
}

// TestBylineItemsAndLoneDatelines: a saved page that sets its byline as a
// list ("Von" in one item, the name in the next) loses the name from the
// body when it names the same writer in its metadata; a dateline set on a
// line of its own over the text ("Dübendorf -") becomes the dateline of a
// saved page and leaves a paste's body. A list of names with no writer named stays,
// and so does a line that only ends with a dash.
func TestBylineItemsAndLoneDatelines(t *testing.T) {
	paras := pierParagraphs
	body := "<p>" + strings.Join(paras, "</p><p>") + "</p>"
	page := `<html><head><title>North pier to be rebuilt</title><meta name="author" content="Thomas Steinberg"></head><body><article><h1>North pier to be rebuilt</h1>` +
		`<ul class="meta"><li><p>Von</p></li><li>Thomas Steinberg</li></ul><p>Dübendorf -</p>` + body + `</article></body></html>`
	paste := "North pier to be rebuilt\n\nDübendorf -\n\n" + strings.Join(paras, "\n\n") + "\n"
	for name, src := range map[string]string{"page.html": page, "paste.txt": paste} {
		b, err := Import(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := shownText(b), strings.Join(paras, " "); got != want {
			t.Errorf("%s: read\n%s\nwant\n%s", name, got, want)
		}
		if name == "page.html" && b.Dateline != "Dübendorf" {
			t.Errorf("%s: dateline %q, want Dübendorf", name, b.Dateline)
		}
	}

	// Names in a list over the article of a page that names no writer, and
	// a line that ends with a dash but is no place: kept.
	page = `<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1>` +
		`<p>On the board:</p><ul><li>Thomas Steinberg</li><li>Uta Helkenberg</li></ul><p>and then -</p>` + body + `</article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := shownText(b); !strings.Contains(got, "Thomas Steinberg Uta Helkenberg") || !strings.Contains(got, "and then -") {
		t.Errorf("names in a list, or a line with a dash, left the body: %s", got)
	}
}

// TestShareBarsAndStampsOverAPastedArticle pastes lines the benchmark's
// pages set between the headline and the article: share buttons in German,
// Spanish and Finnish, a share bar's names run together, a reading time
// and a stamp in German, a blog's count of comments on the post, a
// loading notice, the label of a table of contents. They leave the body;
// a byline in German gives the author.
func TestShareBarsAndStampsOverAPastedArticle(t *testing.T) {
	paras := pierParagraphs
	for _, tc := range []struct {
		line    string
		authors []string
	}{
		{"weiterleiten", nil},
		{"tweeten\nmailen", nil},
		{"teilen tweeten mailen kommentieren pdf download", nil},
		{"Teilen auf", nil},
		{"Compartir nota:", nil},
		{"Jaa artikkeli Twitterissä", nil},
		{"facebookfacebookMessengerwhatsapptwittermailpocket", nil},
		{"FacebookTwitterPinterestE-MailWhatsApp", nil},
		{"Lesedauer: 8 Min.", nil},
		{"Lesedauer ca. 4 Minuten", nil},
		{"Stand des Artikels: 26. Februar 2020, 12:30 Uhr.", nil},
		{"1 Comment on North pier to be rebuilt", nil},
		{"Laden...", nil},
		{"In diesem Artikel:", nil},
		{"geschrieben von Meike Neitz", []string{"Meike Neitz"}},
		{"Blog Beitrag von Margarita Koreneva", []string{"Margarita Koreneva"}},
	} {
		paste := "North pier to be rebuilt\n\n" + tc.line + "\n\n" + strings.Join(paras, "\n\n") + "\n"
		b := importShape(t, paste)
		if got, want := shownText(b), strings.Join(paras, " "); got != want {
			t.Errorf("%q: read\n%s\nwant\n%s", tc.line, got, want)
		}
		if tc.authors != nil && !slices.Equal(b.Authors, tc.authors) {
			t.Errorf("%q: authors %q, want %q", tc.line, b.Authors, tc.authors)
		}
	}
}
