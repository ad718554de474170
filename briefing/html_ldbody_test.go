package briefing

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestArticleBodyFromJSONLD reads a page that shows only its teaser and a
// subscription pitch, but carries the whole article in its JSON-LD, as the
// whole article; a page that shows the whole article keeps its own text,
// and a JSON-LD body of another article is not read.
func TestArticleBodyFromJSONLD(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to close the eastern quay for repairs that are expected to last until the spring.",
		"Ferry operators said the closure would force them to move their morning sailings to the western pier, where berths are already scarce.",
		"The board's chair told the meeting that the quay's timber piles had rotted faster than engineers had predicted in their last survey.",
		"Fishing crews, who land most of their catch at the eastern quay, asked for a temporary pontoon and were promised an answer next week.",
		"The repairs are estimated to cost four million pounds, half of it from the regional development fund and half from harbour dues.",
		"Residents of the streets behind the quay welcomed the decision but asked that lorries be kept away from the seafront during the works.",
	}
	ld := func(headline string, body string) string {
		b, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline, "articleBody": body})
		return `<script type="application/ld+json">` + string(b) + `</script>`
	}
	page := func(head, article string) string {
		return `<html><head><title>Harbour board closes the eastern quay</title>` + head + `</head><body><article><h1>Harbour board closes the eastern quay</h1>` + article + `</article></body></html>`
	}
	teaser := `<p>` + paras[0] + `</p><div class="paywall"><p>Subscribe to keep reading.</p><p>Already a subscriber? Log in.</p></div>`
	var whole strings.Builder
	for _, p := range paras {
		whole.WriteString("<p>" + p + "</p>")
	}
	read := func(t *testing.T, src string) string {
		t.Helper()
		b, err := Import("page.html", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, s := range b.Sections {
			out = append(out, s.Paragraphs...)
		}
		return strings.Join(out, "\n")
	}
	t.Run("teaser, plain-text body", func(t *testing.T) {
		got := read(t, page(ld("Harbour board closes the eastern quay", strings.Join(paras, "\n")), teaser))
		if got != strings.Join(paras, "\n") {
			t.Errorf("read\n%s\nwant the six paragraphs of the JSON-LD body", got)
		}
	})
	t.Run("teaser, HTML body", func(t *testing.T) {
		got := read(t, page(ld("Harbour board closes the eastern quay", whole.String()), teaser))
		if got != strings.Join(paras, "\n") {
			t.Errorf("read\n%s\nwant the six paragraphs of the JSON-LD body", got)
		}
	})
	t.Run("whole article shown", func(t *testing.T) {
		short := strings.Join(paras[:3], " ") // a shorter summary in the JSON-LD
		got := read(t, page(ld("Harbour board closes the eastern quay", short+" "+short), whole.String()))
		if got != strings.Join(paras, "\n") {
			t.Errorf("read\n%s\nwant the page's own six paragraphs", got)
		}
	})
	t.Run("body of another article", func(t *testing.T) {
		got := read(t, page(ld("Council approves new cycle lanes on the ring road", strings.Join(paras, "\n")), teaser))
		if strings.Contains(got, paras[3]) {
			t.Errorf("read another article's JSON-LD body:\n%s", got)
		}
	})
}

// TestArticleBodyFromJSONLDIsTheSameEveryTime: a JSON-LD object that holds
// two bodies under the page's headline gives the same article on every
// import (the keys are read in order, not in a map's random order).
func TestArticleBodyFromJSONLDIsTheSameEveryTime(t *testing.T) {
	body := func(word string) map[string]any {
		text := strings.Repeat("The harbour board voted on Tuesday to close the "+word+" quay for repairs until spring. ", 12)
		return map[string]any{"headline": "Harbour board closes the quay", "articleBody": text}
	}
	ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "mainEntity": body("eastern"), "hasPart": body("western")})
	page := `<html><head><title>Harbour board closes the quay</title><script type="application/ld+json">` + string(ld) +
		`</script></head><body><article><h1>Harbour board closes the quay</h1><p>Subscribe to keep reading.</p></article></body></html>`
	first := ""
	for i := range 30 {
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		got := shownText(b)
		if !strings.Contains(got, "quay for repairs") {
			t.Fatalf("import %d: the JSON-LD body was not read:\n%s", i, got)
		}
		if i == 0 {
			first = got
		} else if got != first {
			t.Fatalf("import %d read another body:\n%s\nthen\n%s", i, first, got)
		}
	}
}
