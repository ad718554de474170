package briefing

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// ferryHeadline and ferryLead are the headline and the first paragraphs
// of the article whose heads the byline tests paste between them.
const (
	ferryHeadline = "Night ferries return to the islands in June"
	ferryLead     = "\n\nThe harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n\n" +
		"Islanders who work on the mainland said the change would spare them a night in town twice a week.\n"
)

// headCase is an article's head (headline included) and the writers and
// date it must give; no date is checked when date is "".
type headCase struct {
	head    string
	authors []string
	date    string
}

// checkHeads pastes each head over ferryLead and checks the title, the
// writers and the date the paste gives; it returns the briefings read.
func checkHeads(t *testing.T, cases []headCase) []*Briefing {
	t.Helper()
	var out []*Briefing
	for _, c := range cases {
		b := importShape(t, c.head+ferryLead)
		date := ""
		if !b.Published.IsZero() {
			date = b.Published.Format("2006-01-02")
		}
		if b.Title != ferryHeadline || !reflect.DeepEqual(b.Authors, c.authors) || c.date != "" && date != c.date {
			t.Errorf("title %q, authors %q, date %q; want the headline, %q, %q\n%s", b.Title, b.Authors, date, c.authors, c.date, c.head)
		}
		out = append(out, b)
	}
	return out
}

// checkHeadsLeaveBody is checkHeads over heads set under ferryHeadline,
// and checks that no block the reader shows holds any of gone, in any
// case: the byline's lines leave the body.
func checkHeadsLeaveBody(t *testing.T, cases []headCase, gone ...string) {
	t.Helper()
	for k := range cases {
		cases[k].head = ferryHeadline + "\n\n" + cases[k].head
	}
	for k, b := range checkHeads(t, cases) {
		for _, bl := range shownBlocks(b) {
			for _, g := range gone {
				if strings.Contains(strings.ToLower(bl), strings.ToLower(g)) {
					t.Errorf("%q stays in the body\n%s", bl, cases[k].head)
				}
			}
		}
	}
}

// TestBylinesWithStampsAndCounts pastes article heads whose bylines carry
// more of the page around the name: a change's stamp after it ("Zuletzt
// geändert am …"), the date before it with "par" or "Von", a date run into it
// after a comma, the Spanish "Escribe … en" and its section, dashes
// between the date, the name and the count of comments, the outlet's desk
// after a comma ("ARD-Studio Kiel"), the place the writer files from over
// the date, "Autorin:", "Ein Artikel von", "Posted March 4, 2024 by",
// a Dutch date's short month ("4 mrt 2024"), "Par" after the outlet and
// the dates with their update between bars (no caption under the
// standfirst), a name alone
// under the standfirst over the lead photo's caption, a name over its
// "Follow" button above the headline, and a name over a "Follow" button
// in German under the date, and, under the standfirst, a date with "BY"
// in capitals under the subject's name over a kicker (a sum of money in
// the kicker is no date).
// Each gives the writer, and where it has one the date.
func TestBylinesWithStampsAndCounts(t *testing.T) {
	const headline = ferryHeadline
	dek := "\n\nAfter a winter of one crossing a day, the board has voted to bring the night boats back for the summer season.\n\n"
	for _, c := range []struct {
		head, author, date string
	}{
		{headline + "\n\nIngrid Solvik  Zuletzt geändert am 06.11.2023", "Ingrid Solvik", "2023-11-06"},
		{headline + "\n\n4.02.2022 par  Yann Le Goff\nFerries 0", "Yann Le Goff", "2022-02-04"},
		{headline + "\n\nGesine Hartwig-Brandt,02.01.2023, 11:08 Uhr\n7 min Lesezeit", "Gesine Hartwig-Brandt", "2023-01-02"},
		{headline + "\n\nPublicado el 11 de mayo de 2022\nEscribe Camila Ferrando en   Sociedad\n8 minutos de lectura", "Camila Ferrando", "2022-05-11"},
		{headline + dek + "23.06.2016 um 16:14 Uhr - Markus Lindqvist - 91 Ergänzungen", "Markus Lindqvist", "2016-06-23"},
		{headline + dek + "Marie Rosenthal\n\nA ferry leaves the quay at dusk in October. Foto: Jonas Berg/Reuters", "Marie Rosenthal", ""},
		{headline + dek + "Marta Okafor\n\nHer $150K ferry ticket ... REFUNDED!!!\n\n2/26/2015 7:11 AM PST BY JANE ROE\n\nEXCLUSIVE", "Jane Roe", "2015-02-26"},
		{headline + "\n\nLe Quotidien | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par  Jean Roux", "Jean Roux", "2015-05-04"},
		{headline + dek + "Le Quotidien | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par  Jean Roux", "Jean Roux", "2015-05-04"},
		{"Francois Delmas\nFollow\nDec 9, 2019 · 6 min read\n\n" + headline, "Francois Delmas", "2019-12-09"},
		{headline + "\n\n04.03.2024 07:14 Uhr  Von Jana Vogler", "Jana Vogler", "2024-03-04"},
		{headline + "\n\nStand: 04.03.2024 07:14 Uhr\nVon Jana Vogler, ARD-Studio Kiel", "Jana Vogler", "2024-03-04"},
		{headline + dek + "Jana Vogler, Kiel\n04.03.2024, 07.14 Uhr", "Jana Vogler", "2024-03-04"},
		{headline + "\n\nAutorin: Jana Vogler\n04.03.2024", "Jana Vogler", "2024-03-04"},
		{headline + "\n\nEin Artikel von Jana Vogler\n04.03.2024", "Jana Vogler", "2024-03-04"},
		{headline + "\n\nPosted March 4, 2024 by Jana Vogler", "Jana Vogler", "2024-03-04"},
		{headline + "\n\nJana Vogler\n4 mrt 2024", "Jana Vogler", "2024-03-04"},
		{headline + dek + "Auf Facebook teilen In Messenger teilen\n19.10.19, 18:56\n\nOliver Brandauer\n\nFolge mir  Folge Oliver Brandauer auf Facebook", "Oliver Brandauer", ""},
	} {
		checkHeads(t, []headCase{{c.head, []string{c.author}, c.date}})
	}
}

