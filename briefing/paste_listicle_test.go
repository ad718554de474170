package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestListicleOfShortSections pastes a post that ranks five harbours, a
// numbered name over a paragraph each, under a label that says the list
// again; the first three paragraphs are as short as a story card's
// teaser, the fourth longer. All five sections stay the article's, with
// the introduction and the title: the numbers that run on from the
// third to the fourth section say they are one list, not a box of other
// stories over the article. Without the fourth (a box of three cards
// after the article's prose) the cards still leave.
func TestListicleOfShortSections(t *testing.T) {
	intro := "Every summer we sail along the coast and stop wherever the quay has room. This year we kept notes, and a list came out of them: here are the five harbours we liked best, for their food, their walks and the people on the quay."
	sections := []struct{ head, text string }{
		{"1. Port Aven", "A small basin under the cliffs, with a bakery that opens at six, a harbour master who lends bicycles to sailors and a path that climbs to the old fort, from where you can see the islands on a clear day. Twitter: @portaven"},
		{"2. Kerlouan Fishing Harbour", "Sheltered from the west wind and cheap to moor in, with a fish market that sells what came in that morning and a café where the crews of the trawlers meet before dawn to talk about the weather. Twitter: @kerlouanport"},
		{"3.Lanvec Rowing Harbour", "The old slipway is still used by the rowing club, the church has a model of every ship the village lost at sea, and on Fridays the whole village eats mussels and chips together on the quay. Twitter: @lanvec"},
		{"4. Saint Gwen", "The largest of the five, with a lock that keeps the water in at low tide, a chandlery that stocks everything and a long walk round the point to the lighthouse, where a retired keeper shows visitors the lamp room on Sunday afternoons and tells them of the storm of 1987, when the lamp failed and the village rowed out to the wreck."},
		{"5. Morgat", "Our favourite, for its beach, its quiet evenings and the terrace where the owner remembers every boat that has moored there in twenty years."},
	}
	var sb strings.Builder
	sb.WriteString("Five harbours worth the detour\n\nJuly 3, 2024\n\n" + intro + "\n\nMy five harbours worth the detour\n\n")
	for _, s := range sections {
		sb.WriteString(s.head + "\n\n" + s.text + "\n\n")
	}
	b := importShape(t, sb.String())
	if b.Title != "Five harbours worth the detour" {
		t.Errorf("title %q, want the post's", b.Title)
	}
	body := bodyText(b)
	for _, want := range []string{intro, sections[0].text, sections[1].text, sections[2].text, sections[4].text} {
		if !strings.Contains(body, want) {
			t.Errorf("%q lost from the body:\n%s", want, body)
		}
	}
	var heads []string
	for _, s := range b.Sections {
		heads = append(heads, s.Heading)
	}
	for _, s := range sections {
		if !strings.Contains(strings.Join(heads, "\n"), s.head) {
			t.Errorf("no section %q among %q", s.head, heads)
		}
	}

	// The same cards after an article, with no section that goes on
	// from them, are a box of other stories.
	article := "The harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.\n\n" +
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.\n\n" +
		"The board's engineers found that the piles under the outer half had rotted, and that patching them again would only put off the day the pier had to close.\n\n" +
		"A public meeting in the town hall drew more than two hundred people, most of whom asked that the new pier keep the old granite steps at its end.\n\n" +
		"The contracts are to be signed in January, and the first barges with the new piles are expected in the harbour by the end of February, weather permitting.\n\n"
	box := "North pier to be rebuilt\n\n" + article + "Most read\n\n"
	for _, s := range sections[:3] {
		box += s.head + "\n\n" + s.text + "\n\n"
	}
	b = importShape(t, box)
	if body := bodyText(b); strings.Contains(body, "Kerlouan") {
		t.Errorf("a box of other stories kept in the body:\n%s", body)
	}
}

// TestEpigraphWithItsFootnoteIsNoHeadline pastes an essay whose one-word
// title stands over an epigraph closed with its footnote's number: the
// title stays the essay's, and the epigraph is no headline. A headline
// that ends in a version number is still one.
func TestEpigraphWithItsFootnoteIsNoHeadline(t *testing.T) {
	body := "Welt ist nach Kant eine durch unsere Wahrnehmung geformte Wirklichkeit, und die Zeit ist die Dimension, in der sich für uns alle Bewegung abspielt.\n\n" +
		"Das zeigt, dass die Sprache sehr schnell an ihre Grenzen kommt, wenn sie die Zeit darstellen will, denn wir denken immer schon in ihr.\n"
	b := importShape(t, "Zeitphilosophie\n\n“Wir haben nicht zu wenig Zeit, wir nutzen nur zu viel davon nicht.”1\n\n"+body)
	if b.Title != "Zeitphilosophie" {
		t.Errorf("title %q, want the essay's", b.Title)
	}
	if footnotedSentence.MatchString("Harbour app 17.2 brings offline charts") || !footnotedSentence.MatchString("“Zeit ist kostbar.”12") {
		t.Error("footnotedSentence takes a version number for a footnote, or misses one")
	}
}

