package briefing

import (
	"slices"
	"strings"
	"testing"
)

// TestCaptionsAsSitesWriteThem sets a photo's caption between an
// article's paragraphs in the forms news sites write captions and credits
// (the Guardian's "Photograph:", the Times's "Credit...", agencies' slashes,
// "via Getty Images", credits in Spanish, German, Italian and Dutch, in
// Hungarian and Vietnamese, a name and an outlet in brackets with a bar
// between them, a photo marked as the archive's), and
// checks that each leaves the body for the captions, with the article
// whole.
func TestCaptionsAsSitesWriteThem(t *testing.T) {
	const c = "Workers clear the wreckage of the north pier after the storm"
	forms := []string{
		c + ". Photograph: Jane Roe/Harbour Press",
		c + ". Photograph: Jane Roe/The Guardian",
		c + " Photograph: Jane Roe/Harbour Press",
		c + ". Credit...Jane Roe for The Harbour Times",
		c + ".\nCredit...Jane Roe for The Harbour Times",
		c + ". (Jane Roe/The Washington Post)",
		c + ". (AP Photo/Jane Roe)",
		c + ". REUTERS/Jane Roe",
		c + ".\nREUTERS/Jane Roe",
		c + ". Jane Roe/CNN",
		"Image source, Getty Images\nImage caption,\n" + c,
		c + ".\nJane Roe/Quanta Magazine",
		c + " | Photo: Jane Roe",
		c + ". Photo: Jane Roe",
		c + ". (Photo: Jane Roe/Harbour Press)",
		c + ". Image: Jane Roe",
		c + ". Picture: Jane Roe",
		c + ". Picture by Jane Roe",
		c + ". Foto: Jane Roe",
		c + ". Photo by Jane Roe/Getty Images",
		c + ". Getty Images",
		c + ". (Getty Images)",
		c + " (Image credit: Jane Roe)",
		c + ". Illustration by Jane Roe",
		c + "\nIllustration: Jane Roe",
		"Clockwise from top: " + c + "; the old mooring posts; the harbour master's hut.",
		"From left to right: " + c,
		"Top left: " + c,
		"Main image: " + c,
		c + ". © Jane Roe",
		c + ". Jane Roe / Shutterstock",
		c + ". EPA",
		c + ". AFP via Getty Images",
		c + ".\nAFP via Getty Images",
		c + ". JANE ROE / AFP",
		c + ". Jane Roe / Bloomberg",
		c + " (Jane Roe for NPR)",
		c + ". Courtesy of Harbour Council",
		c + ". Courtesy Harbour Council",
		c + "\n\nPhoto: Jane Roe",
		c + "\n\nJane Roe/Harbour Press",
		c + ". Source: Harbour Council",
		c + ". Fuente: Harbour Council",
		c + ". Foto: Jane Roe / EFE",
		c + ". (Foto: Jane Roe)",
		c + ". Photo : Jane Roe / AFP",
		c + ". Bild: Jane Roe/dpa",
		c + ". Jane Roe/dpa",
		c + " ANP / Jane Roe",
		c + ". Foto: ANSA",
		c + " (foto Porto)",
		c + ". Operators say the new deck will last a century © Harbour Press",
		c + ". Photos by Harbour Press",
		"(Jane Roe | The Harbour Times) " + c + ".",
		c + ". [ JANE ROE | Times ]",
		c + " (Jane Roe | Harbour Press)",
		c + ". [FILE]",
		c + " (file photo)",
		c + " [ΑΡΧΕΙΟΥ]",
		c + " – Fotó: Jane Roe / Harbour Press",
		c + ". Ảnh: Jane Roe",
		c + ". Video: Jane Roe",
		c + " - Jane Roe/Harbour Press",
		c + " - RIPRODUZIONE RISERVATA",
		"Fuente de la imagen, Harbour Council\nPie de foto, " + c + ".",
		"Legenda da foto, " + c + ".",
		c + ". - © jane_roe - stock.adobe.com",
		c + " © jane_roe / Clipdealer",
		c + " (Foto: Jane Roe/Pool via REUTERS).",
		c + ". (crédito: Jane Roe/Harbour Press)",
		c + ", photo: Archives of the Harbour Council",
	}
	for _, f := range forms {
		page, paras := shapePage(map[int]string{1: f})
		b := importShape(t, page)
		checkBody(t, bodyText(b), []string{"wreckage", "Jane Roe"}, paras)
		var caps []string
		for _, c := range b.Captions {
			caps = append(caps, c.Text+" "+c.Credit)
		}
		if !strings.Contains(strings.Join(caps, "\n"), "wreckage") {
			t.Errorf("%q: captions %q, want the caption among them", f, b.Captions)
		}
	}
}

