package briefing

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStampsOverTheArticle: a date alone (in a paragraph or a list item)
// and a reading time over a saved page's article are its stamps: they
// leave the body, and the date is the published date when the page's
// metadata names none. A date alone inside the article, after its first
// long paragraph (a timeline's), stays.
func TestStampsOverTheArticle(t *testing.T) {
	long := "The city council voted on Tuesday to close the old ferry terminal by the end of the year, after an inspection found its pilings rotten along the whole of the quay."
	page := `<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>
<ul><li>31.03.2020</li><li>6 Min.</li></ul>
<p>9. Dezember 2013</p>
<p>` + long + `</p>
<p>March 3, 2024</p>
<p>` + long + `</p></article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, stamp := range []string{"31.03.2020", "6 Min.", "9. Dezember 2013"} {
		if strings.Contains(body, stamp) {
			t.Errorf("the body keeps the stamp %q:\n%s", stamp, body)
		}
	}
	if !strings.Contains(body, "March 3, 2024") {
		t.Errorf("the body lost the date inside the article:\n%s", body)
	}
	if want := time.Date(2020, 3, 31, 0, 0, 0, 0, time.UTC); !b.Published.Equal(want) {
		t.Errorf("published %v, want %v", b.Published, want)
	}
}

// TestStampsWithPartsOverTheArticle: a date between bars with a section
// or a time, and a place with a date (as a press release opens), are
// stamps over the article; a date beside a name keeps the name in view.
func TestStampsWithPartsOverTheArticle(t *testing.T) {
	long := "The city council voted on Tuesday to close the old ferry terminal by the end of the year, after an inspection found its pilings rotten along the whole of the quay."
	for _, tc := range []struct {
		line, dateline string
		stamp          bool
		published      time.Time
	}{
		{"24. April 2020 | Pressemitteilungen", "", true, time.Date(2020, 4, 24, 0, 0, 0, 0, time.UTC)},
		{"01.02.2022 | 13:10 Uhr", "", true, time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)},
		{"Hamburg, 2. November 2021", "Hamburg", true, time.Date(2021, 11, 2, 0, 0, 0, 0, time.UTC)},
		{"04.02.2022 | 13:10 Uhr | Uta Helkenberg", "", false, time.Time{}},
		{"Policy | March 3, 2024 | The vote was close.", "", false, time.Time{}},
	} {
		page := `<html><head><title>Ferry terminal to close</title></head><body><article><h1>Ferry terminal to close</h1>
<p>` + tc.line + `</p><p>` + long + `</p><p>` + long + `</p></article></body></html>`
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if kept := strings.Contains(bodyText(b), tc.line); kept == tc.stamp {
			t.Errorf("%q: kept in the body %v, want %v", tc.line, kept, !tc.stamp)
		}
		if tc.stamp && (!b.Published.Equal(tc.published) || b.Dateline != tc.dateline) {
			t.Errorf("%q: published %v, dateline %q; want %v, %q", tc.line, b.Published, b.Dateline, tc.published, tc.dateline)
		}
	}
}

// TestNamesAloneOverTheArticle: a line of names alone over a saved page's
// article, without "By", is its byline when the page names no writer, or
// names the same one; a place over the article is none.
func TestNamesAloneOverTheArticle(t *testing.T) {
	long := "The city council voted on Tuesday to close the old ferry terminal by the end of the year, after an inspection found its pilings rotten along the whole of the quay."
	for _, tc := range []struct {
		meta, line string
		authors    []string
		kept       bool
	}{
		{"", "Thomas Steinberg", []string{"Thomas Steinberg"}, false},
		{`<meta name="author" content="Thomas Steinberg">`, "Thomas Steinberg", []string{"Thomas Steinberg"}, false},
		{"", "Golden Gate Bridge", nil, true},
	} {
		page := `<html><head><title>Ferry terminal to close</title>` + tc.meta + `</head><body><article><h1>Ferry terminal to close</h1>
<p>` + tc.line + `</p><p>` + long + `</p><p>` + long + `</p></article></body></html>`
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if kept := strings.Contains(bodyText(b), tc.line); kept != tc.kept || !slices.Equal(b.Authors, tc.authors) {
			t.Errorf("%q (meta %q): kept %v, authors %q; want kept %v, authors %q", tc.line, tc.meta, kept, b.Authors, tc.kept, tc.authors)
		}
	}
}
