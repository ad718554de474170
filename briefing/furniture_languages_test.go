package briefing

import (
	"strings"
	"testing"
)

// TestSiteLinesInOtherLanguages drops the box headings, buttons and stamps
// that German, French, Polish and blog-platform pages set around an
// article ("Schon gelesen?", "Möchten Sie den Artikel teilen?",
// "Aktualisiert am …", "This entry was posted in …"), in a saved page and
// in a paste, and keeps the article.
func TestSiteLinesInOtherLanguages(t *testing.T) {
	paras := []string{
		"Die Stadt will die alte Nordmole bis zum Frühjahr erneuern, nachdem die Stürme des letzten Winters sie schwer beschädigt haben.",
		"Die Arbeiten sollen zwei Jahre dauern; in dieser Zeit legen die Fähren an der Südkaje an, teilte die Verwaltung am Dienstag mit.",
		"Die Fischer begrüßten den Beschluss, verlangten aber, dass sie ihren Fang auch während der Bauzeit an der Mole anlanden dürfen.",
		"Die Kosten von vier Millionen Euro teilen sich das Land und die Stadt, die dafür einen Teil ihrer Hafengebühren einsetzen will.",
	}
	junk := []string{"Möchten Sie den Artikel teilen?", "Aktualisiert am 17.01.2021.", "zurück", "This entry was posted in Allgemein. Bookmark the permalink."}
	var page strings.Builder
	page.WriteString(`<html><head><title>Nordmole wird erneuert</title></head><body><article><h1>Nordmole wird erneuert</h1>`)
	page.WriteString("<p>" + junk[1] + "</p>")
	for _, p := range paras {
		page.WriteString("<p>" + p + "</p>")
	}
	page.WriteString("<p>" + junk[0] + "</p><p>" + junk[3] + "</p><p>" + junk[2] + "</p>")
	page.WriteString(`<h3>Schon gelesen?</h3><p>Neue Fähre für die Inseln</p><p>Hafenfest fällt aus</p></article></body></html>`)
	paste := "Nordmole wird erneuert\n\n" + junk[1] + "\n\n" + strings.Join(paras, "\n\n") + "\n\n" + junk[0] + "\n\nSchon gelesen?\n\nNeue Fähre für die Inseln\n\nHafenfest fällt aus\n"
	readsAsArticle(t, "", map[string]string{"page.html": page.String(), "paste.txt": paste}, paras)
}

// TestMoreSiteLinesInOtherLanguages: the labels, pleas, disclaimers and
// contact boxes of German and Polish pages ("Dowiedz się więcej: …",
// "Jede kleine Spende hilft!", "Dieser Beitrag gibt die Meinung des Autors
// wieder …", a consent button in place of an embed, "Ansprechpartnerin zum
// Thema:" over a contact), in a saved page and in a paste.
func TestMoreSiteLinesInOtherLanguages(t *testing.T) {
	paras := []string{
		"Der Kreis will die Brücke über die Lanne bis zum Herbst sanieren, nachdem Prüfer im Frühjahr Risse in zwei Pfeilern gefunden haben.",
		"Während der Arbeiten fahren die Busse über Westheim; die Umleitung verlängert die Fahrt zur Kreisstadt um etwa zehn Minuten, teilte das Amt mit.",
		"Die Kosten von 2,4 Millionen Euro trägt zum größten Teil das Land; der Kreis zahlt den Rest aus seinen Rücklagen für Straßen und Brücken.",
	}
	inside := []string{
		"Dowiedz się więcej: Jak głosowali radni w sprawie mostu",
		"Klicken Sie auf den unteren Button, um den Inhalt von www.karten.example zu laden.",
		"Jede kleine Spende hilft unserer Redaktion!",
		"Aktualizacja: 05.05.2021, 05:53",
	}
	after := []string{
		"Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
		"Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
	}
	contact := []string{"Ansprechpartnerin zum Thema:", "Eva Muster, Pressestelle, Tel. 0123 4567"}
	var page strings.Builder
	page.WriteString(`<html><head><title>Lannebrücke wird saniert</title></head><body><article><h1>Lannebrücke wird saniert</h1>`)
	page.WriteString("<p>" + paras[0] + "</p><p>" + inside[0] + "</p><p>" + paras[1] + "</p><p>" + inside[1] + "</p><p>" + inside[2] + "</p><p>" + inside[3] + "</p><p>" + paras[2] + "</p>")
	page.WriteString("<p>" + after[0] + "</p><p>" + after[1] + "</p><h3>" + contact[0] + "</h3><p>" + contact[1] + "</p></article></body></html>")
	paste := "Lannebrücke wird saniert\n\n" + paras[0] + "\n\n" + inside[0] + "\n\n" + paras[1] + "\n\n" + inside[1] + "\n\n" + inside[2] + "\n\n" + inside[3] + "\n\n" +
		paras[2] + "\n\n" + after[0] + "\n\n" + after[1] + "\n\n" + contact[0] + "\n\n" + contact[1] + "\n"
	readsAsArticle(t, "", map[string]string{"page.html": page.String(), "paste.txt": paste}, paras)
}

