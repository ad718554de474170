package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestBylinesOfBlogsAndForeignSites pastes article heads as more sites set
// them, and checks the authors and the title read from each: a byline
// ending in a full stop, a name over the lead photo's "Enlarge this image",
// a blog's name under its date and reading time, names over their roles
// in other languages (after the standfirst too), and a photo's credit
// under its label that is no headline.
func TestBylinesOfBlogsAndForeignSites(t *testing.T) {
	lead := "\n\nThe harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n"
	for _, c := range []struct {
		page, title string
		authors     []string
	}{
		{"Quimper. Night ferries return to the islands in June\n\nAfter a winter of one crossing a day, the board has voted to bring the night boats back.\nYann Le Goff.\nPublié le 05/04/2025 à 07h15\nÉcouter\nPartager" + lead,
			"Quimper. Night ferries return to the islands in June", []string{"Yann Le Goff"}},
		{"Night ferries return to the islands in June\n\nMargaret Okafor\nEnlarge this image\nA ferry leaves the quay at dusk in October.\nMargaret Okafor/Harbour Radio\nhide caption\ntoggle caption" + lead,
			"Night ferries return to the islands in June", []string{"Margaret Okafor"}},
		{"~/quay-notes\nposts\ntags\nabout\nrss\n\nNight ferries return to the islands in June\n\n2025-01-08\n· 6 min read ·\nTomasz Wierzbicki\nTable of Contents" + lead,
			"Night ferries return to the islands in June", []string{"Tomasz Wierzbicki"}},
		{"Night ferries return to the islands in June\n\nA stretch of the crossing will run at night again, and critics say the money would be better spent by day.\n\n" +
			"Ingrid Haugland\nJournalist\nErlend Solbakken\nJournalist\nPublisert: 11.11.2025 19:02" + lead,
			"Night ferries return to the islands in June", []string{"Ingrid Haugland", "Erlend Solbakken"}},
		{"Islas\nPuertos\n\nVuelven los ferris nocturnos a las islas en junio\n\nLos usuarios podrán viajar de noche otra vez, tras un invierno con un solo cruce al día.\n\n" +
			"Foto:\nPuerto de Medellín\nDaniela Restrepo Ochoa\nCorresponsal de EL DIARIO\nActualizado:\n10.06.2025 07:30" + lead,
			"Vuelven los ferris nocturnos a las islas en junio", []string{"Daniela Restrepo Ochoa"}},
	} {
		b := importShape(t, c.page)
		if b.Title != c.title || !reflect.DeepEqual(b.Authors, c.authors) {
			t.Errorf("title %q, authors %q; want %q, %q", b.Title, b.Authors, c.title, c.authors)
		}
	}
}

// TestBlogPostUnderItsDate pastes a blog's page whole: the blog's name and
// tagline over its menu, the post's date over the post's title, and the
// author under the post in the theme's words, split over lines in
// Spanish ("Publicado por" over the name).
func TestBlogPostUnderItsDate(t *testing.T) {
	page := "Cuaderno del Puerto\nApuntes de un muelle en el norte\nPágina principal\nQuiénes somos\nRecetas\nsábado, 15 de marzo de 2025\n\n" +
		"Barcos de noche: lo que aprendí en tres temporadas\n\n" +
		"Hace tres años empecé a cruzar de noche en el ferri del norte, un barco viejo con más viento en cubierta del que me habría gustado aquella primera vez.\n\n" +
		"Os dejo aquí lo que me ha funcionado, por si a alguien le sirve en su primer invierno a bordo.\n\n" +
		"El camarote siempre vale la pena, aunque cueste el doble que el asiento, porque la noche es larga y el mar del norte no perdona.\n\n" +
		"Publicado por\nMarta Lasheras\nen\n10:42\n4 comentarios:\nCompartir en X\n"
	b := importShape(t, page)
	if want := "Barcos de noche: lo que aprendí en tres temporadas"; b.Title != want || !reflect.DeepEqual(b.Authors, []string{"Marta Lasheras"}) {
		t.Errorf("title %q, authors %q; want %q, [Marta Lasheras]", b.Title, b.Authors, want)
	}
}

