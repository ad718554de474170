package briefing

import (
	"strings"
	"testing"
)

// TestCaptionSetAsAListAfterAFigure checks that a saved page which sets a
// photo's caption as a list of one item right after the figure (as some
// papers do) shows it as a caption, where it says the photos stand
// ("Clockwise from top:") kept, while lists that are the article's stay in
// the body.
func TestCaptionSetAsAListAfterAFigure(t *testing.T) {
	para := `<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million pounds.</p>`
	page := `<html><head><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>` + para +
		`<figure><img src="pier.jpg" alt="The pier"></figure>
<ul><li><p>Clockwise from top: the broken deck; the old mooring posts; the harbour master's hut.</p></li></ul>` +
		`<p>Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said on Tuesday.</p>` +
		`<figure><img src="quay.jpg" alt="The quay"><figcaption>The south quay at dawn</figcaption></figure>
<ul><li>The ferries move to the south quay in March.</li></ul>` +
		`<p>The plan needs three things before work can begin:</p><figure><img src="map.jpg" alt="A map"></figure>
<ul><li>a permit from the marine authority;</li><li>a contractor;</li><li>a loan from the regional bank.</li></ul>` +
		`<figure><img src="boats.jpg" alt="Boats"><div class="credit">Harbour Council</div></figure>
<ul><li>"We expect the first boats to tie up at the new pier in 2028," said the harbour master, Tove Lindqvist.</li></ul>` +
		`<p>Councillors said they expected all three by the end of the year, and that the pier would open again in two summers.</p></article></body></html>`
	b, err := Import("pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, s := range b.Sections {
		body = append(body, s.Paragraphs...)
	}
	all := strings.Join(body, "\n")
	if strings.Contains(all, "Clockwise") {
		t.Errorf("the caption set as a list is in the body:\n%s", all)
	}
	for _, want := range []string{"The ferries move to the south quay in March.", "a contractor;", "a loan from the regional bank.", "said the harbour master, Tove Lindqvist"} {
		if !strings.Contains(all, want) {
			t.Errorf("the article's list item %q is not in the body:\n%s", want, all)
		}
	}
	var caps []string
	for _, c := range b.Captions {
		caps = append(caps, c.Line())
	}
	if !strings.Contains(strings.Join(caps, "\n"), "Clockwise from top: the broken deck; the old mooring posts; the harbour master's hut.") {
		t.Errorf("captions %q lack the list's, with its label", caps)
	}
}
