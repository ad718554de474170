package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// review28Body is the rest of an article under its first paragraph.
const review28Body = "Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n\n" +
	"Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch.\n"

// TestFirstParagraphWithoutItsLastFullStop checks that an article's first
// paragraph right under the headline that lost its last full stop, or
// ends with an emoji or a footnote's mark, stays the article's: a
// standfirst without its full stop is one sentence ending in a word.
func TestFirstParagraphWithoutItsLastFullStop(t *testing.T) {
	for _, c := range []struct{ page, first string }{
		{"Ferry fares to rise by a fifth\n\nThe harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April. " +
			"It is the first rise in six years, and the board's chair said it would not be the last\n\n" + review28Body, "The harbour board voted"},
		{"Our night on the island boat\n\nSo this weekend we finally took the night boat out to the islands and honestly it was worth every penny 🙂\n\n" +
			review28Body, "So this weekend"},
		{"Ferry fares to rise by a fifth\n\nThe harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April[1]\n\n" +
			review28Body, "The harbour board voted"},
		{"Fähren werden ab April teurer\n\nDer Hafenrat hat am Dienstag beschlossen, die Preise aller Fähren ab April um ein Fünftel zu erhöhen. " +
			"Es ist die erste Erhöhung seit sechs Jahren, und die Vorsitzende sagte, es werde nicht die letzte sein\n\n" +
			"Die Mitglieder des Rates sagten, die Kosten für Treibstoff und Besatzungen ließen ihnen keine Wahl.\n\n" +
			"Die Fischer begrüßten die Entscheidung, baten aber um Platz für ihre Boote.\n", "Der Hafenrat hat"},
	} {
		b, err := Import("x.txt", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != "" || len(b.Sections) == 0 || !strings.HasPrefix(b.Sections[0].Paragraphs[0], c.first) {
			t.Errorf("%.40q: the first paragraph was taken: standfirst %q, body %.60q", c.page, b.Standfirst, bodyText(b))
		}
	}
	// A standfirst ending in a quotation, without its full stop, is still one.
	dek := `The chair says the board had "no other choice" this spring`
	b, err := Import("x.txt", []byte("Ferry fares to rise by a fifth\n\n"+dek+"\n\nThe harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April.\n\n"+review28Body))
	if err != nil {
		t.Fatal(err)
	}
	if b.Standfirst != dek {
		t.Errorf("standfirst %q, want %q", b.Standfirst, dek)
	}
}

// TestLeadGluedUnderABylineSetApart checks that an article's lead
// paragraph set line under line with a byline that stands apart from the
// headline (as a person sets a paste by hand) stays the article's, though
// it asks a question or runs to three sentences, in English and German:
// only a header copied whole, the byline glued under the headline or
// date, sets its standfirst so.
func TestLeadGluedUnderABylineSetApart(t *testing.T) {
	for _, c := range []struct{ page, lead, author string }{
		{"Ferry fares to rise by a fifth\n\nBy Jane Roe\nWho pays for the new pier? Not the council, its chair said on Tuesday, as the board voted to raise every fare by a fifth.\n\n" +
			review28Body, "Who pays for the new pier?", "Jane Roe"},
		{"Ferry fares to rise by a fifth\n\nBy Jane Roe\n\"Where are we supposed to land the catch?\" Mary Poe asked the board on Tuesday. She has fished from the north quay for thirty years.\n\n" +
			review28Body, "\"Where are we supposed", "Jane Roe"},
		{"Ferry fares to rise by a fifth\n\nBy Jane Roe\nThe board met on Tuesday. It voted five to two. Every fare will rise by a fifth from April.\n\n" +
			review28Body, "The board met on Tuesday.", "Jane Roe"},
		{"Fähren werden ab April teurer\n\nVon Jana Roth\nWer zahlt für den neuen Steg? Nicht der Rat, sagte die Vorsitzende am Dienstag.\n\n" +
			"Der Hafenrat hat am Dienstag beschlossen, die Preise aller Fähren ab April um ein Fünftel zu erhöhen.\n\n" +
			"Die Fischer begrüßten die Entscheidung, baten aber um Platz für ihre Boote.\n", "Wer zahlt für den neuen Steg?", "Jana Roth"},
	} {
		b, err := Import("x.txt", []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != "" || !reflect.DeepEqual(b.Authors, []string{c.author}) || len(b.Sections) == 0 || !strings.HasPrefix(b.Sections[0].Paragraphs[0], c.lead) {
			t.Errorf("%.40q: the lead was taken: standfirst %q, authors %q, body %.60q", c.lead, b.Standfirst, b.Authors, bodyText(b))
		}
	}
}

// TestShareAsASubheadingInJapanese checks that "シェア" set alone as a
// Japanese article's subheading (a market's share) over its paragraphs
// stays, while the share bar's "シェアする" goes.
func TestShareAsASubheadingInJapanese(t *testing.T) {
	page := "スマホ市場、春に回復\n\n港町のスマホ市場は三月に回復した。調査会社が九日に発表した。\n\nシェア\n\n" +
		"上位三社が市場の七割を占めた。前年より五ポイント多い。\n\n地元の店は値下げで対抗している。\n"
	checkBody(t, bodyText(importShape(t, page)), nil, []string{"シェア\n上位三社", "地元の店は"})
	page = "スマホ市場、春に回復\n\nシェアする\n\n港町のスマホ市場は三月に回復した。調査会社が九日に発表した。\n\n" +
		"上位三社が市場の七割を占めた。前年より五ポイント多い。\n\n地元の店は値下げで対抗している。\n"
	checkBody(t, bodyText(importShape(t, page)), []string{"シェアする"}, []string{"港町のスマホ市場", "地元の店は"})
}

// TestCaptionAmongControlsInGerman checks that a German caption set apart
// between the page's buttons and its photo's credit is the caption, and
// the article's first paragraph under the credit stays the article's.
func TestCaptionAmongControlsInGerman(t *testing.T) {
	caption := `Der Hafenrat erhöht die Preise: "Niemand hat uns gefragt"`
	page := "Fähren werden ab April teurer\n\nVon Jana Roth\n\n04.03.2025, 06.00 Uhr\n\nTeilen\n\n" + caption + "\n\nFoto: Jens Koller / HAFENBLATT\n\n" +
		"Der Hafenrat hat am Dienstag beschlossen, die Preise aller Fähren ab April um ein Fünftel zu erhöhen.\n\n" +
		"Die Fischer begrüßten die Entscheidung, baten aber um Platz für ihre Boote.\n"
	b, err := Import("x.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Captions) != 1 || b.Captions[0].Text != caption || b.Captions[0].Credit != "Jens Koller / HAFENBLATT" ||
		len(b.Sections) == 0 || !strings.HasPrefix(b.Sections[0].Paragraphs[0], "Der Hafenrat hat am Dienstag") {
		t.Errorf("captions %q, body %.80q", b.Captions, bodyText(b))
	}
}
