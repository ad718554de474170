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

// TestSavedPageBoldParagraphsAreSubheadings reads a page whose
// subheadings are paragraphs in bold alone, and a layout table of bold
// labels over single words, which stay cells.
func TestSavedPageBoldParagraphsAreSubheadings(t *testing.T) {
	long := "The grocer has cut prices on hundreds of items this year and says it will keep cutting them, while suppliers worry about their margins."
	page := `<html><head><title>Grocer cuts prices</title></head><body><article><h1>Grocer cuts prices</h1>
<p>` + long + `</p>
<p><strong>The chain's future</strong></p>
<p>` + long + ` New signs in stores appeared this month.</p>
<p><b>A note on the figures.</b></p>
<p>` + long + ` Analysts expect more cuts.</p>
<table><tr><td><p><b>Comment</b></p></td><td><p><b>State</b></p></td></tr>
<tr><td><p>new</p></td><td><p>started</p></td></tr></table>
<p>` + long + ` The last word.</p>
</article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, s := range b.Sections {
		if s.Heading != "" {
			heads = append(heads, s.Heading)
		}
	}
	if got := strings.Join(heads, "|"); got != "The chain's future" {
		t.Errorf("headings %q, want only the bold label over its paragraph", got)
	}
}

// TestSavedPageTextDivsStayParagraphs reads an article written as <div>s
// of text, which readability turns into paragraphs of its own making.
func TestSavedPageTextDivsStayParagraphs(t *testing.T) {
	page := `<html><head><title>Tiny chips</title></head><body><div class="post-body">
<div>The company makes a line of programmable chips that are kind of like very small mixed-signal arrays, with a handful of blocks each.</div>
<div>They are also tiny: the largest measures two by three millimetres, and the smallest is not much bigger than a grain of sand, the maker says.</div>
<div>Without further ado, here is a diagram of all the blocks you get in the largest part, with the routing between them and the pins around.</div>
</div></body></html>`
	got := savedBody(t, page)
	if len(got) != 3 || !strings.HasPrefix(got[1], "They are also tiny") {
		t.Errorf("paragraphs %q, want the three divs apart", got)
	}
}

// TestSavedPageItalicCreditIsACaption reads a photo credit set in italics
// alone under the article, and a sentence in italics, which stays.
func TestSavedPageItalicCreditIsACaption(t *testing.T) {
	long := "The reporters spent a year in the workshops of the city, where the makers of cheap phones repair and resell what the rich throw away."
	page := `<html><head><title>Phone makers</title></head><body><article><h1>The phone makers</h1>
<p>` + long + `</p><figure><img src="a.jpg" alt=""></figure>
<p><em>Top photo by Jane Roe</em></p>
<p><em>This story was reported with the help of a grant from a foundation.</em></p>
<p>` + long + `</p></article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	body := bodyText(b)
	if strings.Contains(body, "Top photo") || !strings.Contains(body, "with the help of a grant") {
		t.Errorf("body:\n%s", body)
	}
	if len(b.Captions) != 1 || b.Captions[0].Credit != "Jane Roe" {
		t.Errorf("captions %+v, want the credit to Jane Roe", b.Captions)
	}
}

// TestSavedPageItalicSayingStays: a saying in italics over its author's
// name in brackets, as a blog closes a post with, is the article's, while
// a photo's caption in the same form is a caption.
func TestSavedPageItalicSayingStays(t *testing.T) {
	long := "The board spent a year on the plan, and the staff who must work with it were asked about it only in its last month, when little could change."
	for _, tc := range []struct {
		line    string
		caption bool
	}{
		{"You can’t solve a problem with the same thinking that created it (Albert Einstein)", false},
		{"We shape our buildings; thereafter they shape us (Winston Churchill)", false},
		{"The old pier at dusk, seen from the harbour wall (Jane Roe)", true},
		{"US troops at the border post near the river (Jane Roe)", true},
	} {
		page := `<html><head><title>The plan</title></head><body><article><h1>The plan</h1>
<p>` + long + `</p><p>` + long + `</p><p><em>` + tc.line + `</em></p></article></body></html>`
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		inBody := strings.Contains(bodyText(b), tc.line[:20])
		if inBody == tc.caption || (len(b.Captions) == 1) != tc.caption {
			t.Errorf("%q: in the body %v, captions %+v; want a caption: %v", tc.line, inBody, b.Captions, tc.caption)
		}
	}
}
