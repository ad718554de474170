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

// TestShortSectionsAreNoStoryCards pastes a blog post whose sections are
// each a subheading over one paragraph, after two paragraphs of lead: the
// sections are the post's, not cards of other stories.
func TestShortSectionsAreNoStoryCards(t *testing.T) {
	page := "The Balcony Garden\nNotes from a city garden\nHome\nAbout\nRecipes\nSaturday, 15 March 2025\n\n" +
		"Tomatoes on a balcony: three seasons of lessons\n\n" +
		"Three years ago I planted my first tomatoes on the balcony of the flat, a third floor facing south with more wind than I had bargained for, and most of them failed.\n\n" +
		"Here is what has worked for me since, in case it helps anyone.\n\n" +
		"Big pots, always\n\n" +
		"The first year I used ten-litre pots and the plants stayed small. Now I never go below thirty litres a plant, and the difference shows by June.\n\n" +
		"Varieties that stand the wind\n\n" +
		"The tall varieties suffered badly in the wind. I have moved to cherry tomatoes and a local variety that stays low and bushy.\n\n" +
		"Watering\n\n" +
		"I put in a simple drip line with a battery timer. It was the best money I spent: before, a hot weekend away could kill the lot.\n\n" +
		"In high summer I water twice a day, early and at dusk, and cover the soil with straw so that it stays cool.\n\n" +
		"This year I will try peppers in the same trough. I will let you know.\n\n" +
		"Posted by\nMartha Lane\nat\n10:42\n4 comments:\nShare to X\nShare to Facebook\n"
	b, err := Import("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, want := range []string{"Three years ago", "Big pots, always", "The first year I used", "The tall varieties", "I put in a simple drip line"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lost %q:\n%s", want, body)
		}
	}
}