// TestHeadsUnderASectionLabel pastes article pages that open with their
// section's label over the headline and its standfirst, with the byline
// in forms of other languages' sites (a name over where the writer files
// from, a name over "Seguir", a date as "4.mar.2024"), and checks the
// title, the authors and the date.
func TestHeadsUnderASectionLabel(t *testing.T) {
	lead := "\n\nThe harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n"
	const headline = "Night ferries return to the islands in June after a winter of single crossings"
	for _, c := range []struct {
		head   string
		author string
	}{
		{"cotidiano\n" + headline + "\nThe board says a second boat will follow in July; the islands' 600 residents depended on one crossing a day\n\nRenata Vilela Barros\nSanta Rita do Norte (SP)\n4.mar.2024 às 19h15\n\nOuvir o texto", "Renata Vilela Barros"},
		{"Faits divers\nVal-d'Oise\n" + headline + "\nLe conseil du port a voté mardi le retour des bateaux de nuit\n\nPar Camille Durand\nLe 4 mars 2024 à 18h42\n\nLecture : 2 min.\nPartager", "Camille Durand"},
		{"Sociedad\n" + headline + "\nLa junta del puerto votó el martes y los vecinos celebraron la noticia en el muelle\n\nEscuchar nota\n\nMartina Echeverría\nSeguir\n4 de marzo de 2024\n18:42", "Martina Echeverría"},
		{"ESPAÑA\nGALICIA\n" + headline + "\nLos vecinos han recogido 1.400 firmas para reclamar más barcos\n\nLUCÍA GARRIDO ORTEGA\nPuerto Norte (Lugo)\nActualizado Lunes, 4 marzo 2024 - 20:31\n\nComentar", "Lucía Garrido Ortega"},
	} {
		b := importShape(t, c.head+lead)
		if b.Title != headline || !reflect.DeepEqual(b.Authors, []string{c.author}) || b.Published.Format("2006-01-02") != "2024-03-04" {
			t.Errorf("title %q, authors %q, date %v; want the headline, %q, 2024-03-04", b.Title, b.Authors, b.Published.Format("2006-01-02"), c.author)
		}
	}
	for _, d := range []string{"4.mar.2024", "4 marca 2024", "4. března 2024", "4 Mart 2024", "4 maart 2024", "4 dic. 2023"} {
		if lineDate(d).IsZero() {
			t.Errorf("%q is read as no date", d)
		}
	}
}

// TestAgencyUnderTheByline checks that a news agency on the line under a
// "By" byline is the agency the writer files for, not a photo's credit:
// the reader shows no caption "Credit: Associated Press" for it; and that
// a role there is the writer's, not a subheading.
func TestAgencyUnderTheByline(t *testing.T) {
	paste := "Storm closes harbour as fishing fleet waits out gale\n\nBy JANE DOE\nAssociated Press\n\n" +
		"The harbour at Kessing was closed to all traffic on Tuesday as a gale swept the coast, leaving more than forty boats tied up at the quay.\n\n" +
		"Harbour master Erik Lund said the closure would last at least two days.\n"
	b := importShape(t, paste)
	if len(b.Authors) != 1 || b.Authors[0] != "Jane Doe" {
		t.Errorf("authors %q, want Jane Doe", b.Authors)
	}
	if len(b.Captions) != 0 {
		t.Errorf("captions %+v, want none", b.Captions)
	}
	if n := len(b.Sections[0].Paragraphs); n != 2 {
		t.Errorf("%d paragraphs, want 2", n)
	}
	// The writer's role under the byline is no subheading, with or
	// without blank lines.
	for _, sep := range []string{"\n\n", "\n"} {
		role := "Storm closes harbour as fishing fleet waits out gale" + sep + "By Jane Doe\nBusiness Correspondent" + sep +
			"The harbour at Kessing was closed to all traffic on Tuesday as a gale swept the coast, leaving more than forty boats tied up at the quay." + sep +
			"Harbour master Erik Lund said the closure would last at least two days.\n"
		b := importShape(t, role)
		if len(b.Sections) != 1 || b.Sections[0].Heading != "" || len(b.Authors) != 1 {
			t.Errorf("role under the byline: authors %q, sections %+v", b.Authors, b.Sections)
		}
	}
}

