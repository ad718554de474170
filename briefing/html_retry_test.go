package briefing

import (
	"strings"
	"testing"
)

// TestArticleInsideABoxNamedLikeAMargin reads the article of a page that
// sets it inside an element named like the page's margins ("above-footer"),
// which readability drops unread, leaving only the disclosure box beside
// it; a page whose article readability finds is read as before.
func TestArticleInsideABoxNamedLikeAMargin(t *testing.T) {
	paras := []string{
		"The airline said on Monday that it would join the alliance fully at the end of March, a year later than it had planned.",
		"Its chief executive told investors that the delay came from the work of joining the partners' booking and loyalty systems.",
		"Members of its frequent flyer programme will be able to earn and spend miles on the partners' flights from the same day.",
		"The carrier will also open a new lounge at its home airport, with room for three hundred passengers, before the summer.",
		"Analysts said the move would help it sell more long-haul tickets, where it has struggled against larger rivals until now.",
		"The alliance's other members welcomed the date and said that the first shared routes would be announced in the spring.",
		"Passengers who booked partner flights before the date will keep their fares, the airline said, and can change them for free.",
		"The company flew nearly forty million passengers last year, most of them on short routes along the coast and to the islands.",
		"It has ordered twelve new wide-body aircraft, the first of which is due to arrive at the end of next year from the factory.",
		"Unions representing its cabin crew said they had been promised that no jobs would move to the partners as a result of the deal.",
	}
	disclosure := `<div class="disclosure"><h2>Advertiser Disclosure</h2><p>Many of the offers that appear on this website are from companies from which this site receives compensation. This compensation may impact how and where products appear on this site, including, for example, the order in which they appear. This site does not include all companies or all offers available in the marketplace, and the editorial team's views are its own and not those of any advertiser or partner.</p><p>Opinions, reviews, analyses and recommendations are the author's alone, and have not been reviewed, endorsed or approved by any of these entities. Please see the bank's own pages for the terms of each offer.</p></div>`
	article := "<p>" + strings.Join(paras, "</p><p>") + "</p>"
	page := func(wrapper string) string {
		return `<html><head><title>Airline sets a date to join the alliance</title></head><body>` + disclosure +
			`<div class="` + wrapper + `"><div class="post-content"><h1>Airline sets a date to join the alliance</h1>` + article + `</div></div></body></html>`
	}
	for _, wrapper := range []string{"above-footer", "story"} {
		b, err := Import("page.html", []byte(page(wrapper)))
		if err != nil {
			t.Fatal(err)
		}
		got := shownText(b)
		if !strings.Contains(got, strings.Join(paras, " ")) {
			t.Errorf("article in %q: read\n%s\nwant the six paragraphs", wrapper, got)
		}
	}
}