// TestHeadlineOverAStandfirstOfItsLength checks the title of a page whose
// headline stands over a standfirst as long as it, without a full stop,
// under a section's menu; and of a page whose menu ends in a label with a
// colon right over the headline.
func TestHeadlineOverAStandfirstOfItsLength(t *testing.T) {
	lead := "Secondary schools in the towns around the city will need places for about 9,000 more students by the end of the decade, a report says.\n\n" +
		"The figures suggest that enrolments will peak later than planned, as more homes are built in the towns than the department had expected.\n"
	for _, c := range []struct{ page, title string }{
		{"Ireland\nEducation\n\nSchools told to plan for 9,000 extra students in the commuter towns\n\n" +
			"Department projections show enrolments in three counties peaking later than expected\n\n" +
			"Jane Doe\nEducation Correspondent\nMon Feb 10 2025 - 05:45\n\n" + lead,
			"Schools told to plan for 9,000 extra students in the commuter towns"},
		{"Harbour News\nHomepage\nLocal Radio: Harbour North\n\nSeabird counts climb on the islands as the forest grows back after the storm\n\n" +
			"By Jane Doe\nHarbour North\nTopic:Wildlife\nSat 12 Apr 2025 at 6:12am\nShare article\n\n" + lead,
			"Seabird counts climb on the islands as the forest grows back after the storm"},
	} {
		b, err := Import("a.txt", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != c.title {
			t.Errorf("title %q, want %q", b.Title, c.title)
		}
	}
}

// TestFurnitureInMoreLanguages pastes an article with the controls, links
// and boxes of sites in more languages between its paragraphs, and a
// post's tags listed one to a line after its end: none of them is left in
// the body.
func TestFurnitureInMoreLanguages(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the summer.",
		"Islanders who work late shifts on the mainland had asked for the night boats back since the autumn, the board's chair said.",
		"The first night crossing leaves the north quay at eleven on the first Friday of June, and tickets go on sale next week.",
	}
	for _, junk := range [][]string{
		{"Lytt til saken", "Lire dans l'app"},
		{"Escuchar nota", "Ottieni il codice embed"},
		{"Mirá también", "Temporada récord: cuántos turistas llegaron a la costa"},
		{"Lue lisää: Kaupunki haluaa lisää saunoja rannoille", "187 Postings"},
		{"Recevez gratuitement les newsletters de La Gazette du Port", "Je m'inscris"},
		{"Offrir cet article", "Lecture : 2 min."},
		{"A lire aussi", "Prix du gazole : les petits ports pris à la gorge"},
		{"Also Read | Harbour wall: residents seek a permanent fix", "Cadeau geven"},
		{"Affiliate links on Harbour Tech may earn us a commission. Learn more.", "Submitting..."},
		{"We're hiring! Interested in problems like these? Check out our open roles.", "Salvar artigos"},
	} {
		page := "Night ferries return in June\n\nBy Jane Doe\n\n" + paras[0] + "\n\n" + paras[1] + "\n\n" + junk[0] + "\n" + junk[1] + "\n\n" + paras[2] + "\n\n" + paras[3] +
			"\n\nferries\nharbour-news\nislands\n"
		b, err := Import("a.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		body := bodyText(b)
		for _, j := range append(junk, "harbour-news") {
			if strings.Contains(body, j) {
				t.Errorf("body keeps %q:\n%s", j, body)
			}
		}
		for _, p := range paras {
			if !strings.Contains(body, p) {
				t.Errorf("body lost %q", p)
			}
		}
	}
}

// TestCaptionsOverCreditsInMoreForms pastes article heads whose lead
// photo's caption stands over its credit in more forms (a label in
// another language, a dash before it, a name and an outlet after a
// slash, under the byline) and whose reading time stands alone: the
// caption and its credit are a caption, out of the body, and the reading
// time goes.
func TestCaptionsOverCreditsInMoreForms(t *testing.T) {
	lead := "\n\nWhoever crosses the bridge on a hot day sees them everywhere: bathers along the quay, in the river below the park, on the rocks by the harbour.\n\n" +
		"That could change. The city's works office has ordered a study of whether a river bath could open in front of the old town by next summer.\n"
	for _, credit := range []string{"Kuva: Jane Roe", "- Copyright Harbour Rail/Jane Roe", "Jane Roe / Harbour News", "Foto: Jane Roe"} {
		page := "City\nHarbour\n\nThe old harbour may soon be fit for bathing again\n\n" +
			"The city is studying whether a river bath could open in front of the old town. The water is clean enough; the boats are the problem.\n\n" +
			"Mia Berger\n17.07.2025, 05.30 Uhr\n3 min\nListen\nShare\n" +
			"Bathers on the east quay, where swimming is already allowed.\n" + credit + lead
		b, err := Import("a.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		body := bodyText(b)
		if strings.Contains(body, "Bathers on the east quay") || strings.Contains(body, "3 min") || strings.Contains(body, "Jane Roe") {
			t.Errorf("%q: body keeps the caption, its credit or the reading time:\n%s", credit, body)
		}
		if len(b.Captions) != 1 || !strings.HasPrefix(b.Captions[0].Text, "Bathers on the east quay") || !strings.Contains(b.Captions[0].Credit, "Jane Roe") {
			t.Errorf("%q: captions %q, want the caption with its credit", credit, b.Captions)
		}
		if len(b.Authors) != 1 || b.Authors[0] != "Mia Berger" {
			t.Errorf("%q: authors %q", credit, b.Authors)
		}
	}
}

// TestPromotionBoxesOverTheirButtons pastes an article with a box that
// promotes something over its button between its paragraphs: the box
// goes, and a writer's note over a subscription's button stays.
func TestPromotionBoxesOverTheirButtons(t *testing.T) {
	paras := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the summer.",
		"Islanders who work late shifts on the mainland had asked for the night boats back since the autumn, the board's chair said.",
	}
	for _, box := range []string{
		"Harbour Week event\nJoin 5,000 sailors and shipbuilders at the Harbour Expo 2025\nRotterdam | October 27-29, 2025\nREGISTER NOW",
		"Subscribe to The Quay\nNever miss an issue: sign up now to get the whole archive.\njane@example.com\nSubscribe",
		"La Gazette du Port\nVous avez un projet de déménagement ?\nJe m'inscris",
	} {
		page := "Night ferries return in June\n\nBy Jane Doe\n\n" + paras[0] + "\n\n" + paras[1] + "\n\n" + box + "\n\n" + paras[2] +
			"\n\nJane Doe is the harbour reporter of The Quay.\nSubscribe for $3/month\n"
		b, err := Import("a.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		body := bodyText(b)
		for _, l := range strings.Split(box, "\n") {
			if strings.Contains(body, l) {
				t.Errorf("body keeps %q:\n%s", l, body)
			}
		}
		for _, p := range append(paras, "Jane Doe is the harbour reporter of The Quay.") {
			if !strings.Contains(body, p) {
				t.Errorf("body lost %q:\n%s", p, body)
			}
		}
	}
}

// TestLinksAndCreditsOfMoreSites pastes an article with a box of links
// under a label with a colon between its paragraphs, a caption whose
// credit follows a dash, and a lead photo credited as a courtesy in
// Spanish under its caption over the byline: the links go, the captions
// are captions, and the caption is no title.
func TestLinksAndCreditsOfMoreSites(t *testing.T) {
	page := "Sociedad\nInundaciones en el norte\n" +
		"Puerto Norte: el arroyo desbordó y 300 familias pasaron la noche en el club del pueblo\n" +
		"La crecida, la mayor en dos décadas según los vecinos, cortó la ruta y dejó sin luz a la mitad del pueblo\n\n" +
		"Vecinos de Puerto Norte cargan colchones en una camioneta frente al club\nGentileza Municipalidad de Puerto Norte\n\n" +
		"Martina Echeverría\nSeguir\n4 de marzo de 2024\n\n" +
		"The water arrived before the warning did. Shortly after midnight the creek broke its banks and ran through the lower streets of the town.\n\n" +
		"More on the floods:\nFarmers count the cost of a wet March in the north\nThe river authority promises a new levee by winter\n\n" +
		"Residents gathered outside the club on Monday morning. — Photo courtesy: Jane Roe\n\n" +
		"The club's kitchen fed three hundred people through the night, its volunteers said, and the town hall sent blankets at dawn.\n"
	b, err := Import("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Puerto Norte: el arroyo desbordó y 300 familias pasaron la noche en el club del pueblo"; b.Title != want {
		t.Errorf("title %q, want %q", b.Title, want)
	}
	body := bodyText(b)
	for _, j := range []string{"More on the floods", "Farmers count the cost", "levee by winter", "Photo courtesy", "cargan colchones", "Gentileza"} {
		if strings.Contains(body, j) {
			t.Errorf("body keeps %q:\n%s", j, body)
		}
	}
	for _, p := range []string{"The water arrived before", "The club's kitchen fed"} {
		if !strings.Contains(body, p) {
			t.Errorf("body lost %q:\n%s", p, body)
		}
	}
}
