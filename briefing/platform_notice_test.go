package briefing

import "testing"

// TestContributorPlatformInOtherWords imports a contributor's post pasted
// from a platform whose notice and closing widgets are worded unlike any
// the lists were written from: the notice names the source and leaves the
// body, the dateline is read from the first paragraph, and the widgets
// after the article ("Suggest a correction", "Trending on …" and what
// follows it) go.
func TestContributorPlatformInOtherWords(t *testing.T) {
	page := "Harbour Towns Count the Cost of a Lost Fishing Season\n\n" +
		"Harbour Towns Count the Cost of a Lost Fishing Season\n" +
		"Opinions expressed by Northshore Forum contributors are their own. Contributor posts are published without review by our editors.\n\n" +
		"By Ana Ruiz and Tomas Berg\n\n" +
		"VALPARAISO -- The trawlers of the southern fleet will stay in port this season, the fisheries ministry announced on Monday, after surveys found too few young fish.\n\n" +
		"For the harbour towns along the coast, the decision means months without wages for thousands of crew members and the plants that pack their catch.\n\n" +
		"Suggest a correction\n\n" +
		"Trending on Northshore Forum\n\n" +
		"Do you have a story to share with Northshore Forum? Here's how.\n"
	b := importShape(t, page)
	if b.Source != "Northshore Forum" || b.Dateline != "VALPARAISO" {
		t.Errorf("source %q, dateline %q; want Northshore Forum, VALPARAISO", b.Source, b.Dateline)
	}
	text := bodyText(b)
	checkBody(t, text, []string{"Opinions expressed", "Suggest a correction", "Trending on", "Here's how"}, []string{"The trawlers", "For the harbour towns"})
	if len(b.Sections) != 1 || len(b.Sections[0].Paragraphs) != 2 {
		t.Errorf("%d sections, want 1 with 2 paragraphs:\n%s", len(b.Sections), text)
	}
}