// TestHeadsOfNewsSitesAbroad checks heads of pages in the forms of news
// sites in other languages: two writers joined by the language's "and"
// ("en"), a credit led by its word ("Beeld") over the lead photo's short
// caption, the byline's date on the line under it, and writers named one
// per line over the date.
func TestHeadsOfNewsSitesAbroad(t *testing.T) {
	body := "\n\nTussen Ameland en Schiermonnikoog komt het eerste gebied in de Waddenzee waar het hele jaar geen motorboten mogen varen, heeft het kabinet besloten.\n\n" +
		"Het gaat om een gebied van ongeveer veertig vierkante kilometer rond de zandplaten, waar zeehonden en vogels rusten en jongen grootbrengen.\n"
	nl := "Waddenzee krijgt eerste stiltegebied tussen Ameland en Schiermonnikoog\n\nSanne de Waard en Youssef El Khatib\n2 december 2026, 15:52\n\n" +
		"Beeld ANP / Koen van Weel\nZeehonden op een zandplaat bij Ameland." + body
	b := importShape(t, nl)
	if strings.Join(b.Authors, "; ") != "Sanne de Waard; Youssef El Khatib" {
		t.Errorf("authors %q", b.Authors)
	}
	if got := b.Published.Format("2006-01-02"); got != "2026-12-02" {
		t.Errorf("published %s", got)
	}
	if len(b.Captions) != 1 || b.Captions[0].Text != "Zeehonden op een zandplaat bij Ameland." || b.Captions[0].Credit != "Beeld ANP / Koen van Weel" {
		t.Errorf("captions %+v", b.Captions)
	}
	sv := "Klarna-grundare startar ny bank för bolån\n\nErik Lindqvist\nAmira Haddad\nPublicerad 2 dec 2026 kl 12.10" + body
	b = importShape(t, sv)
	if strings.Join(b.Authors, "; ") != "Erik Lindqvist; Amira Haddad" {
		t.Errorf("stacked writers: authors %q", b.Authors)
	}
}

// TestJapanesePageHead pastes a Japanese news page whole, without blank
// lines: the headline under the menu, the date written year first, the
// share buttons ("はてなブックマーク"), and the writer named in lenticular
// brackets under the last paragraph.
func TestJapanesePageHead(t *testing.T) {
	page := "毎日新報\nログイン\nニュース\n政治\n経済\n社会\n" +
		"ローカル線の存続へ、住民が駅を「買い取る」　島根で全国初の試み\n2026/12/3 06:00（最終更新 12/3 09:41）\nX（旧ツイッター）\nFacebook\nはてなブックマーク\nメール\n印刷\n" +
		"利用者の減少で存続が危ぶまれている路線の駅舎を、地元の住民らが出資して設立した会社が買い取ることになった。鉄道会社によると、住民が駅舎を買い取るのは全国で初めてという。\n" +
		"買い取るのは、町の中心にある駅の駅舎と周辺の土地。住民ら約三百二十人が出資し、駅舎は待合室とカフェ、仕事場として使われる予定だ。\n" +
		"会社の社長を務める元町職員の男性は「駅がなくなれば町の灯が消える。みんなで守りたい」と話している。\n【高橋美咲】\nあわせて読みたい\n"
	b := importShape(t, page)
	if b.Title != "ローカル線の存続へ、住民が駅を「買い取る」 島根で全国初の試み" {
		t.Errorf("title %q", b.Title)
	}
	if got := b.Published.Format("2006-01-02"); got != "2026-12-03" {
		t.Errorf("published %s", got)
	}
	if strings.Join(b.Authors, "; ") != "高橋美咲" {
		t.Errorf("authors %q", b.Authors)
	}
	if body := bodyText(b); strings.Contains(body, "はてな") || strings.Contains(body, "【") {
		t.Errorf("furniture in the body:\n%s", body)
	}
}

// TestStampsAndBreadcrumbAroundTheHead pastes heads with a line of the
// page's stamps under the byline ("• 2d • 3 min read"), which is no
// photo's caption, and a breadcrumb over the headline ("News › Local ›
// Kessing"), which is no title.
func TestStampsAndBreadcrumbAroundTheHead(t *testing.T) {
	body := "\n\nThe harbour at Kessing was closed to all traffic on Tuesday as a gale swept the coast, leaving more than forty boats tied up at the quay and their crews ashore.\n\n" +
		"Harbour master Erik Lund said the closure would last at least two days.\n"
	b := importShape(t, "Storm closes harbour as fleet waits out gale\n\nStory by Jane Doe\n• 2d • 3 min read"+body)
	if len(b.Captions) != 0 || len(b.Authors) != 1 {
		t.Errorf("stamps under the byline: authors %q, captions %+v", b.Authors, b.Captions)
	}
	b = importShape(t, "News › Local › Kessing\nStorm closes harbour as fleet waits out gale\nBy Jane Doe · Published Dec 2, 2026"+body)
	if b.Title != "Storm closes harbour as fleet waits out gale" {
		t.Errorf("title %q under a breadcrumb", b.Title)
	}
}

