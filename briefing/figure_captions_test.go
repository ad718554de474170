package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestNumberedFigureCaptions: a paragraph that opens with a figure's
// number and a colon or full stop ("Abbildung 4: …", "Fig. 2. …") is that
// figure's caption, in a saved page and in a paste; a sentence that speaks
// of a figure ("Figure 2 shows …") and a long paragraph after "Figure 3:"
// stay in the article.
func TestNumberedFigureCaptions(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.",
		"Figure 2 shows the cracks the divers found under the deck, most of them at the pier's far end.",
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.",
		"Figure 3: " + strings.Repeat("the divers measured each crack along the pier and the board will publish the whole survey ", 5) + "next month.",
		"The board meets again in March, when it is to choose the builder from the four firms that have sent their offers so far.",
	}
	captions := []string{"Abbildung 4: klassische Schwachschicht.", "Fig. 2. The north pier in 1910", "Rysunek 1: Molo północne", "Figure 5: Cracks under the deck (divers' survey)"}
	var page, paste strings.Builder
	page.WriteString("<html><head><title>North pier to be rebuilt</title></head><body><article><h1>North pier to be rebuilt</h1>")
	paste.WriteString("North pier to be rebuilt\n\n")
	for i, p := range paras {
		page.WriteString("<p>" + p + "</p>")
		paste.WriteString(p + "\n\n")
		if i < len(captions) {
			page.WriteString("<p>" + captions[i] + "</p>")
			paste.WriteString(captions[i] + "\n\n")
		}
	}
	page.WriteString("</article></body></html>")
	readsAsArticle(t, "", map[string]string{"page.html": page.String(), "paste.txt": paste.String()}, paras)
	for name, src := range map[string]string{"page.html": page.String(), "paste.txt": paste.String()} {
		b, err := Import(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range captions {
			if !slices.ContainsFunc(b.Captions, func(got Caption) bool { return strings.HasPrefix(c, got.Text) && got.Text != "" }) {
				t.Errorf("%s: %q is not a caption: %q", name, c, b.Captions)
			}
		}
	}
}
