package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageStandfirst checks that a saved page's standfirst is read
// from the element its class marks ("dek", "standfirst", "lead", "intro") beside the
// headline, outside the article's text, that another story's in a box of
// the page is not, and that the body keeps the article whole.
func TestSavedPageStandfirst(t *testing.T) {
	body := `<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million crowns.</p>
<p>Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said in a statement.</p>
<p>Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch during the summer season.</p>`
	box := `<aside><div class="more"><div><div><h3>Ferry fares rise again</h3><p class="card-dek">The operator blames fuel costs for the third rise in two years, passengers say.</p></div></div></div></aside>`
	for _, c := range []struct {
		name, page, want string
	}{
		{"dek under the headline", `<html><body><main><header><h1>North pier to be rebuilt</h1>
<p class="article-dek">The vote ends two years of argument over whether the town can afford a new pier.</p></header><article>` + body + `</article></main>` + box + `</body></html>`,
			"The vote ends two years of argument over whether the town can afford a new pier."},
		{"intro under the headline", `<html><body><main><header><h1>North pier to be rebuilt</h1>
<p class="ts-intro">The vote ends two years of argument over whether the town can afford a new pier.</p></header><article>` + body + `</article></main>` + box + `</body></html>`,
			"The vote ends two years of argument over whether the town can afford a new pier."},
		{"lead under the headline", `<html><body><main><header><h1>North pier to be rebuilt</h1>
<p class="lead">The vote ends two years of argument over whether the town can afford a new pier.</p></header><article>` + body + `</article></main>` + box + `</body></html>`,
			"The vote ends two years of argument over whether the town can afford a new pier."},
		{"a box's dek only", `<html><body><article><h1>North pier to be rebuilt</h1>` + body + `</article>` + box + `</body></html>`, ""},
	} {
		b, err := Import("pier.html", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != c.want {
			t.Errorf("%s: standfirst %q, want %q", c.name, b.Standfirst, c.want)
		}
		if text := bodyText(b); !strings.Contains(text, "north pier") || !strings.Contains(text, "summer season") || strings.Contains(text, "two years of argument") {
			t.Errorf("%s: body:\n%s", c.name, text)
		}
	}
}

// TestSavedPageDekAndSentenceHeadings reads an article whose dek is set
// as a heading under a kicker, whose lead sentence is set as a heading,
// and whose real subheadings (one a question) must stay.
func TestSavedPageDekAndSentenceHeadings(t *testing.T) {
	long := "The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million."
	for name, top := range map[string]string{
		"itemprop": `<h4 class="post-upperdek">Local news —</h4><h2 itemprop="description">Storm-hit pier to be rebuilt by the spring.</h2>`,
		"class":    `<h2 class="article__dek">Storm-hit pier to be rebuilt by the spring.</h2>`,
		"sentence": `<h2>The old north pier, a landmark of the harbour for a century, will be rebuilt by the spring.</h2>`,
	} {
		page := `<html><head><title>Pier to be rebuilt</title></head><body><article>` + top + `
<p>` + long + `</p><h2>Who will pay for it?</h2><p>` + long + `</p>
<h2>The council said the state would pay for half of the work on the pier.</h2><p>` + long + `</p>
<h2>What comes next</h2><p>` + long + `</p></article></body></html>`
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var heads []string
		for _, s := range b.Sections {
			heads = append(heads, s.Heading)
		}
		if got := strings.Join(heads, "|"); got != "|Who will pay for it?|What comes next" {
			t.Errorf("%s: headings %q, want the lead section, the question and 'What comes next'", name, got)
		}
		if first := b.Sections[0].Paragraphs[0]; !strings.Contains(first, "rebuilt by the spring") {
			t.Errorf("%s: the article opens with %q, want the dek", name, first)
		}
		if body := bodyText(b); strings.Contains(body, "Local news") || !strings.Contains(body, "pay for half") {
			t.Errorf("%s: body\n%s", name, body)
		}
	}
}

// TestSavedPageStandfirstLeavesBylineAndCaption reads a standfirst whose
// wrapper's class names it too and holds, besides its paragraph, the
// byline and the main image's caption.
func TestSavedPageStandfirstLeavesBylineAndCaption(t *testing.T) {
	long := "Whale whisperer Hori Parata was seven years old when he attended his first mass stranding, a beaching of porpoises on the northern coast."
	page := `<html><head><title>What is the sea telling us?</title></head><body><header><div class="headline-container"><h1>What is the sea telling us?</h1></div>
<div class="content__wrapper--standfirst"><div class="content__standfirst">
<p>Whale experts worry that manmade changes in the ocean are behind the spike in beachings</p>
<p>by <span itemprop="author"><a rel="author" href="https://news.example/jane">Jane Roe</a></span> (reporting)</p></div>
<figcaption class="caption caption--immersive">Main image: A whale expert on the beach. Photograph: John Doe for the paper</figcaption></div></header>
<article><p>` + long + `</p><p>` + long + `</p><p>` + long + `</p></article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Whale experts worry that manmade changes in the ocean are behind the spike in beachings"; b.Standfirst != want {
		t.Errorf("standfirst %q, want %q", b.Standfirst, want)
	}
}
