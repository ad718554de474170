package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestCaptionsOverCreditsOfNames sets a photo's caption over a credit that
// is only names (an outlet in capitals, a photographer, "Foto" and a name,
// a licence) on the line right under it, under the byline or between
// paragraphs, and checks that both leave the body for the captions with
// the article whole.
func TestCaptionsOverCreditsOfNames(t *testing.T) {
	const c = "Workers clear the wreckage of the north pier after the storm"
	// Under the byline any line of names will do; between paragraphs only
	// a credit that bears a credit's mark (a "©", a slash, a licence,
	// "Foto", an outlet): capitals alone may close a press release
	// ("ENDS") or sign a newsletter.
	credits := map[string][]int{
		"VELORO": {-1}, "Harbour Mobile": {-1}, "Foto Jeroen van der Meer": {-1, 1}, "Jane Roe, CC BY-ND": {-1, 1},
		"© Jane Roe für DIE ZEIT": {-1, 1}, "EL MUNDO": {-1}, "Jane Roe for Harbour News": {-1, 1},
	}
	for credit, places := range credits {
		for _, at := range places {
			page, paras := shapePage(map[int]string{at: c + ".\n" + credit})
			b := importShape(t, page)
			checkBody(t, bodyText(b), []string{"wreckage", credit}, paras)
			if len(b.Captions) != 1 || !strings.Contains(b.Captions[0].Text, "wreckage") || b.Captions[0].Credit == "" {
				t.Errorf("%q at %d: captions %q, want the caption with its credit", credit, at, b.Captions)
			}
			if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
				t.Errorf("%q at %d: authors %q, want Lena Marsh", credit, at, b.Authors)
			}
		}
	}
}

// TestLinesOverNamesThatAreNoCredits checks the shapes a caption over a
// credit of names must not take: a standfirst over its writer's name
// right under the headline, a letter's closing over its signature, a
// sentence over a line in lower case, a paste without blank lines, and a
// paragraph over a byline.
func TestLinesOverNamesThatAreNoCredits(t *testing.T) {
	t.Run("standfirst over its writer", func(t *testing.T) {
		page := "North pier to be rebuilt\n\nThe council will spend four million on the pier that storms broke last winter.\nLena Marsh\n\n" + shapeBody
		b := importShape(t, page)
		if len(b.Captions) != 0 {
			t.Errorf("captions %q, want none", b.Captions)
		}
	})
	for name, after := range map[string]string{
		"closing":      "With thanks to everyone who wrote in,\nLena",
		"lower case":   "Workers clear the wreckage of the north pier.\nthe harbour at dawn",
		"byline":       "Workers clear the wreckage of the north pier.\nBy Jane Roe",
		"organisation": "The campaign group has promised to keep watch on the council.\nKessing Harbour Watch",
		"signature":    "I have driven the route every day for thirty years and it is no quicker.\nMargaret Hale, Bristol",
	} {
		t.Run(name, func(t *testing.T) {
			page, paras := shapePage(map[int]string{3: after})
			b := importShape(t, page)
			for _, cp := range b.Captions {
				if strings.Contains(cp.Text, strings.Split(after, "\n")[0]) {
					t.Errorf("caption %q taken from %q", cp, after)
				}
			}
			checkBody(t, bodyText(b), nil, paras)
		})
	}
	t.Run("no blank lines", func(t *testing.T) {
		paras := strings.Split(strings.TrimSpace(shapeBody), "\n\n")
		page := "North pier to be rebuilt\nBy Lena Marsh\n" + strings.Join(paras[:2], "\n") + "\nThe harbour master agreed with them.\nHarbour Mobile\n" + strings.Join(paras[2:], "\n") + "\n"
		b := importShape(t, page)
		for _, cp := range b.Captions {
			if strings.Contains(cp.Text, "harbour master") {
				t.Errorf("caption %q taken from a paste without blank lines", cp)
			}
		}
	})
}

// TestVideoCardsAmongParagraphs sets a video's card (its label, its title
// and its running time, two to three lines together) between an article's
// paragraphs and checks that it goes; a sentence of prose over a time
// stays.
func TestVideoCardsAmongParagraphs(t *testing.T) {
	cards := []string{
		"VIDEO03:42\nWhy the pier fell in the storm",
		"Watch Harbour News\nDivers inspect the broken pier\n02:14",
		"Storm breaks the north pier\n00:45\nVideo shows the waves over the quay",
	}
	for _, card := range cards {
		page, paras := shapePage(map[int]string{1: card})
		b := importShape(t, page)
		checkBody(t, bodyText(b), strings.Split(card, "\n"), paras)
	}
	// A paragraph of more than twenty words tight over a time is no card.
	const prose = "The first ferry from the south quay will leave on Monday at a quarter to ten, the operator said on its website."
	page, paras := shapePage(map[int]string{1: prose + "\n09:45"})
	checkBody(t, bodyText(importShape(t, page)), nil, append(paras, prose))
}

