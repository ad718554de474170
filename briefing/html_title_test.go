package briefing

import "testing"

// TestTitleIsTheHeadlineBeforeTheSite checks that a saved page whose title
// is its headline followed by the site's or the writer's name takes the
// headline, and that a title that only starts like the heading is kept.
func TestTitleIsTheHeadlineBeforeTheSite(t *testing.T) {
	const body = `<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.</p>` +
		`<p>Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said.</p>`
	for _, c := range []struct{ head, title, want string }{
		{"<article><h1>Mozilla</h1>", "Mozilla - Wikipedia", "Mozilla"},
		{`<header><h1 class="logo">Harbour News</h1></header><article>`, "Harbour News - Pier shut", "Harbour News - Pier shut"},
		{`<h1 class="logo"><a href="/">Harbour News</a></h1><article>`, "Harbour News - Pier shut", "Harbour News - Pier shut"},
	} {
		page := "<html><head><title>" + c.title + "</title></head><body>" + c.head + body + "</article></body></html>"
		b, err := Import("pier.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != c.want {
			t.Errorf("title %q under %q: got %q, want %q", c.title, c.head, b.Title, c.want)
		}
	}
	for title, want := range map[string]string{
		"Pier to be rebuilt - Lena Marsh ( lena ) ( lmarsh )": "Pier to be rebuilt",
		"Pier to be rebuilt · Harbour Notes":                  "Pier to be rebuilt",
		"Pier to be rebuilt after storms":                     "Pier to be rebuilt after storms",
	} {
		page := "<html><head><title>" + title + "</title></head><body><article><h1>Pier to be rebuilt</h1>" + body + "</article></body></html>"
		b, err := Import("pier.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != want {
			t.Errorf("title %q: got %q, want %q", title, b.Title, want)
		}
	}
}

// TestTitleWithTheSiteInBrackets: a page titled with its headline and the
// site's name in brackets shows the headline; a headline that itself ends
// in brackets stays whole.
func TestTitleWithTheSiteInBrackets(t *testing.T) {
	body := "<p>The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.</p>" +
		"<p>The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.</p>"
	for _, tc := range []struct{ title, h1, want string }{
		{"North pier to be rebuilt (Harbour Gazette)", "North pier to be rebuilt", "North pier to be rebuilt"},
		{"North pier to be rebuilt (and the south quay too)", "North pier to be rebuilt (and the south quay too)", "North pier to be rebuilt (and the south quay too)"},
	} {
		page := "<html><head><title>" + tc.title + "</title></head><body><article><h1>" + tc.h1 + "</h1>" + body + "</article></body></html>"
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != tc.want {
			t.Errorf("title %q under <h1>%s</h1>: got %q, want %q", tc.title, tc.h1, b.Title, tc.want)
		}
	}
}
