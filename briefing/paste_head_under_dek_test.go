package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestHeadLinesUnderTheStandfirst pastes articles whose standfirst stands
// right under the headline, over the byline and the page's head: its
// buttons ("Imprimer cet article", "Lire sur le reader"), an image's label,
// a video's title over its player's countdown. The standfirst is read as
// such, and none of the head's lines reaches the body; the article's
// paragraphs all do.
func TestHeadLinesUnderTheStandfirst(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	const dek = "After a winter of one crossing a day, the board has voted to bring the night boats back for the summer season."
	body := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.",
		"Islanders who work on the mainland said the change would spare them a night in town twice a week.",
	}
	for _, c := range []struct {
		head string
		junk []string
	}{
		{"AFP  30 avril 2015 à 07:19  (Mis à jour : 30 avril 2015 à 07:38)\n\nFacebook :Facebook\nTwitter :Twitter\nImprimer cet articleImprimer\nLire sur le readerMode zen",
			[]string{"Imprimer", "Lire sur le reader"}},
		{"Jonah Fielding\n@jfielding\nMarch 3rd, 2023\n\nIn this article: news, ferries, islands\n\nHarbour Board",
			[]string{"Harbour Board"}},
		{"by Jane Doe  @janedoe  February 1, 2016: 12:41 PM ET\nThe priest who keeps the quay running\nYour video will play in 00:25",
			[]string{"The priest who keeps the quay running"}},
	} {
		b := importShape(t, headline+"\n\n"+dek+"\n\n"+c.head+"\n\n"+strings.Join(body, "\n\n")+"\n")
		shown := strings.Join(shownBlocks(b), "\n")
		if b.Standfirst != dek {
			t.Errorf("standfirst %q, want the dek\n%s", b.Standfirst, c.head)
		}
		for _, j := range c.junk {
			if strings.Contains(shown, j) {
				t.Errorf("%q stays in the body:\n%s", j, shown)
			}
		}
		for _, p := range body {
			if !strings.Contains(shown, p) {
				t.Errorf("lost %q\n%s", p, c.head)
			}
		}
	}
}

// TestHeadLinesUnderTheLeadCaption pastes an article whose lead photo's
// caption stands right under the headline, over the page's buttons: the
// caption is read as one, the buttons leave, and a note in brackets and a
// label leading on to the article's list stay.
func TestHeadLinesUnderTheLeadCaption(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	body := "The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n"
	caption := "Passengers board the night ferry at the north quay.\nPhotograph: Jane Roe/Reuters\n\n"
	b := importShape(t, headline+"\n\n"+caption+"Imprimer cet articleImprimer\nLire sur le readerMode zen\n\n"+body)
	shown := strings.Join(shownBlocks(b), "\n")
	if len(b.Captions) != 1 || b.Captions[0].Credit != "Jane Roe/Reuters" || strings.Contains(shown, "Imprimer") || strings.Contains(shown, "Lire sur") {
		t.Errorf("captions %+v, body:\n%s", b.Captions, shown)
	}
	for _, keep := range []string{"(All photos: Harbour Times staff)", "What the board decided:"} {
		b := importShape(t, headline+"\n\n"+caption+keep+"\n\n"+body)
		if shown := strings.Join(shownBlocks(b), "\n"); !strings.Contains(shown, keep) {
			t.Errorf("%q left the body:\n%s", keep, shown)
		}
	}
}

// TestCaptionOverItsCreditInBrackets pastes a lead photo's caption over
// its credit in brackets, set apart by a blank line ("(Bild: Hersteller)"):
// the two are one caption, and the caption's text leaves the body; an
// agency alone in brackets under the last paragraph ("(dpa)") makes no
// caption of it.
func TestCaptionOverItsCreditInBrackets(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	body := "The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n"
	for _, credit := range []string{"(Bild: Hersteller)", "(Photo: Jane Roe/Reuters)"} {
		b := importShape(t, headline+"\n\nThe harbour board says the night boats will run again from June, after a winter of cuts.\n\nThe north quay at dawn.\n\n"+credit+"\n\n"+body)
		want := strings.TrimSuffix(strings.SplitN(credit, ": ", 2)[1], ")")
		if len(b.Captions) != 1 || b.Captions[0].Text != "The north quay at dawn." || b.Captions[0].Credit != want {
			t.Errorf("%s: captions %+v, want the north quay's, credit %q", credit, b.Captions, want)
		}
		if shown := strings.Join(shownBlocks(b), "\n"); strings.Contains(shown, "north quay at dawn") {
			t.Errorf("%s: the caption stays in the body:\n%s", credit, shown)
		}
	}
	// An agency alone in brackets under the last paragraph is its source.
	b := importShape(t, headline+"\n\n"+body+"\nThe board meets again in May.\n\n(dpa)\n")
	if shown := strings.Join(shownBlocks(b), "\n"); len(b.Captions) != 0 || !strings.Contains(shown, "The board meets again in May.") {
		t.Errorf("source under the last paragraph: captions %+v, body:\n%s", b.Captions, shown)
	}
}

