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

// TestPostFooterLeaves: the line a blog's theme closes each post with,
// when it was posted, under which categories and how to follow its
// comments, leaves the body in English and in German, in a saved page and
// in a paste, long as it runs; a post's own sentence about its feed stays.
func TestPostFooterLeaves(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
		"The board's own news comes as an RSS feed now, and the minutes of each meeting are posted there within a week.",
	}
	for _, footer := range []string{
		"This entry was posted on Tuesday, May 6th, 2014 at 11:30 pm and is filed under Harbour, Ferries, Council. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
		"Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Fähren, Rat. Kommentare zu diesen Eintrag im RSS 2.0 Feed. Sie können einen Kommentar schreiben, oder einen Trackback auf Ihrer Seite einrichten.",
	} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			strings.Join(paras, "</p><p>") + "</p><p>" + footer + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + strings.Join(paras, "\n\n") + "\n\n" + footer + "\n"
		readsAsArticle(t, footer[:20]+", ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}
}

// TestFileLinksAndAnswerStamps: a line that links to a file with its size
// in brackets and a question site's stamp under a question leave the body,
// in a saved page and in a paste; a sentence that ends with a size in
// brackets of another kind stays.
func TestFileLinksAndAnswerStamps(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
		"The new deck will carry loads of up to forty tonnes, the engineers said, twice what the old one could bear (40 t).",
	}
	for _, line := range []string{
		"Themen: Kritik aus dem Netz, neue Prognosen zum Sturm Download (123 KB)",
		"Jahresbericht 2024 (PDF, 2,4 MB)",
		"asked Feb 6, 2014 at 20:37",
		"answered 3 hours ago",
	} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			paras[0] + "</p><p>" + line + "</p><p>" + paras[1] + "</p><p>" + paras[2] + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + paras[0] + "\n\n" + line + "\n\n" + paras[1] + "\n\n" + paras[2] + "\n"
		readsAsArticle(t, line+": ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}
}
