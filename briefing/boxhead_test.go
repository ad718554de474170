package briefing

import (
	"strings"
	"testing"
)

// TestBoxHeadingCutsTheRest: a short heading after the article's last long
// paragraph that opens a box of other stories ("Weitere Videos", "More on
// the harbour", "Mehr zum Thema auf UEPO.de") leaves the article with all
// that follows it, in a saved page and in a paste. Such words opening a
// heading inside the article, or a heading that only starts like one
// ("Mehr Geld für den Hafen"), stay.
func TestBoxHeadingCutsTheRest(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
	}
	box := []string{"Harbour: ferries run late again", "Storm damage: what the board decided", "Fishing: a good year for herring"}
	for _, head := range []string{"Weitere Videos", "More on the harbour", "Mehr zum Thema auf UEPO.de", "Weitere Tourentipps in Schweden", "Więcej o porcie"} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			strings.Join(paras, "</p><p>") + "</p><h2>" + head + "</h2><p>" + strings.Join(box, "</p><p>") + "</p></article></body></html>"
		paste := "North pier to be rebuilt\n\n" + strings.Join(paras, "\n\n") + "\n\n" + head + "\n\n" + strings.Join(box, "\n\n") + "\n"
		readsAsArticle(t, head+", ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}

	// Inside the article, and a heading that only looks like one: kept.
	for _, head := range []string{"Weitere Pläne", "Mehr Geld für den Hafen", "Other measures"} {
		page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
			paras[0] + "</p><h2>" + head + "</h2><p>" + paras[1] + "</p></article></body></html>"
		readsAsArticle(t, head+" inside, ", map[string]string{"page.html": page}, []string{paras[0], head, paras[1]})
	}
	page := "<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1><p>" +
		strings.Join(paras, "</p><p>") + "</p><h2>Mehr Geld für den Hafen</h2><p>The board will ask for more.</p></article></body></html>"
	readsAsArticle(t, "a heading like a box's, ", map[string]string{"page.html": page}, append(append([]string{}, paras...), "Mehr Geld für den Hafen", "The board will ask for more."))
}
