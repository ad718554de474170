package briefing

import (
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
