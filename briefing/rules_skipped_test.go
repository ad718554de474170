package briefing

import (
	"strings"
	"testing"
)

// TestSkippedBoxLeavesTheBody checks that a box a page sets between
// "skip past …" and "after …" leaves the body with both marks, and that
// the paragraphs around it stay.
func TestSkippedBoxLeavesTheBody(t *testing.T) {
	page := "Rural buses in decline\n\n" +
		"Rural bus services in England have shrunk by almost a third over the past decade, a transport charity found.\n\n" +
		"skip past newsletter promotion\n\nSign up to Green Light\n\nFree weekly newsletter\n\n" +
		"The planet's most important stories. Get all the week's environment news.\n\n" +
		"after newsletter promotion\n\n" +
		"Councils, which pay for most rural routes, say they have been squeezed by the rising cost of drivers.\n"
	b, err := Import("buses.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	text := bodyText(b)
	for _, junk := range []string{"newsletter", "Green Light", "planet's most important"} {
		if strings.Contains(text, junk) {
			t.Errorf("body holds %q:\n%s", junk, text)
		}
	}
	for _, keep := range []string{"Rural bus services", "Councils, which pay"} {
		if !strings.Contains(text, keep) {
			t.Errorf("body lost %q:\n%s", keep, text)
		}
	}
}
