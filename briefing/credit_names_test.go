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