// TestCreditRunInAfterPictureBy checks that a credit run in at the end of
// a caption of two sentences after "Picture by", as Australian regional
// papers set it, is read as the caption's credit.
func TestCreditRunInAfterPictureBy(t *testing.T) {
	c, ok := pasteCaption("Holiday units along the beach. A cap on short-term letting starts next July. Picture by Jane Roe")
	if !ok || c.Credit != "Jane Roe" || !strings.HasPrefix(c.Text, "Holiday units") {
		t.Errorf("caption %+v (%v), want the credit to Jane Roe", c, ok)
	}
}

// TestCaptionLabels checks which caption labels stay in the caption's
// text: those that say where each of several photos stands, not those
// that only say a caption follows; and a credit run into a caption of two
// sentences ("….Credit...Jane Roe for …").
func TestCaptionLabels(t *testing.T) {
	for line, want := range map[string]string{
		"Clockwise from top: the broken deck; the old mooring posts": "Clockwise from top: the broken deck; the old mooring posts",
		"From left to right: Ana Ruiz, Piet Vos and Lena Marsh":      "From left to right: Ana Ruiz, Piet Vos and Lena Marsh",
		"Main image: The old north pier at dusk":                     "The old north pier at dusk",
		"Pictured: The old north pier at dusk":                       "The old north pier at dusk",
		"Top: The old north pier at dusk":                            "The old north pier at dusk",
		"Boats wait at the quay on Monday. | Jane Roe/HARBOUR":       "Boats wait at the quay on Monday.",
		"Boats wait outside the harbour. Larger ships now skip the port altogether.Credit...Jane Roe for The Harbour Times": "Boats wait outside the harbour. Larger ships now skip the port altogether",
	} {
		c, ok := pasteCaption(line)
		if !ok || c.Text != want {
			t.Errorf("pasteCaption(%q) = %q, %v; want %q", line, c.Text, ok, want)
		}
	}
}

// TestBarredCaptions checks captions whose credit follows a spaced bar,
// and lines with a bar that are no caption: a byline's date, a section
// over its writer, a story's headline over its section.
func TestBarredCaptions(t *testing.T) {
	for _, c := range []struct {
		line          string
		text, credit  string
		isCaptionLine bool
	}{
		{"Passengers board the night ferry at the north quay | Jane Roe", "Passengers board the night ferry at the north quay", "Jane Roe", true},
		{"Passengers board the ferry. Jane Roe | Harbour News", "Passengers board the ferry.", "Jane Roe | Harbour News", true},
		{"Updated March 3, 2024 | Jane Roe", "", "", false},
		{"Politics | Jane Roe", "", "", false},
		{"Erin Cunningham | March 18", "", "", false},
		{"Ferry fares to rise in spring | Business", "", "", false},
		{"By Jane Roe | Harbour News", "", "", false},
	} {
		got, ok := barredCaption(c.line)
		if ok != c.isCaptionLine || ok && (got.Text != c.text || got.Credit != c.credit) {
			t.Errorf("barredCaption(%q) = %+v, %v; want %q, %q, %v", c.line, got, ok, c.text, c.credit, c.isCaptionLine)
		}
	}
}

