package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestMoreHeadLinesOverTheArticle: lines a page sets over its article
// leave the body, in a saved page and in a paste: a byline that names the
// kind of piece ("Eine Kolumne von …") or opens with a date in German
// ("Dienstag, 13. Mai 2014, von …"), which give the authors; a byline
// whose name the page left empty ("Written by on …"); a skip link; a
// label ("Advertorial"); a reading time beside a date, which gives the
// published date of a saved page that names none.
func TestMoreHeadLinesOverTheArticle(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
	}
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
