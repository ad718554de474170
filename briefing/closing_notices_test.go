package briefing

import (
	"strings"
	"testing"
)

// TestClosingNoticesLeaveTheArticle: a short paragraph after the article's
// last long one that states the text's rights or its licence
// is the site's notice, in a saved page and in a paste; the same words
// inside the article stay.
func TestClosingNoticesLeaveTheArticle(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"A short note in the middle, all rights reserved, stays.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
		"Photographs of the pier taken by readers are published under a Creative Commons licence, the board said, so that schools may use them in their lessons freely.",
	}
	for _, tc := range []struct{ name, notice string }{
		{"rights", "© 2024 Harbour Gazette. All rights reserved."},
		{"rights in Polish", "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone."},
		{"licence", "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."},
		{"licence name", "Unless stated otherwise, the content of this site is under CC BY 4.0."},
	} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			strings.Join(paras, "</p><p>") + "</p><p>" + tc.notice + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + strings.Join(paras, "\n\n") + "\n\n" + tc.notice + "\n"
		readsAsArticle(t, tc.name+", ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}
}