// TestCaptionBetweenButtonsAndCredit checks that a line that is not a
// sentence, set apart between the page's buttons and a photo's credit
// over the article, is the photo's caption, while the article's first
// paragraph in the same place stays the article's.
func TestCaptionBetweenButtonsAndCredit(t *testing.T) {
	head := "Ferry fares to rise by a fifth\n\nBy Jane Roe\n\n04.03.2025, 06.00 Uhr\n\nShare\n\nListen to this article • 6 min\n\n"
	body := "The harbour board voted on Tuesday to raise the fares of every ferry it runs by a fifth from April, the first rise in six years.\n\n" +
		"Board members said the cost of fuel and of the crews had left them no choice, and that the rise would be reviewed in a year.\n"
	caption := `A meeting in the harbour hall: "Nobody asked us"`
	b := importShape(t, head+caption+"\n\nPhoto: Jens Koller / HARBOUR NEWS\n\n"+body)
	if len(b.Captions) != 1 || b.Captions[0].Text != caption || b.Captions[0].Credit != "Jens Koller / HARBOUR NEWS" ||
		!strings.HasPrefix(b.Sections[0].Paragraphs[0], "The harbour board voted") {
		t.Errorf("captions %q, body %.80q", b.Captions, b.Sections[0].Paragraphs)
	}
	lead := "Fishermen packed the harbour hall on Tuesday night to hear the board explain why every ferry fare will rise by a fifth."
	b = importShape(t, head+lead+"\n\nPhoto: Jens Koller / HARBOUR NEWS\n\n"+body)
	if len(b.Sections) == 0 || b.Sections[0].Paragraphs[0] != lead {
		t.Errorf("the article's first paragraph, over a credit, was taken: captions %q, body %.80q", b.Captions, b.Sections[0].Paragraphs)
	}
}

// TestGraphicLabels: "Map:", "Chart:", "Video:" lead a graphic's credit
// when names follow, and its title otherwise, which is no credit.
func TestGraphicLabels(t *testing.T) {
	for line, credit := range map[string]string{
		"Map: Jane Roe/Harbour Press":            "Jane Roe/Harbour Press",
		"Data: Office of National Statistics":    "Office of National Statistics",
		"Graphic: Jane Roe for The Harbour News": "Jane Roe for The Harbour News",
		"Map: Flow of foreign fighters to Syria": "",
		"Video: How the fire spread in an hour":  "",
	} {
		if got, _ := ledCredit(line); got != credit {
			t.Errorf("ledCredit(%q) = %q, want %q", line, got, credit)
		}
	}
}

// TestCreditLinesInOtherLanguages: a credit line led by the word for photo
// in German or Polish is a credit, as "Photo: …" is.
func TestCreditLinesInOtherLanguages(t *testing.T) {
	for line, credit := range map[string]string{
		"Foto: © GEPA":          "© GEPA",
		"Bild: shutterstock":    "shutterstock",
		"Fotos: Jane Roe":       "Jane Roe",
		"Zdjęcie: Jan Kowalski": "Jan Kowalski",
		"Bilder: Harbour Press": "Harbour Press",
	} {
		if c, ok := parseCaption(line); !ok || c.Credit != credit || c.Text != "" {
			t.Errorf("parseCaption(%q) = %+v, %v; want the credit %q", line, c, ok, credit)
		}
	}
	for _, line := range []string{"Bild: Die Stadt hat den Hafen im Frühjahr geschlossen, sagte der Bürgermeister.", "Fotografen warten vor dem Rathaus"} {
		if c, ok := parseCaption(line); ok {
			t.Errorf("parseCaption(%q) = %+v, want no caption", line, c)
		}
	}
}

