package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestWritersListedOverTheirRoles checks a byline of two or three writers,
// each on a line over a line of its own (a role, a date): every one of
// them is an author, and a date under them is the published date. A name
// under the lines that stands over no such line is not (a photo's credit,
// the next card's writer).
func TestWritersListedOverTheirRoles(t *testing.T) {
	body := strings.TrimSpace(shapeBody)
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Maya Okonkwo\nStaff Software Engineer\nJonas Ferreira\nSenior Software Engineer\nMarch 4, 2024", []string{"Maya Okonkwo", "Jonas Ferreira"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler\nPolitics Editor\nOwen Baird\nData Reporter", []string{"Lena Marsh", "Naomi Kessler", "Owen Baird"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler", []string{"Lena Marsh"}},
		{"Ingrid Haugland\nJournalist\nErlend Solbakken\nJournalist", []string{"Ingrid Haugland", "Erlend Solbakken"}},
		{"Lena Marsh\nHarbour Reporter\nHarbour Council\nPress Office", []string{"Lena Marsh"}},
		{"Lena Marsh\nHarbour Reporter\n\nNaomi Kessler\nPolitics Editor", []string{"Lena Marsh"}},
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+c.head+"\n\n"+body+"\n")
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, b.Authors, c.want)
		}
		checkBody(t, bodyText(b), []string{"Harbour Reporter", "Politics Editor"}, strings.Split(body, "\n\n"))
		if strings.HasSuffix(c.head, "2024") && b.Published.Format("2006-01-02") != "2024-03-04" {
			t.Errorf("%q: published %v, want the date under the writers", c.head, b.Published)
		}
	}
}