// TestShortHeadlineOverItsDek pastes posts whose headline is one to three
// capitalised words (the shape of a site's name) over a short dek, then
// the post: the headline stays the title. A section's label over a
// headline of eight words or more is still no title.
func TestShortHeadlineOverItsDek(t *testing.T) {
	body := "\n\nThe harbour board voted on Tuesday to rebuild the old north pier before spring, after the storms of last winter left it cracked along half its length.\n\n" +
		"The work is to take two years, and the ferries will berth at the south quay meanwhile; fishermen asked to land their catch at the pier throughout.\n"
	for _, tc := range []struct{ paste, title string }{
		{"Harbour Stories\n\nPeople of the north pier" + body, "Harbour Stories"},
		{"Einzeltraining\n\nTraining nur für Sie" + body, "Einzeltraining"},
		{"Provence Travel Guide\n\n5 Must-sees in the south" + body, "Provence Travel Guide"},
		{"Harbour\n\nNorth pier to be rebuilt after years of bitter argument" + body, "North pier to be rebuilt after years of bitter argument"},
	} {
		b := importShape(t, tc.paste)
		if b.Title != tc.title {
			t.Errorf("%q: title %q, want %q", strings.SplitN(tc.paste, "\n", 2)[0], b.Title, tc.title)
		}
	}
}

// TestAuthorBoxOverTheArticle pastes an interview whose page sets the
// writer's box between the standfirst and the article: its label, the
// writer's bio (which opens with their name), how to reach them and a
// link to their other articles. All of it leaves the body; the byline
// gives the author. A paragraph that opens with the writer's name under
// no such label stays.
func TestAuthorBoxOverTheArticle(t *testing.T) {
	article := "Herr Doktor Lenz, der Hafen soll eine neue Mole bekommen, und Sie haben die Pläne begutachtet. Was halten Sie davon, wie die Stadt vorgehen will?\n\n" +
		"Die Pläne sind solide, aber der Zeitplan ist zu knapp, denn die Arbeiten im Winter sind bei Sturm kaum möglich, und das weiß im Hafen jeder.\n\n" +
		"Was müsste die Stadt denn anders machen, damit die Fischer während der Bauzeit weiter anlanden können?\n\n" +
		"Sie sollte die Südseite zuerst bauen und die alte Mole so lange stehen lassen, bis die neue fertig ist; das kostet mehr, aber es hält den Hafen offen.\n"
	bio := "Jana Roth leitet das Ressort Küste bei der Hafenzeitung. Sie studierte Geschichte in Kiel und war viele Jahre Korrespondentin in Danzig."
	paste := "Hafen – „Der Zeitplan ist zu knapp“\n\nVON JANA ROTH am 21. April 2020\n\n" +
		"Braucht der Hafen eine neue Mole? Der Ingenieur Paul Lenz erklärt, warum die Pläne gut sind, der Zeitplan aber nicht.\n\n" +
		"Autoreninfo\n\n" + bio + "\n\nSo erreichen Sie Jana Roth:\n\nZur Artikelübersicht\n\n" + article
	b := importShape(t, paste)
	if !slices.Equal(b.Authors, []string{"Jana Roth"}) {
		t.Errorf("authors %q, want the byline's", b.Authors)
	}
	body := shownText(b)
	for _, gone := range []string{"Autoreninfo", "leitet das Ressort", "So erreichen Sie", "Zur Artikelübersicht"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept in the body:\n%s", gone, body)
		}
	}
	for _, c := range b.Captions {
		if strings.Contains(c.Text, "Artikel") {
			t.Errorf("caption %q taken from the box's link", c.Text)
		}
	}
	if !strings.Contains(body, "Die Pläne sind solide") {
		t.Errorf("the article lost:\n%s", body)
	}

	plain := "Hafen – „Der Zeitplan ist zu knapp“\n\nVON JANA ROTH am 21. April 2020\n\n" + bio + "\n\n" + article
	b = importShape(t, plain)
	if body := shownText(b); !strings.Contains(body, "leitet das Ressort") {
		t.Errorf("a paragraph that opens with the writer's name, under no box's label, lost:\n%s", body)
	}
}
