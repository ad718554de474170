package briefing

import (
	"strings"
	"testing"
)

// TestSavedPageListItemLinesStayApart reads list items whose lines are
// split by <br>: a label in bold over its text, two plain lines, and a
// break that ends the item.
func TestSavedPageListItemLinesStayApart(t *testing.T) {
	page := `<html><head><title>Three roles</title></head><body><article><h1>Three roles for the web editor</h1>
<p>Student newsrooms hand the web to one editor, and the rest of the paper stops thinking about it, which is where the trouble starts.</p>
<ol><li><strong>The handoff</strong><br/>Problems arise because web editors are given roles that absolve the rest.</li>
<li>Not just social media<br>A web editor could do much more than run the accounts.</li>
<li>Ends with a break.<br></li></ol>
<p>Every editor should learn how the web tells a story, and the paper should plan its stories for it from the start.</p>
</article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	for _, want := range []string{"The handoff: Problems arise", "Not just social media — A web editor", "Ends with a break.\n"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
}
