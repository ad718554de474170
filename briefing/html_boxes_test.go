package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageBoxesLeaveTheBody drops the boxes a page sets inside its
// article, named so by their class or id (a rating, a share bar, a
// newsletter sign-up, related stories, text for screen readers only), and
// keeps an article whose own wrapper happens to carry such a name.
func TestSavedPageBoxesLeaveTheBody(t *testing.T) {
	paras := []string{
		"Bumblebees wake earlier each spring, and the flowers they need are not always open when they do.",
		"Gardeners can help by planting willow and crocus, which flower in the first warm weeks of the year.",
		"A nest box is rarely taken up, the society says; an undisturbed corner of long grass does more good.",
		"Volunteers counted eleven species in the town's parks last year, two more than in the survey before.",
	}
	body := "<p>" + strings.Join(paras[:2], "</p><p>") + "</p>" +
		`<div class="post-ratings"><strong>War der Artikel nützlich?</strong> (95 Stimmen)</div>` +
		`<section class="hidden pb-10" id="article-banner-signup"><p>Jetzt für unseren Newsletter anmelden</p></section>` +
		`<span class="sr-only">Opens in a new window</span>` +
		"<p>" + strings.Join(paras[2:], "</p><p>") + "</p>" +
		`<div class="share_buttons"><p>Möchten Sie den Artikel teilen?</p></div>` +
		`<aside class="related-articles"><h3>Verwandte Artikel</h3><p>Wildbienen im Winter</p></aside>`
	page := func(article string) string {
		return `<html><head><title>Hummeln im Frühling</title></head><body><main><article><h1>Hummeln im Frühling</h1>` + article + `</article></main></body></html>`
	}
	read := func(t *testing.T, src string) string {
		t.Helper()
		b, err := Import("page.html", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return shownText(b)
	}
	want := strings.Join(paras, " ")
	if got := read(t, page(body)); got != want {
		t.Errorf("read\n%s\nwant\n%s", got, want)
	}
	// The article's own wrapper named like a box, or not one ("non-paywall").
	for _, wrapper := range []string{`<div class="entry-content comments-enabled">`, `<section class="row non-paywall">`} {
		got := read(t, page(wrapper+"<p>"+strings.Join(paras, "</p><p>")+"</p></div>"))
		if got != want {
			t.Errorf("in %s: read\n%s\nwant\n%s", wrapper, got, want)
		}
	}
}
