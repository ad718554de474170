package briefing

import (
	"slices"
	"strings"
	"testing"
)

// para is the HTML of a paragraph of text s.
func para(s string) string { return "<p>" + s + "</p>\n" }

// savedBody imports a made-up saved page and returns its body as a reader
// sees it: each section's heading, marked "## ", over its paragraphs.
func savedBody(t *testing.T, page string) []string {
	t.Helper()
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return bodyBlocks(b)
}

// TestSavedPageLinksToOtherPages imports a made-up saved page whose article
// holds links to other stories between its paragraphs, a tag, a gallery's
// count and a link that shows its address: the links to other pages and
// the count leave the body; the article's paragraphs, its links inside
// sentences, its linked headings and the address stay.
func TestSavedPageLinksToOtherPages(t *testing.T) {
	page := "<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>\n" +
		para("The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.") +
		para(`<a href="/ferries">Ferry fares to rise as the south quay fills up</a>`) +
		para(`Read more: <a href="https://harbour.example/storms">How the winter storms battered the coast</a>`) +
		para(`Work is to start in the spring and last two years, the council said in <a href="https://harbour.example/statement">a statement</a> on its website.`) +
		para(`<a href="tag/piers">piers</a>`) +
		para("14") +
		`<h2><a href="https://harbour.example/plans">The plans</a></h2>` + "\n" +
		`<h3>Gallery: The north pier | 14 Photos</h3>` +
		para("Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch in summer.") +
		para(`<a href="https://harbour.example/plans.pdf">https://harbour.example/plans.pdf</a>`) +
		para("The council will publish the plans next month and hear objections until the end of the year, before the contracts are signed.") +
		"</article></body></html>"
	body := savedBody(t, page)
	for _, gone := range []string{"Ferry fares to rise", "Read more:", "piers", "14", "## Gallery"} {
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

// TestSavedPageStoryCards checks that the cards of related stories after a
// saved article (a linked headline, a teaser, a date, a category) leave
// it, while a list article's linked headings, with no date under them,
// stay.
func TestSavedPageStoryCards(t *testing.T) {
	body := para("The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.") +
		para("Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said.")
	card := `<h4><a href="https://harbour.example/ferries">Ferry fares to rise in the spring</a></h4>` +
		para("The council set out new fares for the ferries on Monday, the first rise in four years.") + para("July 22, 2016") + para(`In "News"`)
	page := "<html><head><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1>" + body + card + "</article></body></html>"
	b, err := Import("pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sections) != 1 || len(b.Sections[0].Paragraphs) != 2 {
		t.Errorf("story card kept: %+v", b.Sections)
	}
	list := "<html><head><title>Films</title></head><body><article><h1>The best films of the year</h1>" +
		`<h2><a href="https://films.example/lady-bird">1) Lady Bird</a></h2>` + body +
		`<h2><a href="https://films.example/get-out">2) Get Out</a></h2>` + body + "</article></body></html>"
	b, err = Import("films.html", []byte(list))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sections) != 2 || b.Sections[0].Heading != "1) Lady Bird" {
		t.Errorf("list article's linked headings: %+v", b.Sections)
	}
}

// TestSavedPageCaptionsNearTheirAlt checks that a paragraph saying what an
// image's alt text says, in nearly the same words, is its caption, while a
// paragraph of the article that shares a few of its words stays.
func TestSavedPageCaptionsNearTheirAlt(t *testing.T) {
	const alt = "Workers clear the wreckage of the north pier in the back yard of the harbour office after the storm"
	const caption = "Workers clear the wreckage of the north pier in the backyard of the harbour office after the storm."
	const para = "Workers will clear the wreckage of the north pier over the summer, the council said, before the rebuilding starts in the spring."
	page := `<html><head><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1>` +
		`<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.</p>` +
		`<figure><img src="https://harbour.example/pier.jpg" alt="` + alt + `"></figure><ul><li><p>` + caption + `</p></li></ul>` +
		`<p>` + para + `</p></article></body></html>`
	b, err := Import("pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Join(b.Sections[0].Paragraphs, "\n")
	if strings.Contains(body, "backyard") || !strings.Contains(body, para) {
		t.Errorf("body %q, captions %q", body, b.Captions)
	}
	if len(b.Captions) != 1 || !strings.HasPrefix(b.Captions[0].Text, "Workers clear the wreckage") {
		t.Errorf("captions %q", b.Captions)
	}
}

// TestSavedPageRulesKeepArticleText sets, in a saved article, text that
// the rules for links, counts, cards, galleries and captions must leave
// alone: a sentence made of a link, years of a timeline, a score, a time,
// a phone number, a list article's entries with their dates, a sentence
// ending with a count of photos, and a paragraph that says what a chart
// with its own caption shows.
func TestSavedPageRulesKeepArticleText(t *testing.T) {
	long := func(s string) string {
		return para(s + " The council will hear objections until the end of the year, before the contracts are signed and work starts.")
	}
	entry := func(title, href, date, text string) string {
		return `<h2><a href="https://gallery.example/` + href + `">` + title + `</a></h2>` + para(date) + long(text)
	}
	body := long("The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter.") +
		para(`<a href="https://harbour.example/minutes.pdf">Councillors voted seven to six for the rebuilding, the minutes show</a>.`) +
		para(`Update: <a href="https://harbour.example/date">The council has now set the date of the vote</a>.`) +
		para("<strong>1890</strong>") + long("The first pier was built of timber by the harbour company.") +
		para("Final score:") + para("3-2") + para("14:05") + para("You can call the harbour office free on:") + para("0800 555 0199") +
		entry("Turner and the Sea", "turner", "12 March 2025", "A room of storm paintings, lent from private collections.") +
		entry("The Mill Towns", "mills", "3 April 2025", "Photographs of the mills before they closed.") +
		para("The photographer spent a winter on the breakwater and came back with a record of the storms – 212 photos") +
		`<figure><img src="https://harbour.example/chart.png" alt="Chart showing traffic on the harbour road rising from 4,000 to 9,000 cars a day"><figcaption>Traffic on the harbour road</figcaption></figure>` +
		para("Traffic on the harbour road rose from 4,000 to 9,000 cars a day, the council says.") +
		long("Residents have until the end of the month to comment on the plan.")
	page := "<html><head><title>Pier</title></head><body><article><h1>Pier to be rebuilt</h1>" + body + "</article></body></html>"
	got := savedBody(t, page)
	for _, want := range []string{"Councillors voted seven to six", "Update: The council has now set", "1890", "3-2", "14:05", "0800 555 0199",
		"## Turner and the Sea", "12 March 2025", "## The Mill Towns", "3 April 2025", "The photographer spent a winter", "Traffic on the harbour road rose"} {
		if !slices.ContainsFunc(got, func(p string) bool { return strings.HasPrefix(p, want) }) {
			t.Errorf("%q left out of the body: %q", want, got)
		}
	}
}
