package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageReadsItsMarkedArticle: a short post in the element the
// page marks as the article's text ("entry-content", by its headline) is
// read, not the longer biography of its writer that readability prefers;
// a marked teaser away from the headline does not displace the article.
func TestSavedPageReadsItsMarkedArticle(t *testing.T) {
	post := "We recorded this episode live at the harbour festival, where two of the board's engineers told us what the divers found under the north pier and what rebuilding it will take."
	bio := []string{
		"Jane Roe is an engineer and podcaster who has written about ports, piers and the people who keep them standing for more than twenty years, first for the local paper and then for radio.",
		"She studied civil engineering in Delft and Glasgow, worked on harbour walls from Aberdeen to Rotterdam, and now teaches a course on coastal structures at the technical college in town.",
		"When she is not recording, she sails a small boat out of the marina and keeps a long list of lighthouses she means to visit before she retires, which grows faster than she can travel.",
	}
	page := `<html><head><title>Episode 39: live from the harbour festival</title></head><body>
<header class="site"><h1 class="site-title"><a href="/">Harbour Talk</a></h1></header>
<div id="main"><article class="post"><header class="entry-header"><h1 class="entry-title">Episode 39: live from the harbour festival</h1></header>
<div class="entry-content"><p>` + post + `</p><p>Download: <a href="/ep39.mp3">mp3</a></p></div>
<footer class="entry-meta"><div id="author-info"><div id="author-description"><h2>About Jane Roe</h2><p>` + strings.Join(bio, "</p><p>") + `</p></div></div></footer>
</article></div></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := shownText(b); !strings.Contains(got, post) || strings.Contains(got, "lighthouses") {
		t.Errorf("read\n%s\nwant the post:\n%s", got, post)
	}

	// An article read well, with a marked teaser elsewhere on the page.
	article := strings.Join(bio, "</p><p>")
	page = `<html><head><title>Jane Roe, the harbour's engineer</title></head><body>
<div id="main"><h1>Jane Roe, the harbour's engineer</h1><div class="text"><p>` + article + `</p></div></div>
<aside><div class="teaser"><h3>Elsewhere</h3><div class="entry-content"><p>` + post + `</p></div></div></aside></body></html>`
	b, err = Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := shownText(b); !strings.Contains(got, "lighthouses") || strings.Contains(got, "festival") {
		t.Errorf("a teaser displaced the article: read\n%s", got)
	}
}

// TestCallToFollowTheSiteLeaves: a paragraph among the article's last
// that asks the reader to follow the site on two networks or more, or to
// subscribe to its newsletter, is the site's; an article's sentence that
// names the networks stays.
func TestCallToFollowTheSiteLeaves(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"The board posted the divers' survey on Facebook and Twitter, where fishermen asked to land their catch at the pier throughout.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; the board meets again in March to choose the builder.",
	}
	for _, plea := range []string{
		"Puede escribirnos a desk@example.org o seguir a Materia en Facebook, Twitter, Instagram o suscribirse aquí a nuestra newsletter.",
		"Folgen Sie uns auf Facebook und Instagram, um keine Nachricht aus dem Hafen zu verpassen.",
		"Follow the Harbour Gazette on Twitter and LinkedIn for more news of the piers and quays.",
	} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			strings.Join(paras, "</p><p>") + "</p><p>" + plea + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + strings.Join(paras, "\n\n") + "\n\n" + plea + "\n"
		readsAsArticle(t, plea[:20]+", ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}

	// Words that hold a network's name without its first letter
	// ("interested", "threads") name no network: the closing sentence stays.
	last := "Anyone interested can follow the threads of the dispute at the board's meeting in March, which is open to the public."
	page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
		strings.Join(paras, "</p><p>") + "</p><p>" + last + "</p></article></body></html>"
	readsAsArticle(t, "a sentence that names no network, ", map[string]string{"page.html": page}, append(append([]string{}, paras...), last))
}