// TestLeadCaptionOverOneWordCredit pastes a head whose lead photo's
// caption, one sentence, stands right under the byline and its date over
// a credit of one word, each set apart by blank lines; and an article
// whose short paragraph over a one-word subheading stands further down,
// which stays.
func TestLeadCaptionOverOneWordCredit(t *testing.T) {
	body := "The harbour at Kessing was closed to all traffic on Tuesday as a gale swept the coast, leaving more than forty boats tied up at the quay and their crews ashore.\n\n"
	head := "Storm closes harbour as fleet waits out gale\n\nBy Jane Doe\n\nDecember 2, 2026\n\nBoats tied up at the quay in Kessing on Tuesday.\n\nReuters\n\n" + body
	b := importShape(t, head)
	if len(b.Captions) != 1 || b.Captions[0].Text != "Boats tied up at the quay in Kessing on Tuesday." {
		t.Errorf("captions %+v", b.Captions)
	}
	inside := "Storm closes harbour as fleet waits out gale\n\nBy Jane Doe\n\n" + body + "Nobody was hurt in the storm.\n\nBackground\n\n" +
		"The harbour was last closed for a storm in 2019, when a trawler broke its moorings and drifted onto the rocks at the mouth of the bay.\n"
	b = importShape(t, inside)
	if len(b.Captions) != 0 || !strings.Contains(bodyText(b), "Nobody was hurt in the storm.") {
		t.Errorf("a paragraph over a subheading taken for a caption: %+v", b.Captions)
	}
}

// TestCaptionSetApartUnderItsCredit pastes a head whose lead photo's
// credit stands over its caption, one short sentence, each set apart by
// blank lines, over the article's first paragraph: the sentence is the
// caption.
func TestCaptionSetApartUnderItsCredit(t *testing.T) {
	page := "Storm closes harbour as fleet waits out gale\n\nBy Jane Doe\nShare  Tweet  Share\n\nJohn Roe/Harbour News\n\nThe best photographs of a stormy week on the coast in one place.\n\n" +
		"The harbour at Kessing was closed to all traffic on Tuesday as a gale swept the coast, leaving more than forty boats tied up at the quay and their crews ashore.\n\n" +
		"Harbour master Erik Lund said the closure would last at least two days.\n"
	b := importShape(t, page)
	if len(b.Captions) != 1 || b.Captions[0].Text != "The best photographs of a stormy week on the coast in one place." || b.Captions[0].Credit != "John Roe/Harbour News" {
		t.Errorf("captions %+v", b.Captions)
	}
	// A share button that names the article is neither caption nor text.
	shared := strings.Replace(page, "By Jane Doe\nShare  Tweet  Share\n", "How the harbour town of Kessing rode out the worst gale in a decade, and what it cost the fleet.\n\n"+
		"By Jane Doe\nShare  Tweet  Share\nShare Storm closes harbour as fleet waits out gale\ntweet  share  Reddit  Pocket  Flipboard  Email\n", 1)
	b = importShape(t, shared)
	if len(b.Captions) != 1 || strings.Contains(bodyText(b), "Share Storm") {
		t.Errorf("the share button kept: captions %+v", b.Captions)
	}
}

// TestWritersInTheirPlaces checks bylines of writers each in the place
// they file from ("Name in Place and Name in Place", "Name in Place and
// agencies"), and that a name over a headline with a figure is no byline
// (the headline is no date line).
func TestWritersInTheirPlaces(t *testing.T) {
	for _, c := range []struct {
		line, next string
		want       []string
	}{
		{"Hannah Lindqvist in Stockholm and Rory Devlin in London", "Published 4 hours ago", []string{"Hannah Lindqvist", "Rory Devlin"}},
		{"Tomasz Wierzbicki in Veltrava and agencies", "Tue 4 Mar 2025 09.14 CET", []string{"Tomasz Wierzbicki"}},
		{"Jane Roe in Paris and London", "", nil},
		{"Local Bus", "Why the 38 bus keeps disappearing", nil},
		{"Maya Okafor", "3 hours ago", []string{"Maya Okafor"}},
		{"March 3, 2025 · 5 min · 1023 words · Rasmus Tepp", "Table of Contents", []string{"Rasmus Tepp"}},
	} {
		got, _ := pasteByline(c.line, c.next)
		if !reflect.DeepEqual(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("pasteByline(%q over %q) = %q, want %q", c.line, c.next, got, c.want)
		}
	}
}