// TestNamesAfterADateAreNoByline keeps the other side: a caption that
// names a person and a day ("Angela Brandt am 06.11.2023 in Kiel") and a
// sentence under the headline that opens with a name are not bylines.
func TestNamesAfterADateAreNoByline(t *testing.T) {
	for _, line := range []string{
		"Angela Brandt am 06.11.2023 in Kiel",
		"Jane Doe told the board on Tuesday that the ferries would run again.",
	} {
		if names, ok := pasteByline(line, ""); ok {
			t.Errorf("%q read as a byline of %q", line, names)
		}
	}
}

// TestBylinesWithAvatarsAndDurch pastes article heads whose byline names
// several writers, each under the initials the page shows in place of a
// photo ("JV" over "Jana Vogler"), one a German theme opens with
// "durch", and a name over a date whose year the layout ran into its time
// ("202200:00"): each gives all its writers and the date; a line that opens
// with "durch" in a sentence's sense names nobody.
func TestBylinesWithAvatarsAndDurch(t *testing.T) {
	const headline = ferryHeadline
	checkHeads(t, []headCase{
		{headline + "\n\nJV\nJana Vogler\nKO\nKofi Osei\npostado em 24/05/2022 05:49 / atualizado em 24/05/2022 05:50", []string{"Jana Vogler", "Kofi Osei"}, "2022-05-24"},
		{headline + "\n\ndurch Jana Vogler\n\n24. Oktober 2018", []string{"Jana Vogler"}, "2018-10-24"},
		{headline + "\n\nJana Vogler\nmiércoles, 4 de mayo de 202200:00 hs", []string{"Jana Vogler"}, "2022-05-04"},
	})
	for _, line := range []string{"Durch die Stadt am Fluss", "Durch Berlin mit dem Rad"} {
		if names, ok := pasteByline(line, ""); ok {
			t.Errorf("%q read as a byline of %q", line, names)
		}
	}
}

// TestBylinesInMoreLanguagesAndBreaks pastes heads whose bylines come in
// forms sites print in French, Spanish, Portuguese and German (a label
// with a space before its colon, a role after the name, the kind of piece
// before it, "Publié par … le …", a correspondent's "Von unserer
// Korrespondentin", the place in brackets or a degree after the name over
// the date), and one whose names break over two lines after
// "and": each gives its writers, and the second name is not left in the
// body as a line of its own.
func TestBylinesInMoreLanguagesAndBreaks(t *testing.T) {
	var cases []headCase
	for _, c := range []struct {
		head    string
		authors []string
	}{
		{"Texte : Jana Vogler\nPhotos : Kofi Osei", []string{"Jana Vogler"}},
		{"Jana Vogler, enviada especial a Kiel", []string{"Jana Vogler"}},
		{"Un article de Jana Vogler", []string{"Jana Vogler"}},
		{"Aufgezeichnet von Jana Vogler", []string{"Jana Vogler"}},
		{"Publié par Jana Vogler le 4 mars 2024", []string{"Jana Vogler"}},
		{"Von unserer Korrespondentin Jana Vogler, Brüssel", []string{"Jana Vogler"}},
		{"Reportagem de Jana Vogler", []string{"Jana Vogler"}},
		{"Texto de Jana Vogler", []string{"Jana Vogler"}},
		{"Jana Vogler, da Redação\n24/03/2024", []string{"Jana Vogler"}},
		{"By Jana Vogler and\nKofi Osei", []string{"Jana Vogler", "Kofi Osei"}},
		{"Jana Vogler (Madrid)\n24/03/2024", []string{"Jana Vogler"}},
		{"Jana Vogler, Ph.D.\nMarch 4, 2024", []string{"Jana Vogler"}},
	} {
		cases = append(cases, headCase{head: c.head, authors: c.authors})
	}
	checkHeadsLeaveBody(t, cases, "Kofi Osei", "Jana Vogler")
}

