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
	for name, src := range map[string]string{"page.html": page.String(), "paste.txt": paste} {
		b, err := Import(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := shownText(b), strings.Join(paras, " "); got != want {
			t.Errorf("%s: read\n%s\nwant\n%s", name, got, want)
		}
	}
}