// TestImageTextAndMenusAreNoTitles checks that the text a page gives its
// writer's picture or its cover image ("Maya Okafor's avatar", "Cover
// image for …") is furniture, and that neither it, nor a menu run
// together on one line, a site's name in lower case ("g1"), a date alone
// nor a writer's credit ("Editor Piet Vos") is the title.
func TestImageTextAndMenusAreNoTitles(t *testing.T) {
	for _, l := range []string{"Maya Okafor's avatar", "Avatar for Jane Roe", "Profile picture of Jane Roe", "Cover image for Parsing dates from twelve countries"} {
		if classifyFurniture(l) == notFurniture {
			t.Errorf("%q is not furniture", l)
		}
	}
	for _, l := range []string{"The avatar of a generation, she said, was gone.", "Avatar: The Way of Water breaks box office records"} {
		if classifyFurniture(l) != notFurniture {
			t.Errorf("%q is furniture", l)
		}
	}
	body := "The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	for _, head := range []string{
		"Home | News | Sport | Business | Culture | Travel\n\nFerry fares to rise by a fifth in the spring\n\nBy Jane Roe\n\n",
		"g1\n\nFerry fares to rise by a fifth in the spring\n\nBy Jane Roe\n\n",
		"Home\nNews\nLatest News\nFerry fares to rise by a fifth in the spring\n4th March 2025\nBy Jane Roe\n",
		"REGIONAL\nFerry fares to rise by a fifth in the spring\nHarbour.com - 04/03/2025, 06:00 WIB\nPenulis Jane Roe\n|\nEditor Piet Vos\n",
	} {
		b, err := Import("fares.txt", []byte(head+body))
		if err != nil {
			t.Fatal(err)
		}
		if b.Title != "Ferry fares to rise by a fifth in the spring" {
			t.Errorf("%q: title %q", head, b.Title)
		}
	}
}

// TestNameOverItsRoleOrWire checks that a writer's name alone over their
// role or the wire they write for is the byline, not the line under it.
func TestNameOverItsRoleOrWire(t *testing.T) {
	body := "The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	for _, head := range []string{"Jade Roe\n\nNCA NewsWire\n\n@jaderoe\n\n3 min read\n\n", "Jade Roe\n\nHarbour Wales political reporter\n\n"} {
		b, err := Import("fares.txt", []byte("Ferry fares to rise by a fifth in the spring\n\n"+head+body))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Authors, []string{"Jade Roe"}) {
			t.Errorf("%q: authors %q, want Jade Roe", head, b.Authors)
		}
	}
}

// TestDutchBylineUnderTheLeadPhoto pastes a Dutch article's head as a page
// sets it, the lead photo's credit between the headline and the byline:
// "Door" is the Dutch "by", no part of the writer's name, wherever the
// byline stands; and "Door to door" opens no byline.
func TestDutchBylineUnderTheLeadPhoto(t *testing.T) {
	lead := "\n\nHet havenbestuur heeft dinsdag besloten de nachtveren vanaf juni weer te laten varen, na een winter met één overtocht per dag.\n\n" +
		"De rederij zegt dat zij in de winter genoeg matrozen en machinisten heeft aangenomen om de hele zomer 's nachts te varen.\n"
	for _, c := range []struct {
		page    string
		authors []string
	}{
		{"Nachtveren varen vanaf juni weer naar de eilanden\n\n6366\n12\n\nANP/Koen van Weel\n\nDoor Sanne de Waard\n12 maart 2025" + lead, []string{"Sanne de Waard"}},
		{"Nachtveren varen vanaf juni weer naar de eilanden\n\nANP/Koen van Weel\n\nDoor Sanne de Waard en Youssef El Khatib" + lead, []string{"Sanne de Waard", "Youssef El Khatib"}},
		{"Nachtveren varen vanaf juni weer naar de eilanden\n\nDoor to door sales rose in March" + lead, nil},
	} {
		b := importShape(t, c.page)
		if !reflect.DeepEqual(b.Authors, c.authors) {
			t.Errorf("authors %q, want %q\n%s", b.Authors, c.authors, c.page)
		}
	}
}
