package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestSignatureUnderTheLastParagraph pastes an article without a byline
// over it and with its writer's signature under its last paragraph, as
// many papers and blogs sign their pieces: the signature gives the
// authors and leaves the body. A press contact's name, a commenter's over
// the date of the comment, a name the article quotes and a box's count of
// comments give none, and a byline over the article wins over the
// signature.
func TestSignatureUnderTheLastParagraph(t *testing.T) {
	quoted := "\n\n“We are ready for the summer,” said Kofi Osei, who runs the harbour office.\n"
	for _, c := range []struct {
		head, tail string
		authors    []string
	}{
		{"", "Von Jana Vogler", []string{"Jana Vogler"}},
		{"", "Von Jana Vogler\n\n© dpa-infocom, dpa:240304-99-123456/2", []string{"Jana Vogler"}},
		{"", "Text: Jana Vogler", []string{"Jana Vogler"}},
		{"", "Auteur : Jana Vogler", []string{"Jana Vogler"}},
		{"", "(Jana Vogler)", []string{"Jana Vogler"}},
		{"", "— Jana Vogler", []string{"Jana Vogler"}},
		{"", "Jana Vogler, dpa", []string{"Jana Vogler"}},
		{"", "von\n\nJana Vogler", []string{"Jana Vogler"}},
		{"", "Reporting by Jana Vogler; Editing by Kofi Osei", []string{"Jana Vogler"}},
		{"", "Jana Vogler — 2013-09-29 — in Harbour — Permalink", []string{"Jana Vogler"}},
		{"", "Über die Autorin\n\nJana Vogler ist Redakteurin im Ressort Politik.", []string{"Jana Vogler"}},
		{"", "Jana Vogler is a reporter at the Harbour Times.", []string{"Jana Vogler"}},
		{"", "Kontakt:\n\nJana Vogler\n\nTelefon 0431 123456", nil},
		{"", "Jana Vogler\n\n4. März 2024 um 10:14\n\nToller Artikel!", nil},
		{"", "Keine Kommentare / Trackbacks\n\nRSS Feed zu den Kommentaren dieses Artikels", nil},
		{"", strings.TrimSpace(quoted) + "\n\nKofi Osei", nil},
		{"By Kofi Osei\n\n", "Jana Vogler", []string{"Kofi Osei"}},
	} {
		b := importShape(t, ferryHeadline+"\n\n"+c.head+strings.TrimPrefix(ferryLead, "\n\n")+"\n"+c.tail+"\n")
		if !reflect.DeepEqual(b.Authors, c.authors) {
			t.Errorf("authors %q, want %q\n%s", b.Authors, c.authors, c.tail)
		}
		for _, bl := range shownBlocks(b) {
			if bl == c.tail {
				continue // a bio as the last paragraph stays the article's
			}
			if strings.Contains(bl, "Jana Vogler") || strings.Contains(bl, "Kommentar") {
				t.Errorf("%q stays in the body\n%s", bl, c.tail)
			}
		}
	}
}