// TestBylinesBesideDatesAndPlaces pastes heads whose line of details sets
// the date and the writer side by side with nothing but the page's layout
// between them ("30. Oktober 2023 Jana Vogler Kultur", the section's name
// last), a theme's slashes between the date, the writer and the count of
// comments, the places the writers file from between their names before
// the date ("Jana Vogler, London, Kofi Osei 19.10.2019, 23:38 Uhr"), a
// French "Publié le" right after the name, and "Gepostet von". A date
// over a section of two words names no writer.
func TestBylinesBesideDatesAndPlaces(t *testing.T) {
	checkHeadsLeaveBody(t, []headCase{
		{head: "30. Oktober 2023 Jana Vogler Kultur", authors: []string{"Jana Vogler"}, date: "2023-10-30"},
		{head: "March 4, 2024 Jana Vogler News", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "March 4, 2024 / Jana Vogler / 2 Comments", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "Jana Vogler, Brüssel 04.03.2024, 07:14 Uhr", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "Jana Vogler, London, Kofi Osei 19.10.2019, 23:38 Uhr", authors: []string{"Jana Vogler", "Kofi Osei"}, date: "2019-10-19"},
		{head: "Par Jana Vogler Publié le 04 mars 2024 à 07h14", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "Gepostet von Jana Vogler am 04.03.2024", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "4. März 2024 Lokales Kiel", date: "2024-03-04"},
	}, "Jana Vogler", "2024")
}

// TestBylinesWithStampsWiresAndLabels pastes heads whose bylines a page's
// stamp opens ("Erstellt am … von", "Lesezeit: 3 Min. | …", both of them
// furniture alone), whose name the wire or the paper follows in brackets,
// whose name in capitals the outlet's staff follows, and whose labels are
// those of more languages ("Autor/in:", "A cura di", "Propos recueillis
// par", "Geschreven door", a forum's "Beitrag von … »"), the wire after
// "avec", and the Dutch "Door" before the date.
func TestBylinesWithStampsWiresAndLabels(t *testing.T) {
	checkHeadsLeaveBody(t, []headCase{
		{head: "Erstellt am 04.03.2024 von Jana Vogler", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
		{head: "Lesezeit: 3 Min. | Jana Vogler", authors: []string{"Jana Vogler"}},
		{head: "Jana Vogler (dpa)", authors: []string{"Jana Vogler"}},
		{head: "Jana Vogler (Harbour Times)", authors: []string{"Jana Vogler"}},
		{head: "By JANA VOGLER Harbour Times Staff Writer", authors: []string{"Jana Vogler"}},
		{head: "Autor/in: Jana Vogler", authors: []string{"Jana Vogler"}},
		{head: "A cura di Jana Vogler", authors: []string{"Jana Vogler"}},
		{head: "Propos recueillis par Jana Vogler", authors: []string{"Jana Vogler"}},
		{head: "Geschreven door Jana Vogler", authors: []string{"Jana Vogler"}},
		{head: "Beitrag von Jana Vogler » Mo 4. Mär 2024, 07:14", authors: []string{"Jana Vogler"}},
		{head: "Jana Vogler, avec AFP", authors: []string{"Jana Vogler"}},
		{head: "Par Jana Vogler avec AFP", authors: []string{"Jana Vogler"}},
		{head: "Door Jana Vogler · 4 maart 2024, 07:14", authors: []string{"Jana Vogler"}, date: "2024-03-04"},
	}, "Jana Vogler")
}

// TestBylineNamesOfManyShapes pastes bylines whose names come in the
// shapes writers' names take: initials with spaces between ("J. K.
// Rowling"), particles that make a name of five words ("Ana María de la
// Torre"), apostrophes, hyphens, accents and three given names; each in
// the forms "By NAME", "NAME | DATE", NAME over the date and "Von NAME".
func TestBylineNamesOfManyShapes(t *testing.T) {
	var cases []headCase
	for _, n := range []string{"J. K. Rowling", "Ana María de la Torre", "Michael L. Anderson", "Siobhan O'Brien",
		"Willem van der Berg", "Anna-Lena Schäfer", "Mary Ellen Carter", "Óscar Núñez", "Lars Ødegaard"} {
		for _, f := range []string{"By %s", "%s | March 4, 2024", "%s\nMarch 4, 2024", "Von %s"} {
			cases = append(cases, headCase{head: fmt.Sprintf(f, n), authors: []string{n}})
		}
	}
	checkHeadsLeaveBody(t, cases)
}
