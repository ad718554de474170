package briefing

import (
	"strings"
	"testing"
)

// TestRecipePasteKeepsItsIngredients pastes a recipe from its one-word
// title: a box of counts and times, "Zutaten:" over twelve ingredients
// a line each, then "Zubereitung:" over the steps. The title stays the
// recipe's, and the ingredients stay, under their label, as a list; the
// box's fields are no headline.
func TestRecipePasteKeepsItsIngredients(t *testing.T) {
	items := []string{"300 g Mehl", "1 TL Backpulver", "100 g gemahlene Mandeln", "200 g Butter", "200 g Zucker", "1 Prise Salz", "1 Ei",
		"1 Päckchen Vanillezucker", "1 TL Zimt", "1 TL gemahlene Nelken", "50 g Mandelsplitter", "2 EL Milch", "1 Eigelb"}
	steps := []string{
		"Alle Zutaten in eine Schüssel geben und mit den Knethaken zu einem glatten Teig verarbeiten, dann eine Stunde kalt stellen.",
		"Den Teig auf einer bemehlten Arbeitsfläche ausrollen und beliebige Figuren ausstechen, den Rest wieder zusammenkneten.",
		"Den Backofen auf 200 Grad vorheizen und ein Backblech mit Backpapier auslegen, die Plätzchen darauf verteilen.",
	}
	paste := "Mandelplätzchen\n\nZubereitungszeit: 25 Minuten (+ 15 Minuten backen)\nErgibt: 40 Stück\n\nZutaten:\n" + strings.Join(items, "\n") +
		"\n\nZubereitung:\n\n" + strings.Join(steps, "\n\n") + "\n"
	b, err := Import("plaetzchen.txt", []byte(paste))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Mandelplätzchen" {
		t.Errorf("title %q, want the recipe's", b.Title)
	}
	body := bodyText(b)
	for _, want := range append([]string{"Zutaten:"}, append(items, steps...)...) {
		if !strings.Contains(body, want) {
			t.Errorf("%q lost from the body:\n%s", want, body)
		}
	}
	var listed int
	for _, s := range b.Sections {
		for p := range s.Paragraphs {
			if s.Kind(p) == ListItem {
				listed++
			}
		}
	}
	if listed != len(items) {
		t.Errorf("%d list items, want the %d ingredients", listed, len(items))
	}
}

// TestHeadlineUnderAMediaLabel pastes an article whose headline opens
// with the label of what the story is ("VIDEO: …", "LIVE | …"): the
// headline stays the title, and the byline under it gives the author;
// a player's label with no headline after it is no title.
func TestHeadlineUnderAMediaLabel(t *testing.T) {
	body := "By Jane Roe.\n\nPublished November 8, 2023\n\nThe council voted on Tuesday to rebuild the old north pier after a long and bitter debate over its cost and design.\n\n" +
		"Work is to start in the spring and last two years, during which the ferries will use the south quay, officials said.\n"
	for _, head := range []string{"VIDEO: Voting on the harbour plan", "LIVE | Storm hits the north pier"} {
		b, err := Import("video.txt", []byte(head+"\n\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != head {
			t.Errorf("title %q, want %q", b.Title, head)
		}
		if strings.Join(b.Authors, "; ") != "Jane Roe" {
			t.Errorf("%q: authors %q, want Jane Roe", head, b.Authors)
		}
	}
	if labelledHeadline("Video:") || labelledHeadline("Watch: Storm") || labelledHeadline("Video: The crew said the pier was unsafe.") {
		t.Error("a player's label read as a labelled headline")
	}
}

// TestRecipeTableOverItsSteps pastes a recipe whose ingredients a site
// sets as a table, amount and ingredient apart by a tab ("1 Pck.\tDr.
// Oetker Backpulver"), over its steps: the recipe's name stays the title,
// and no row of the table is taken for the headline or for a photo's
// caption and credit.
func TestRecipeTableOverItsSteps(t *testing.T) {
	rows := []string{"50 ml\tMilch", "100 g\tButter", "250 g\tWeizenmehl", "1 Pck.\tDr. Oetker Trockenbackhefe", "2\tEier (Größe M)", "200 g\tSchlagsahne"}
	steps := []string{
		"Milch erwärmen und darin die Butter zerlassen, dann die Mischung etwas abkühlen lassen, bis sie nur noch lauwarm ist.",
		"Mehl mit Hefe in einer Schüssel vermischen, die übrigen Zutaten und die warme Milch hinzufügen und alles zu einem glatten Teig kneten.",
		"Den Teig zugedeckt an einem warmen Ort gehen lassen, bis er sich sichtbar vergrößert hat, und dann in die Förmchen verteilen.",
	}
	paste := "Hefe-Muffins\n\n(0)\nJetzt bewerten!\n\netwa 12 Stück\n\nZutaten\n\nHefeteig:\n\n" + strings.Join(rows, "\n") +
		"\n\nZubereitung\n\n" + strings.Join(steps, "\n\n") + "\n"
	b, err := Import("muffins.txt", []byte(paste))
	if err != nil {
		t.Fatal(err)
	}
	if b.Title != "Hefe-Muffins" {
		t.Errorf("title %q, want the recipe's", b.Title)
	}
	if len(b.Captions) > 0 {
		t.Errorf("captions %q taken from the table's rows", b.Captions)
	}
	body := bodyText(b)
	for _, want := range steps {
		if !strings.Contains(body, want) {
			t.Errorf("%q lost from the body:\n%s", want, body)
		}
	}
}
