package briefing

import (
	"reflect"
	"testing"
)

// shapeBody is an article's text for the paste shape tests: paragraphs
// set apart by blank lines.
const shapeBody = "The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.\n\n" +
	"Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said in a statement.\n\n" +
	"Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch during the summer season.\n\n" +
	"The council will publish the plans next month and hear objections until the end of the year, before the contracts are signed.\n"

// importShape imports a made-up paste for the shape tests.
func importShape(t *testing.T, page string) *Briefing {
	t.Helper()
	b, err := Import("shape.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCardBylinesGiveWayToTheArticles checks that the bylines of story
// cards above an article (a name and a date under another headline) give
// way to the article's own name over its date, set after a box that is not
// a headline.
func TestCardBylinesGiveWayToTheArticles(t *testing.T) {
	page := "North pier to be rebuilt\n\nYou may also like\n\n" +
		"Ferry fares to rise again in the autumn, the operator says\n\nPiet Vos\nToday 7:30AM\n\n" +
		"New lighthouse keeper takes up her post on the outer island\n\nAnna Berg\nYesterday 9:15AM\n\n" +
		"Subscribe To Our Newsletter\nThe harbour's news in your inbox every morning.\nSubscribe\nLena Marsh\n3/9/21 10:00AM\n\n" + shapeBody
	b := importShape(t, page)
	if !reflect.DeepEqual(b.Authors, []string{"Lena Marsh"}) {
		t.Errorf("authors %q, want Lena Marsh", b.Authors)
	}
}
