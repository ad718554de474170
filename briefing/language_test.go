package briefing

import (
	"maps"
	"strings"
	"testing"
)

// paraRefsOf wraps texts as the paragraphs inEnglish reads.
func paraRefsOf(texts []string) []paraRef {
	out := make([]paraRef, len(texts))
	for i, t := range texts {
		out[i] = paraRef{text: t}
	}
	return out
}

// TestLanguageOfMadeUpArticles checks inEnglish on made-up paragraphs in
// English and in five other languages, and on a text too short to tell.
func TestLanguageOfMadeUpArticles(t *testing.T) {
	english := "The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day. The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable through the summer, and that it would add a second boat if the demand was there."
	others := []string{
		"Hace tres años planté mis primeros tomates en el balcón del piso, un tercero orientado al sur con más viento del que me habría gustado. Os dejo aquí lo que me ha funcionado, por si a alguien le sirve, después de tres temporadas con muchas pérdidas y algunas alegrías.",
		"Sur les pentes au-dessus du village, un jeune agriculteur taille depuis l'aube des châtaigniers que personne n'avait touchés depuis vingt ans. Il faut trois ans pour qu'un arbre abandonné redonne vraiment, explique ce fils d'enseignants installé ici depuis deux ans.",
		"Um halb fünf ist es noch dunkel auf der Alpe, und die Sennerin hat den Melkeimer schon in der Hand. Zweiundzwanzig Kühe stehen im Stall, dazu ein paar Kälber, und bis zum Frühstück muss alles gemolken sein, sagt sie, während draußen der Nebel über die Wiesen zieht.",
		"Kaupunki kertoi maanantaina, että uusi sauna avataan ensi kesänä rannalle. Hanke oli pitkään esillä, mutta rahoitus varmistui vasta nyt, ja rakennustyöt alkavat syksyllä. Saunan lämpö saadaan läheisen datakeskuksen hukkalämmöstä, kertoo hankkeen vetäjä. Myös kävijämäärän arvioidaan kasvavan, kun uimaranta kunnostetaan samaan aikaan.",
		"Den nye sykkelfeltet skal varmes opp om vinteren, slik at syklistene slipper is og snø på den mest brukte strekningen i byen. Kritikerne mener pengene heller burde brukes på flere sykkelfelt, men kommunen sier forsøket skal vise om løsningen kan brukes andre steder.",
	}
	if !inEnglish(paraRefsOf([]string{english})) {
		t.Error("English taken for another language")
	}
	for _, o := range others {
		if inEnglish(paraRefsOf([]string{o})) {
			t.Errorf("taken for English: %.40q", o)
		}
	}
	if !inEnglish(paraRefsOf([]string{"Hola, amigos."})) {
		t.Error("a text too short to tell is not taken for English")
	}
}

// TestLanguageOfResults checks that English news short on English's
// commonest words, a page of results and names, is taken for English.
func TestLanguageOfResults(t *testing.T) {
	text := []string{
		"Harbour Party gains two seats from the Greens.",
		"Docks ward: Ruth Adeyemi (Harbour Party) 1,204; Kofi Mensah (Green Alliance) 987; Elena Petrova (Independent) 455. Turnout 31%.",
		"Old Town ward: Liam Walsh (Harbour Party) 1,130; Grace Okafor (Green Alliance) 1,002; Tomás Reyes (Independent) 310. Turnout 28%.",
		"North Quay ward: Anna Berg (Harbour Party) 998; Tomas Varga (Green Alliance) 960; Lea Moreau (Independent) 201. Turnout 26%.",
	}
	if !inEnglish(paraRefsOf(text)) {
		t.Error("a page of English results is taken for another language")
	}
}

// TestLanguageOfAnnotatedArticles checks that every annotated English news
// article of the shared quote data is taken for English.
func TestLanguageOfAnnotatedArticles(t *testing.T) {
	all := annotatedArticles(t)
	for _, a := range all {
		if !inEnglish(paraRefsOf(strings.Split(a.Text, "\n\n"))) {
			t.Errorf("%s is not taken for English", a.ID)
		}
	}
}

// TestNoNamesReadInOtherLanguages imports an article in Spanish and checks
// that its key facts hold no names (the models read English) but its
// speaker's, whose quote keeps her full name, and the places the lists
// know as the text writes them ("Buenos Aires", "Uruguay", with their
// descriptions).
func TestNoNamesReadInOtherLanguages(t *testing.T) {
	page := "Vuelven los lobos marinos al puerto\n\n" +
		"Los pescadores artesanales, que comparten el muelle con los animales, aseguran que los lobos rompen las redes y se comen la captura de cada día.\n\n" +
		"\"No es una invasión. Es una población que se recupera después de décadas de caza\", dijo la bióloga Valeria Rossetti, que estudia la colonia desde hace diez años.\n\n" +
		"El Municipio de Mar del Plata instaló carteles en el puerto y pidió a los turistas que no den de comer a los animales durante el verano de 2025.\n\n" +
		"Los científicos de Buenos Aires y de Uruguay cuentan la colonia cada invierno.\n"
	b, err := Import("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	places := map[string]string{}
	for _, f := range b.Facts {
		switch {
		case f.Kind == Place:
			places[f.Text] = f.Detail
		case (f.Kind == Person || f.Kind == Organization) && f.Text != "Valeria Rossetti":
			t.Errorf("key fact %q (%s) read from Spanish", f.Text, f.Kind)
		}
	}
	if want := map[string]string{"Buenos Aires": "capital of Argentina", "Uruguay": "country"}; !maps.Equal(places, want) {
		t.Errorf("places %q, want %q", places, want)
	}
	if len(b.Quotes) != 1 || b.Quotes[0].Speaker != "Valeria Rossetti" {
		t.Errorf("quotes %+v, want one by Valeria Rossetti", b.Quotes)
	}
}