// readsAsArticle imports each source (by file name) and checks that the
// reader shows paras as the article, and nothing else.
func readsAsArticle(t *testing.T, label string, sources map[string]string, paras []string) {
	t.Helper()
	for name, src := range sources {
		b, err := Import(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := shownText(b), strings.Join(paras, " "); got != want {
			t.Errorf("%s%s: read\n%s\nwant\n%s", label, name, got, want)
		}
	}
}

// TestBackToTopLinksInOtherLanguages: the link a page sets to take the
// reader back to its top ("Zum Seitenanfang »", "Nach oben", "Retour en
// haut", "Do góry") leaves the article wherever it stands, in a saved page
// and in a paste.
func TestBackToTopLinksInOtherLanguages(t *testing.T) {
	paras := []string{
		"Der Kreis will die Brücke über die Lanne bis zum Herbst sanieren, nachdem Prüfer im Frühjahr Risse in zwei Pfeilern gefunden haben.",
		"Während der Arbeiten fahren die Busse über Westheim; die Umleitung verlängert die Fahrt zur Kreisstadt um etwa zehn Minuten, teilte das Amt mit.",
		"Die Kosten von 2,4 Millionen Euro trägt zum größten Teil das Land; der Kreis zahlt den Rest aus seinen Rücklagen für Straßen und Brücken.",
	}
	for _, link := range []string{"Zum Seitenanfang »", "Nach oben", "Retour en haut", "Do góry"} {
		page := "<html><head><title>Brücke wird saniert</title></head><body><article><h1>Brücke wird saniert</h1><p>" + paras[0] + "</p><p>" + link + "</p><p>" +
			strings.Join(paras[1:], "</p><p>") + "</p><p>" + link + "</p></article></body></html>"
		paste := "Brücke wird saniert\n\n" + paras[0] + "\n\n" + link + "\n\n" + strings.Join(paras[1:], "\n\n") + "\n\n" + link + "\n"
		readsAsArticle(t, link+", ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}
}

// TestIssueNotesAndOffersLeave: a magazine's note of the issue the text
// comes from ("Dieser Beitrag stammt aus Ausgabe 7/2019 …", which becomes
// the origin), a health site's note that doctors checked the text, a
// journal's offers of access, the buttons to buy the issue, add a comment
// or get the article as a PDF, a link's teaser ("… findest Du hier.") and a
// plea to keep the site going, affiliate disclosures in German, a
// widget's note on its own button and a sign-up form's messages leave the
// body, in a saved page and in a paste.
func TestIssueNotesAndOffersLeave(t *testing.T) {
	paras := []string{
		"Der Kreis will die Brücke über die Lanne bis zum Herbst sanieren, nachdem Prüfer im Frühjahr Risse in zwei Pfeilern gefunden haben.",
		"Während der Arbeiten fahren die Busse über Westheim; die Umleitung verlängert die Fahrt zur Kreisstadt um etwa zehn Minuten, teilte das Amt mit.",
		"Die Kosten von 2,4 Millionen Euro trägt zum größten Teil das Land; der Kreis zahlt den Rest aus seinen Rücklagen für Straßen und Brücken.",
	}
	lines := []string{
		"Dieser Beitrag stammt aus Ausgabe 7/2019 des Brückenhefts. Das Heft ist ab 20.06.2019 im Handel erhältlich.",
		"Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur und wurde von Medizinern geprüft.",
		"Instant access to the full article PDF.",
		"Immediate online access to all issues from 2019. Subscription will auto renew annually.",
		"Ausgabe kaufen",
		"Kommentar hinzufügen",
		"Originalartikel als PDF",
		"Alles über nachhaltige Wanderschuhe findest Du hier.",
		"Help us continue to spread the news of the harbour to readers everywhere",
		"Dieser Artikel kann Links zu Anbietern enthalten, von denen das Magazin eine Provision erhält. Diese Links sind mit einem Icon gekennzeichnet.",
		"Wenn Sie über diese Links kaufen, erhalten wir eine Provision; für Sie ändert sich am Preis nichts.",
		"Mit diesem Button kannst Du Dich für unseren Newsletter anmelden und bekommst jede neue Folge per Mail.",
		"Das Passwort muss mindestens 8 Zeichen lang sein und mindestens eine Zahl enthalten.",
		"Diese E-Mail-Adresse ist bereits bei uns registriert. Bist Du vielleicht schon angemeldet?",
		"Pflichtfelder *",
	}
	for _, l := range lines {
		page := `<html><head><title>Lannebrücke wird saniert</title></head><body><article><h1>Lannebrücke wird saniert</h1><p>` + paras[0] + "</p><p>" + l +
			"</p><p>" + paras[1] + "</p><p>" + paras[2] + "</p></article></body></html>"
		paste := "Lannebrücke wird saniert\n\n" + paras[0] + "\n\n" + l + "\n\n" + paras[1] + "\n\n" + paras[2] + "\n"
		readsAsArticle(t, l+": ", map[string]string{"page.html": page, "paste.txt": paste}, paras)
	}
}