// TestCopyrightSignInsideACaption checks that a "©" inside a short line
// parts a caption from its credit, whatever the credit's case and however
// short the caption, while the site's copyright line stays no caption.
func TestCopyrightSignInsideACaption(t *testing.T) {
	for line, want := range map[string]Caption{
		"Stau © aremac / Clipdealer":                          {Text: "Stau", Credit: "aremac / Clipdealer"},
		"Ziegel am Bau. - © jollier_ - stock.adobe.com":       {Text: "Ziegel am Bau.", Credit: "jollier_ - stock.adobe.com"},
		"Roman Novák, photo: Archives of the Harbour Council": {Text: "Roman Novák", Credit: "Archives of the Harbour Council"},
	} {
		if c, ok := pasteCaption(line); !ok || c != want {
			t.Errorf("pasteCaption(%q) = %+v, %v; want %+v", line, c, ok, want)
		}
	}
	for _, line := range []string{"Harbour News © 2026", "Copyright © Harbour News", "© Harbour News. All rights reserved."} {
		if c, ok := copyrightCaption(line); ok {
			t.Errorf("copyrightCaption(%q) = %+v, want no caption", line, c)
		}
	}
}

// TestCaptionOverAnAgencyAfterASlash pastes a photo's caption in title
// case with its agency after a slash between spaces, as German sites set
// it ("Die Intensivstation im Klinikum Nord / picture alliance"): it is
// a caption with its credit, not a subheading; a line of places set
// apart by slashes is no credit of an agency.
func TestCaptionOverAnAgencyAfterASlash(t *testing.T) {
	for _, tc := range []struct{ line, text, credit string }{
		{"Die Intensivstation im Klinikum Nord / picture alliance", "Die Intensivstation im Klinikum Nord", "picture alliance"},
		{"Die Mole im Hafen von Kiel / picture alliance / dpa", "Die Mole im Hafen von Kiel", "picture alliance / dpa"},
		{"Der Hafen am Morgen / Imago Images", "Der Hafen am Morgen", "Imago Images"},
	} {
		paste := "Neue Mole für den Hafen\n\nDer Hafenrat hat am Dienstag beschlossen, die alte Nordmole vor dem Frühjahr neu zu bauen, nachdem die Stürme sie beschädigt hatten.\n\n" +
			tc.line + "\n\nDie Arbeiten sollen zwei Jahre dauern, und die Fähren legen in dieser Zeit am Südkai an, wie der Rat mitteilte.\n"
		b := importShape(t, paste)
		if want := (Caption{Text: tc.text, Credit: tc.credit}); !slices.Contains(b.Captions, want) {
			t.Errorf("%q: captions %q, want %q", tc.line, b.Captions, want)
		}
		if body := shownText(b); strings.Contains(body, tc.text) {
			t.Errorf("%q: kept in the body:\n%s", tc.line, body)
		}
	}
	if _, _, ok := agencyAfterSlash("Züge fahren ab Kiel / Hamburg / Berlin"); ok {
		t.Error("places set apart by slashes read as a caption's agency")
	}
}

// TestCaptionsBySideMarksAndLicences pastes captions that say where the
// people in the photo stand ("(left)", "(links)", "(à droite)") and a
// credit that names its licence ("… licence Creative Commons by", "CC
// BY-SA 2.0"): they become captions, out of the body. A sentence of the
// article about such licences stays.
func TestCaptionsBySideMarksAndLicences(t *testing.T) {
	paras := pierParagraphs
	for _, line := range []string{
		"Harbour master Jane Roe (left) and the mayor at the north pier on Tuesday.",
		"Die Hafenmeisterin (links) und der Bürgermeister an der Nordmole",
		"Le maire (à droite) visite le chantier du port",
		"Photo illustrative : the north pier at dawn by John Doe, sous licence Creative Commons by",
		"The north pier at dawn. John Doe, CC BY-SA 2.0",
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+paras[0]+"\n\n"+line+"\n\n"+paras[1]+"\n")
		if got, want := shownText(b), strings.Join(paras, " "); got != want {
			t.Errorf("%q: read\n%s\nwant\n%s", line, got, want)
		}
		if len(b.Captions) == 0 {
			t.Errorf("%q: no caption", line)
		}
	}
	sentence := "The photos are published under a Creative Commons licence, which lets anyone reuse them."
	b := importShape(t, "North pier to be rebuilt\n\n"+paras[0]+"\n\n"+sentence+"\n\n"+paras[1]+"\n")
	if !strings.Contains(shownText(b), sentence) {
		t.Errorf("the article's sentence about licences lost: %s", shownText(b))
	}
}
