package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageLeadCaption checks that the caption of a saved article's
// lead image, set between the headline and the article's body where
// readability leaves it out, is the article's caption with its credit,
// whether the credit is set apart by its class or written after the
// caption; and that a figure after the text starts is not taken.
func TestSavedPageLeadCaption(t *testing.T) {
	body := `<div class="story-body">` +
		strings.Repeat(`<p>The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years, and said the money would pay for new boats.</p>`, 6) +
		`</div>`
	page := func(figure string) string {
		return `<html><head><title>Ferry fares to rise - Harbour News</title></head><body><nav><a href="/">Home</a></nav><main>` +
			`<h1>Ferry fares to rise by a fifth in the spring</h1>` + figure + body + `</main></body></html>`
	}
	tests := []struct {
		name, figure string
		want         []Caption
	}{
		{"credit by class", `<figure><img src="a.jpg" alt="A ferry"><figcaption>A ferry leaves the quay at dawn. <span class="credit">Photo: Sam Lee / Harbour News</span></figcaption></figure>`,
			[]Caption{{Text: "A ferry leaves the quay at dawn.", Credit: "Photo: Sam Lee / Harbour News"}}},
		{"credit alone", `<figure><img src="a.jpg" alt="A ferry"><figcaption><div class="caption-credit">Sam Lee</div></figcaption></figure>`,
			[]Caption{{Credit: "Sam Lee"}}},
		{"no figure", ``, nil},
	}
	for _, tt := range tests {
		b, err := Import(tt.name+".html", []byte(page(tt.figure)))
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Captions) != len(tt.want) || len(tt.want) > 0 && b.Captions[0] != tt.want[0] {
			t.Errorf("%s: captions %+v, want %+v", tt.name, b.Captions, tt.want)
		}
	}
}

// TestSavedPageHeadingsAndSiteName checks that the mark a page links each
// heading to its own place with ("#") is no part of the heading, and that
// a site name given as a web address is read as its host.
func TestSavedPageHeadingsAndSiteName(t *testing.T) {
	page := `<html><head><title>Standalone Wasm</title><meta property="og:site_name" content="http://www.harbour.example"></head><body><article>` +
		`<h1>Standalone Wasm</h1>` + strings.Repeat(`<p>The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.</p>`, 3) +
		`<h2 id="loader">Write your own loader <a href="#loader" class="bookmark">#</a></h2>` +
		strings.Repeat(`<p>Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.</p>`, 3) +
		`</article></body></html>`
	b, err := Import("wasm.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sections) != 2 || b.Sections[1].Heading != "Write your own loader" {
		t.Errorf("sections %d, second heading %q; want 2 and \"Write your own loader\"", len(b.Sections), b.Sections[len(b.Sections)-1].Heading)
	}
	if b.Source != "harbour.example" {
		t.Errorf("source %q, want harbour.example", b.Source)
	}
}
