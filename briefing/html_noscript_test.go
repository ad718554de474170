package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageReadsTheNoscriptPost: a blog platform that writes its post
// as a script's template and again inside <noscript> is read from the
// noscript (the post, not the blog's description beside it); a noscript
// that repeats text its parent shows, or holds a menu, stays out.
func TestSavedPageReadsTheNoscriptPost(t *testing.T) {
	paras := []string{
		"Over the past year the harbour board has counted more storms than in any year since records began, and the north pier took the worst of them.",
		"Divers who looked under the deck in January found cracks along half its length, some of them wide enough to put a hand in.",
		"The board voted on Tuesday to rebuild the pier before spring; the ferries will berth at the south quay while the work goes on.",
		"Fishermen asked to land their catch at the pier throughout, and the board said it would keep one berth open for them.",
	}
	post := "<p>" + strings.Join(paras, "</p><p>") + "</p>"
	page := `<html><head><title>Harbour Blog: North pier to be rebuilt</title></head><body>
<div class="sidebar"><h2>Harbour Blog</h2><p>The latest news and notes from the harbour board on its piers, quays and ferries.</p></div>
<div class="main"><div class="post"><h3 class="post-title">North pier to be rebuilt</h3>
<div class="post-body"><div class="post-content"><script type="text/template">` + post + `</script>
<noscript>` + post + `</noscript></div></div></div></div></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := shownText(b), strings.Join(paras, " "); !strings.Contains(got, want) || strings.Contains(got, "latest news and notes") {
		t.Errorf("read\n%s\nwant the post:\n%s", got, want)
	}

	// The same post shown on the page, with a noscript that repeats it,
	// is read once.
	shown := strings.Replace(page, `<script type="text/template">`+post+`</script>`, post, 1)
	b, err = Import("page.html", []byte(shown))
	if err != nil {
		t.Fatal(err)
	}
	if got := shownText(b); strings.Count(got, "Divers who looked") != 1 {
		t.Errorf("a noscript beside the post it repeats: read\n%s", got)
	}

	// A noscript of links (a menu) is no post.
	var menu strings.Builder
	for i := range 30 {
		menu.WriteString(`<li><a href="/p/` + string(rune('a'+i%26)) + `">A story of the harbour board, number ` + string(rune('A'+i%26)) + `</a></li>`)
	}
	links := strings.Replace(page, `<noscript>`+post+`</noscript>`, `<noscript><ul>`+menu.String()+`</ul></noscript>`, 1)
	links = strings.Replace(links, `<div class="sidebar">`, `<div class="article"><p>`+strings.Join(paras, "</p><p>")+`</p></div><div class="sidebar">`, 1)
	b, err = Import("page.html", []byte(links))
	if err != nil {
		t.Fatal(err)
	}
	if got := shownText(b); strings.Contains(got, "A story of the harbour board") {
		t.Errorf("a noscript menu was read: %s", got)
	}
}