// TestCaptionsSetCloseToTheirCredits checks one more place of a caption
// and its credit above the first paragraph: a caption over a credit of
// names on the line right under the page's buttons. (A line right under a
// credit at the end of the byline's lines is the article's: it may be its
// first paragraph as well as the photo's caption.)
func TestCaptionsSetCloseToTheirCredits(t *testing.T) {
	const c = "Workers clear the wreckage of the north pier after the storm."
	for name, page := range map[string]string{
		"under buttons": "North pier to be rebuilt\n\nBy Lena Marsh\n\nShare on Facebook\nShare on X\n" + c + "\nJeroen van der Meer\n\n" + shapeBody,
	} {
		t.Run(name, func(t *testing.T) {
			b := importShape(t, page)
			checkBody(t, bodyText(b), []string{"wreckage"}, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
			if len(b.Captions) != 1 || !strings.Contains(b.Captions[0].Text, "wreckage") || b.Captions[0].Credit == "" {
				t.Errorf("captions %q, want the caption with its credit", b.Captions)
			}
		})
	}
	// The article's first paragraph under a credit is the article's.
	for _, page := range []string{
		"North pier to be rebuilt\n\nBy Lena Marsh\nPhoto: Supplied\n\n" + shapeBody,
		"North pier to be rebuilt\n\nBy Lena Marsh\nPhoto: Supplied\n" + shapeBody,
	} {
		checkBody(t, bodyText(importShape(t, page)), nil, strings.Split(strings.TrimSpace(shapeBody), "\n\n"))
	}
}

// TestCaptionLine checks how a caption reads on a line of its own: its
// text and its credit in parentheses, its text alone, or "Credit: …" for a
// credit with no text (not a bare "(Jane Roe)").
func TestCaptionLine(t *testing.T) {
	for _, c := range []struct {
		c    Caption
		want string
	}{
		{Caption{Text: "Divers at the pier.", Credit: "Jane Roe"}, "Divers at the pier. (Jane Roe)"},
		{Caption{Text: "Divers at the pier."}, "Divers at the pier."},
		{Caption{Credit: "Jane Roe"}, "Credit: Jane Roe"},
	} {
		if got := c.c.Line(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.c, got, c.want)
		}
	}
}

// TestWritersListedOverTheirRoles checks a byline of two or three writers,
// each on a line over a line of its own (a role, a date): every one of
// them is an author, and a date under them is the published date. A name
// under the lines that stands over no such line is not (a photo's credit,
// the next card's writer).
func TestWritersListedOverTheirRoles(t *testing.T) {
	body := strings.TrimSpace(shapeBody)
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Maya Okonkwo\nStaff Software Engineer\nJonas Ferreira\nSenior Software Engineer\nMarch 4, 2024", []string{"Maya Okonkwo", "Jonas Ferreira"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler\nPolitics Editor\nOwen Baird\nData Reporter", []string{"Lena Marsh", "Naomi Kessler", "Owen Baird"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler", []string{"Lena Marsh"}},
		{"Ingrid Haugland\nJournalist\nErlend Solbakken\nJournalist", []string{"Ingrid Haugland", "Erlend Solbakken"}},
		{"Lena Marsh\nHarbour Reporter\nHarbour Council\nPress Office", []string{"Lena Marsh"}},
		{"Lena Marsh\nHarbour Reporter\n\nNaomi Kessler\nPolitics Editor", []string{"Lena Marsh"}},
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+c.head+"\n\n"+body+"\n")
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, b.Authors, c.want)
		}
		checkBody(t, bodyText(b), []string{"Harbour Reporter", "Politics Editor"}, strings.Split(body, "\n\n"))
		if strings.HasSuffix(c.head, "2024") && b.Published.Format("2006-01-02") != "2024-03-04" {
			t.Errorf("%q: published %v, want the date under the writers", c.head, b.Published)
		}
	}
}

// TestListsASentenceIntroduces pastes a how-to whose list of tools lost
// its bullets, with and without blank lines: the lines the sentence
// introduces with a colon are a list's items, and the last of them is no
// subheading over the next paragraph. A box's label with a colon
// introduces no list.
func TestListsASentenceIntroduces(t *testing.T) {
	const lead = "A dripping tap wastes more water than most people think, and fixing one takes less than an hour with a few basic tools."
	const next = "First, turn off the water supply under the sink and open the tap to drain what is left in the pipe."
	items := []string{"An adjustable spanner", "A new washer", "A flat screwdriver"}
	for name, page := range map[string]string{
		"blank lines":    "How to fix a leaking tap\n\nBy Lena Marsh\n\n" + lead + "\n\nYou will need the following:\n\n" + strings.Join(items, "\n") + "\n\n" + next + "\n",
		"no blank lines": "How to fix a leaking tap\nBy Lena Marsh\n" + lead + "\nYou will need the following:\n" + strings.Join(items, "\n") + "\n" + next + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			b := importShape(t, page)
			if len(b.Sections) != 1 {
				t.Fatalf("%d sections, want the lead alone", len(b.Sections))
			}
			s := b.Sections[0]
			var got []string
			for k, p := range s.Paragraphs {
				if s.Kind(k) == ListItem {
					got = append(got, p)
				}
			}
			if !reflect.DeepEqual(got, items) {
				t.Errorf("list items %q, want %q; paragraphs %q", got, items, s.Paragraphs)
			}
		})
	}
	page := "Floods close the coast road\n\nBy Lena Marsh\n\n" + lead + "\n\nMore on the floods:\nRiver levels rise again in the north\nFerries cancelled until Thursday\n\n" + next + "\n"
	for _, s := range importShape(t, page).Sections {
		for k := range s.Paragraphs {
			if s.Kind(k) == ListItem {
				t.Errorf("a box's links taken for a list: %q", s.Paragraphs)
			}
		}
	}
}
