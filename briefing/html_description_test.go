package briefing

import (
	"strings"
	"testing"
)

// TestDescriptionOfAPageWithoutText imports a saved page that a script
// fills in: its body holds only a notice that the browser is too old, and
// its metadata a description. The description is shown as the standfirst,
// with a warning, and the notice leaves. A page with an article of its own
// does not show its description.
func TestDescriptionOfAPageWithoutText(t *testing.T) {
	const desc = "Wer einen runden Tisch hat, kann sich die passende Tischdecke in wenigen Schritten selbst nähen, mit einem Stück Stoff, Kreide und einer Schnur."
	head := `<html><head><title>Eine runde Tischdecke nähen</title><meta name="description" content="` + desc + `"></head>`
	b, err := Import("decke.html", []byte(head+`<body><div id="app"><p>Dein Browser ist leider veraltet.</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if b.Standfirst != desc {
		t.Errorf("standfirst %q, want the page's description", b.Standfirst)
	}
	if body := shownText(b); strings.Contains(body, "veraltet") {
		t.Errorf("the browser notice kept: %s", body)
	}
	if !strings.Contains(strings.Join(b.Warnings, "\n"), "description") {
		t.Errorf("warnings %q, want one that says the description is shown", b.Warnings)
	}

	article := "<p>Zuerst misst man den Durchmesser des Tisches und gibt auf jeder Seite die gewünschte Überhangslänge hinzu, meist zwanzig bis dreißig Zentimeter.</p>" +
		"<p>Dann faltet man den Stoff zweimal, zeichnet mit Kreide und Schnur einen Viertelkreis und schneidet ihn aus, bevor man den Rand umnäht.</p>"
	if b, err = Import("decke.html", []byte(head+"<body><article><h1>Eine runde Tischdecke nähen</h1>"+article+"</article></body></html>")); err != nil {
		t.Fatal(err)
	}
	if b.Standfirst == desc {
		t.Error("the description shown over a page's own article")
	}
}

// TestFormErrorsOfASavedPage imports a saved page whose login form sets
// its error messages in the article's column, in elements named for them
// ("form-field-error", "error-msg"), with phrasings no list holds: they
// leave the body, and the article stays.
func TestFormErrorsOfASavedPage(t *testing.T) {
	paras := []string{
		"Der Hafenrat hat am Dienstag beschlossen, die alte Nordmole vor dem Frühjahr neu zu bauen, nachdem die Stürme des letzten Winters sie beschädigt hatten.",
		"Die Arbeiten sollen zwei Jahre dauern; die Fähren legen in dieser Zeit am Südkai an, und die Fischer dürfen ihren Fang weiter an der Mole anlanden.",
	}
	page := `<html><head><title>Nordmole wird neu gebaut</title></head><body><article><h1>Nordmole wird neu gebaut</h1><p>` + paras[0] + `</p>` +
		`<p class="form-field-error" role="alert"><span class="error-msg">Der Benutzername darf nur Buchstaben und Ziffern enthalten.</span></p>` +
		`<div class="login_errors">Dieses Konto wurde wegen zu vieler Versuche für eine Stunde gesperrt.</div>` +
		`<p>` + paras[1] + `</p></article></body></html>`
	b, err := Import("mole.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := shownText(b), strings.Join(paras, " "); got != want {
		t.Errorf("read\n%s\nwant\n%s", got, want)
	}
}
