package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestSavedPageLinksToOtherPages imports a made-up saved page whose article
// holds links to other stories between its paragraphs, a tag, a gallery's
// count and a link that shows its address: the links to other pages and
// the count leave the body; the article's paragraphs, its links inside
// sentences, its linked headings and the address stay.
func TestSavedPageLinksToOtherPages(t *testing.T) {
	p := func(s string) string { return "<p>" + s + "</p>\n" }
	page := "<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>\n" +
		p("The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.") +
		p(`<a href="/ferries">Ferry fares to rise as the south quay fills up</a>`) +
		p(`Read more: <a href="https://harbour.example/storms">How the winter storms battered the coast</a>`) +
		p(`Work is to start in the spring and last two years, the council said in <a href="https://harbour.example/statement">a statement</a> on its website.`) +
		p(`<a href="tag/piers">piers</a>`) +
		p("14") +
		`<h2><a href="https://harbour.example/plans">The plans</a></h2>` + "\n" +
		p("Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch in summer.") +
		p(`<a href="https://harbour.example/plans.pdf">https://harbour.example/plans.pdf</a>`) +
		p("The council will publish the plans next month and hear objections until the end of the year, before the contracts are signed.") +
		"</article></body></html>"
	b, err := Import("pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			body = append(body, "## "+s.Heading)
		}
		body = append(body, s.Paragraphs...)
	}
	for _, gone := range []string{"Ferry fares to rise", "Read more:", "piers", "14"} {
		if slices.ContainsFunc(body, func(p string) bool { return strings.HasPrefix(p, gone) }) {
			t.Errorf("%q kept in the body: %q", gone, body)
		}
	}
	for _, kept := range []string{"The harbour council voted", "Work is to start", "## The plans", "Fishermen welcomed", "https://harbour.example/plans.pdf", "The council will publish"} {
		if !slices.ContainsFunc(body, func(p string) bool { return strings.HasPrefix(p, kept) }) {
			t.Errorf("%q not kept in the body: %q", kept, body)
		}
	}
}
