package briefing

import (
	"strings"
	"testing"
)

// TestStoryBoxBetweenSections imports a saved page that sets a box of
// other stories between two of the article's sections: its heading ("Mehr
// zu Hafen und Fähren") over three cards, each a smaller heading over a
// short teaser. The box leaves; the sections around it stay. A section
// whose heading opens with the same words but holds the article's own
// subsections, each of more than one paragraph, stays.
func TestStoryBoxBetweenSections(t *testing.T) {
	p := func(s string) string { return "<p>" + s + "</p>" }
	long := []string{
		"Der Hafenrat hat am Dienstag beschlossen, die alte Nordmole vor dem Frühjahr neu zu bauen, nachdem die Stürme des letzten Winters sie auf halber Länge beschädigt hatten.",
		"Die Arbeiten sollen zwei Jahre dauern; die Fähren legen in dieser Zeit am Südkai an, und die Fischer dürfen ihren Fang weiter an der Mole anlanden, wie der Rat mitteilte.",
		"Die Kosten von vier Millionen Euro trägt zum größten Teil das Land, den Rest zahlt die Stadt aus ihren Rücklagen für den Hafen und die Uferwege.",
		"Einwände gegen die Pläne können bis zum Ende des Jahres im Rathaus eingereicht werden; danach sollen die Aufträge vergeben werden, sagte der Hafenmeister.",
	}
	cards := "<h2>Mehr zu Hafen und Fähren</h2>" +
		"<h3>Neue Fähre für die Insel</h3>" + p("Die Reederei stellt im Sommer ein größeres Schiff in Dienst, das auch bei Sturm fahren kann.") +
		"<h3>Streit um den Südkai</h3>" + p("Anwohner fürchten mehr Lärm, wenn die Fähren während der Bauzeit am Südkai liegen.") +
		"<h3>Was kostet der Hafen?</h3>" + p("Ein Überblick über die Ausgaben der Stadt für Molen, Kais und Uferwege seit 2010.")
	page := "<html><head><title>Nordmole wird neu gebaut</title></head><body><article><h1>Nordmole wird neu gebaut</h1>" +
		p(long[0]) + p(long[1]) + cards + "<h2>Wer zahlt</h2>" + p(long[2]) + p(long[3]) + "</article></body></html>"
	b, err := Import("mole.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := shownText(b)
	for _, gone := range []string{"Mehr zu Hafen", "Neue Fähre", "größeres Schiff", "Streit um den Südkai", "Überblick über die Ausgaben"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept in the body:\n%s", gone, body)
		}
	}
	for _, want := range append(long, "Wer zahlt") {
		if !strings.Contains(body, want) {
			t.Errorf("%q lost from the body:\n%s", want, body)
		}
	}

	own := "<h2>Mehr zu den Fähren</h2><h3>Die neue Fähre</h3>" + p(long[1]) + p(long[2]) + "<h3>Der Südkai</h3>" + p(long[3]) + p(long[0])
	page = "<html><head><title>Nordmole wird neu gebaut</title></head><body><article><h1>Nordmole wird neu gebaut</h1>" +
		p(long[0]) + p(long[3]) + own + "<h2>Wer zahlt</h2>" + p(long[2]) + "</article></body></html>"
	if b, err = Import("mole.html", []byte(page)); err != nil {
		t.Fatal(err)
	}
	if body := shownText(b); !strings.Contains(body, "Die neue Fähre") {
		t.Errorf("the article's own subsections lost:\n%s", body)
	}
}

// TestBoxHeadingOverTheCommentRules imports an article whose page sets a
// box of videos after it ("Weitere Videos" over a list of links), then
// the long rules of its comments: the box leaves though a long notice
// follows it, and so does the notice.
func TestBoxHeadingOverTheCommentRules(t *testing.T) {
	paras := []string{
		"Der Trainer sprach nach dem Spiel offen über die schwierige Saison und kündigte an, im Winter vor allem auf die jungen Spieler aus der Akademie zu setzen.",
		"Wir haben in den letzten Jahren bewiesen, wie viele Spieler aus unserer Akademie zu Einsätzen gekommen sind, sagte er, und so soll es auch weitergehen.",
	}
	rules := "Die Kommentare der User geben nicht notwendigerweise die Meinung der Redaktion wieder. Die Redaktion behält sich vor, ohne Angabe von Gründen Kommentare zu löschen, insbesondere wenn diese gegen die Nutzungsbedingungen verstoßen."
	page := "<html><head><title>Trainer setzt auf die Jugend</title></head><body><article><h1>Trainer setzt auf die Jugend</h1><p>" + paras[0] + "</p><p>" + paras[1] +
		"</p><h2>Weitere Videos</h2><ul><li>Fußball - Bundesliga: Gespräche mit dem Kapitän</li><li>Fußball - Bundesliga: Der Klassenerhalt bleibt das Ziel</li><li>Wintersport: Interview vor dem Weltcup</li></ul>" +
		"<p><strong>Rechtliche Hinweise:</strong></p><p>" + rules + "</p></article></body></html>"
	b, err := Import("trainer.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := shownText(b)
	for _, gone := range []string{"Weitere Videos", "Klassenerhalt", "Kommentare der User"} {
		if strings.Contains(body, gone) {
			t.Errorf("%q kept in the body:\n%s", gone, body)
		}
	}
	for _, want := range paras {
		if !strings.Contains(body, want) {
			t.Errorf("%q lost from the body:\n%s", want, body)
		}
	}
}
