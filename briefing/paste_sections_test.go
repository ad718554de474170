package briefing

import (
	"strings"
	"testing"
)

// TestArticleGoesOnAfterABoxOfOneLink pastes a page whose article holds a
// box of one link to another story ("Read also" over its headline) and,
// further on, a subheading over one paragraph: the paragraphs around the
// box and under the subheading are the article's, not two story cards.
func TestArticleGoesOnAfterABoxOfOneLink(t *testing.T) {
	page := "Home\nNews\nRegion\n\n" +
		"Old orchards on the hills find new owners\n\n" +
		"By Jane Doe\nPublished 21 October 2025\nShare\nCopy link\n\n" +
		"On the slopes above the village, a young farmer has spent the morning pruning trees that nobody had touched for twenty years.\n\n" +
		"It takes three years before an abandoned tree gives a real crop again, he says, and he has another two years to wait.\n\n" +
		"Read also\nChestnut harvest down for the third year running\n\n" +
		"Like him, some forty young farmers have taken over orchards in the hills in the last five years, and the price of their flour has doubled in a decade.\n\n" +
		"A heritage left to grow wild\n\n" +
		"In the nineteenth century the trees fed the whole region, but the rural exodus and disease left more than half of the orchards abandoned.\n\n" +
		"Taking the land back is not simple. The plots are tiny and split between dozens of owners, some of whom cannot be traced at all.\n\n" +
		"The park authority has helped newcomers since 2022, with a list of the plots for sale and advice on the paperwork they need.\n\n" +
		"The risk of drought remains, and two dry summers have already halved the harvest of the farmers who started first.\n\n" +
		"More on this topic\nFarmers face the wall of land prices\nThe chestnut returns to the chefs' tables\n\nAbout us\nContact\n"
	b, err := Import("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, want := range []string{"On the slopes above the village", "It takes three years", "Like him, some forty", "A heritage left to grow wild", "In the nineteenth century", "The risk of drought"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Farmers face the wall") {
		t.Errorf("body keeps the links after the article:\n%s", body)
	}
}

// TestSentencesEndInsideGermanQuotes checks that a paragraph ending in a
// quotation closed the German way („…“) ends a sentence, so that it is the
// article's paragraph, not a photo's caption between two paragraphs.
func TestSentencesEndInsideGermanQuotes(t *testing.T) {
	for _, p := range []string{"Sie lacht. „Die brauchen keinen Wecker.“", "Er sagt: ‚So geht es nicht.‘", "She said ‘It is over.’"} {
		if !endsSentence(p) {
			t.Errorf("%q does not end a sentence", p)
		}
	}
	page := "Startseite\nBayern\n\nDie letzte Sennerin vom Berg\n\nVon Johanna Beispiel\nTeilen\nMerken\n\n" +
		"Um halb fünf ist es noch dunkel auf der Alpe, und die Sennerin hat den Melkeimer schon in der Hand. „Die Kühe wissen, wann ich komme“, sagt sie. „Die brauchen keinen Wecker.“\n\n" +
		"Seit 38 Jahren verbringt die 67-Jährige die Sommer hier oben, ohne Straße, mit einem Stromaggregat und einer Quelle hinter der Hütte.\n\n" +
		"„Früher war das für junge Leute aus den Dörfern ein Sommer, auf den man sich gefreut hat“, sagt der Vereinsvorsitzende. „Heute konkurrieren wir mit Jobs, die das Doppelte zahlen.“\n\n" +
		"Einen Nachfolger gibt es nicht. Die Genossenschaft hat die Stelle zweimal ausgeschrieben, gemeldet hat sich niemand, der bleiben wollte.\n"
	b, err := Import("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Captions) > 0 {
		t.Errorf("captions %q, want none", b.Captions)
	}
	if body := bodyText(b); !strings.Contains(body, "Um halb fünf") || !strings.Contains(body, "Früher war das") {
		t.Errorf("body lost a paragraph:\n%s", body)
	}
}
