package briefing

import (
	"strings"
	"testing"
)

// TestTableOfContentsLeaves checks that a table of contents (under
// "Contents", numbered as a wiki numbers it, or made of links to the
// page's own places) leaves the body, for the reader shows the sections
// themselves, while a list of the article's parts in its own words stays.
func TestTableOfContentsLeaves(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The harbour council met on Tuesday and voted to go ahead with the work.</p>"
	}
	sections := "<h2>History</h2>" + para("The pier was built in 1890.") + "<h2>Storms</h2>" + para("Storms broke it twice.") +
		"<h2>Rebuilding</h2>" + para("Work starts in spring.")
	for _, c := range []struct {
		name, file, page string
		kept             bool
	}{
		{"wiki", "pier.html", "<html><body><article><h1>Harbour pier</h1>" + para("The pier is the town's oldest.") +
			"<h2>Contents</h2><ul><li>1 History</li><li>2 Storms</li><li>3 Rebuilding</li></ul>" + sections + "</article></body></html>", false},
		{"under its label", "pier.html", "<html><body><article><h1>Harbour pier</h1>" + para("The pier is the town's oldest.") +
			"<h2>Contents</h2><ul><li>History</li><li>Storms</li><li>Rebuilding</li></ul>" + sections + "</article></body></html>", false},
		{"numbered", "pier.html", "<html><body><article><h1>Harbour pier</h1>" + para("The pier is the town's oldest.") +
			"<ol><li>1 History</li><li>2 Storms</li><li>3 Rebuilding</li></ol>" + sections + "</article></body></html>", false},
		{"markdown anchors", "pier.md", "# Harbour pier\n\nThe pier is the town's oldest. The harbour council met on Tuesday and voted to go ahead.\n\n" +
			"- [History](#history)\n- [Storms](#storms)\n- [Rebuilding](#rebuilding)\n\n## History\n\nThe pier was built in 1890 by the town.\n\n" +
			"## Storms\n\nStorms broke it twice in the last century.\n\n## Rebuilding\n\nWork starts in spring and lasts two years.\n", false},
		{"the article's own list", "pier.html", "<html><body><article><h1>Harbour pier</h1>" + para("The plan has three parts:") +
			"<ul><li>History</li><li>Storms</li><li>Rebuilding</li></ul>" + sections + "</article></body></html>", true},
	} {
		b, err := Import(c.file, []byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		var body, heads []string
		for _, s := range b.Sections {
			heads = append(heads, s.Heading)
			body = append(body, s.Paragraphs...)
		}
		items := 0
		for _, p := range body {
			if strings.HasSuffix(p, "Storms") {
				items++
			}
		}
		if kept := items > 0; kept != c.kept {
			t.Errorf("%s: contents kept %v, want %v:\n%s", c.name, kept, c.kept, strings.Join(body, "\n"))
		}
		if got := strings.Join(heads, "|"); !strings.HasSuffix(got, "History|Storms|Rebuilding") || strings.Contains(got, "Contents") {
			t.Errorf("%s: headings %q, want the three sections' only", c.name, got)
		}
	}
}