// TestSummaryOfBulletsUnderTheHeadline pastes a box of points under its
// label right under the headline, over the article's first paragraph with
// nothing between: the points are the standfirst, and every paragraph of
// the article stays in the body (the one under the points too).
func TestSummaryOfBulletsUnderTheHeadline(t *testing.T) {
	const headline = "Night ferries return to the islands in June"
	body := []string{
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.",
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.",
	}
	b := importShape(t, headline+"\n\nKey points:\n• The night boats return in June\n• Fares stay the same\n\n"+strings.Join(body, "\n\n")+"\n")
	if !strings.Contains(b.Standfirst, "The night boats return in June") || !strings.Contains(b.Standfirst, "Fares stay the same") {
		t.Errorf("standfirst %q, want the two points", b.Standfirst)
	}
	shown := shownBlocks(b)
	if len(shown) < 3 || shown[1] != body[0] || shown[2] != body[1] {
		t.Errorf("body %q, want the article's two paragraphs under the standfirst", shown)
	}
}

// TestNameUnderALoneByOverTheIssueLabel pastes a magazine's article whose
// head holds its buttons, the writer's name under a "Von" alone on its
// line, and the issue's label over the first paragraph: the headline the
// paste opens with stays the title (the label is not a headline the
// writer's name stands over, as a blog's is), and the writer is read.
func TestNameUnderALoneByOverTheIssueLabel(t *testing.T) {
	const headline = "Lithium from the shredder"
	page := `Lithium from the shredder

A small firm in the north has found a cheaper way to take old batteries apart.

Lesezeit:  1 Min.
In Pocket speichern
vorlesen    Druckansicht    Kommentare lesen   128 Beiträge

(Bild: Harbour Press)

20.06.2019  07:30  Uhr
Harbour Review
Von

Jana Vogler

TR 7/2019

Harbour Review summer issue

(Bild: )

This piece first ran in the July issue of Harbour Review, which is on sale in shops and online from the twentieth of June.

The quarrel over the cooling gas
Electric cars: on the way to a cleaner battery
Exoskeletons: more strength, more strain?
High on yeast
Working life: flow on demand
A visit to the body factory
Order the magazine

show more

The firm grinds the cells into a fine powder and washes the metals out of it with water and a mild acid, without the furnaces others use.

It says the method recovers nine tenths of the lithium, against barely half for the older plants, at a third of the energy.

The batteries are first drained of what charge they still hold, and that power runs the shredder, the firm's founder said on a visit to the plant last week.

What comes out of the machine is a dark grain of metals, plastics and the thin foil the cells are wound from, which is sorted by weight and by magnet.

Only the foil is left at the end, and the firm is looking for a buyer who can press it into sheets for the building trade rather than burn it.

The plant takes in some three thousand tonnes of old cells a year, most of them from car makers who test their packs to destruction before a model goes on sale.

Two larger recyclers have asked to license the method, and the firm says it will decide by the autumn whether to sell it or build a second plant itself.

Its founder, an engineer who spent twenty years at a chemicals group, says the hardest part was not the chemistry but persuading the car makers to send their cells.
`
	b := importShape(t, page)
	if b.Title != headline {
		t.Errorf("title %q, want %q", b.Title, headline)
	}
	if !slices.Equal(b.Authors, []string{"Jana Vogler"}) {
		t.Errorf("authors %q, want Jana Vogler", b.Authors)
	}
}
