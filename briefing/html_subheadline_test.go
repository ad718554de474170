package briefing

import (
	"strings"
	"testing"
)

// TestLineUnderTheHeadlineIsTheStandfirst: the line a page sets right
// under its headline, in a heading or a paragraph of its own (also after
// the header that holds the headline, or in a wrapper of its own), is the
// standfirst, which readability leaves out. A short kicker there, a byline,
// a line of links, and a blog's tagline under its linked name are not.
func TestLineUnderTheHeadlineIsTheStandfirst(t *testing.T) {
	sf := "Divers found cracks along half the north pier, and the harbour board wants it rebuilt before spring"
	body := `<div class="content"><p>The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.</p>
<p>The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.</p>
<p>The board meets again in March, when it is to choose the builder from the four firms that have sent their offers so far, and to set the pier's new height.</p></div>`
	page := func(head string) string {
		return `<html><head><title>North pier to be rebuilt</title></head><body><article>` + head + `<ul class="info"><li>By Jane Roe</li></ul>` + body + `</article></body></html>`
	}
	for _, tc := range []struct{ name, head, want string }{
		{"h2 under h1", "<h1>North pier to be rebuilt</h1>\n<h2>" + sf + "</h2>", sf},
		{"after the header", "<header><h1>North pier to be rebuilt</h1></header><h2>" + sf + "</h2>", sf},
		{"in a wrapper", "<h1>North pier to be rebuilt</h1><div><h2>" + sf + "</h2></div>", sf},
		{"a kicker", "<h1>North pier to be rebuilt</h1><h2>Harbour works, part two</h2>", ""},
		{"links", "<h1>North pier to be rebuilt</h1><p><a href='/a'>" + sf + "</a></p>", ""},
		{"a byline", "<h1>North pier to be rebuilt</h1><h2>Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann</h2>", ""},
		{"a blog's tagline", "<h1><a href='/'>North pier to be rebuilt</a></h1><p>" + sf + "</p>", ""},
	} {
		b, err := Import("page.html", []byte(page(tc.head)))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != tc.want {
			t.Errorf("%s: standfirst %q, want %q", tc.name, b.Standfirst, tc.want)
		}
		if strings.Count(shownText(b), "Divers found cracks") > 1 {
			t.Errorf("%s: the standfirst is read twice", tc.name)
		}
	}
}
