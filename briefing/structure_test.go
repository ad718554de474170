package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// structureFixture reads the Markdown fixture with every structure the
// model keeps: levels, numbered and nested lists, a table, links, emphasis
// and code with its language.
func structureFixture(t *testing.T) *Briefing {
	t.Helper()
	return importFixture(t, "port-rankings.md")
}

func TestMarkdownKeepsStructure(t *testing.T) {
	b := structureFixture(t)
	if len(b.Sections) != 3 {
		t.Fatalf("%d sections, want 3: %+v", len(b.Sections), b.Sections)
	}
	if got := []int{b.Sections[1].HeadingLevel(), b.Sections[2].HeadingLevel()}; !reflect.DeepEqual(got, []int{3, 4}) {
		t.Errorf("heading levels %v, want [3 4]", got)
	}
	s := b.Sections[1]
	var items []string
	for p, text := range s.Paragraphs {
		d := s.Detail(p)
		switch s.Kind(p) {
		case ListItem:
			items = append(items, strings.Repeat(">", d.Depth)+itoa(d.Number)+" "+text)
		case TableRow:
			var cells []string
			for _, c := range d.Cells {
				cells = append(cells, text[c[0]:c[1]])
			}
			items = append(items, "|"+strings.Join(cells, "|")+"|"+strings.Join(d.Align, ",")+map[bool]string{true: " header"}[d.Header])
		}
	}
	want := []string{
		"1 Rotterdam, with fourteen million containers", "2 Antwerp-Bruges, close behind",
		">0 its new terminal opened in May", "3 Hamburg",
		"|Port|Rank|Containers|left,center,right header",
		"|Rotterdam|1|14,000,000|left,center,right",
		"|Antwerp|2|13,000,000|left,center,right",
		"|A | B|3|8,000,000|left,center,right",
	}
	if !reflect.DeepEqual(items, want) {
		t.Errorf("lists and tables:\n%q\nwant\n%q", items, want)
	}
	code := b.Sections[2]
	if code.Kind(0) != Code || code.Detail(0).Lang != "python" {
		t.Errorf("code block %q kind %q lang %q", code.Paragraphs[0], code.Kind(0), code.Detail(0).Lang)
	}
	var links []string
	for _, l := range b.Links {
		links = append(links, b.Text(l.Span)+" -> "+l.Target)
	}
	wantLinks := []string{
		"port authority's figures -> https://example.com/ports/2026?year=2026",
		"https://example.org/method -> https://example.org/method",
	}
	if !reflect.DeepEqual(links, wantLinks) {
		t.Errorf("links %q, want %q", links, wantLinks)
	}
	var styles []string
	for _, st := range b.Styles {
		styles = append(styles, string(st.Kind)+":"+b.Text(st.Span))
	}
	if want := []string{"strong:Rotterdam", "em:Antwerp", "del:old"}; !reflect.DeepEqual(styles, want) {
		t.Errorf("styles %q, want %q", styles, want)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func TestMarkdownExportWritesStructureBack(t *testing.T) {
	b := structureFixture(t)
	var sb strings.Builder
	if err := WriteMarkdown(&sb, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, want := range []string{
		"**Rotterdam**", "*Antwerp*", "~~old~~",
		"[port authority's figures](https://example.com/ports/2026?year=2026)",
		"### The ranking\n", "#### How the figures are counted\n",
		"1. Rotterdam, with fourteen million containers\n2. Antwerp-Bruges, close behind\n    - its new terminal opened in May\n3. Hamburg\n",
		"| Port | Rank | Containers |\n|:---|:---:|---:|\n| Rotterdam | 1 | 14,000,000 |\n| Antwerp | 2 | 13,000,000 |\n| A \\| B | 3 | 8,000,000 |\n",
		"```python\ntotal = sum(port.teu for port in ports)\n```\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown export lacks %q:\n%s", want, out)
		}
	}
	// Read back, the export gives the same body, styles and links.
	body := out[:strings.Index(out, "## Key facts")]
	body = body[strings.Index(body, "Container traffic"):] // without title and metadata
	again, err := Import("again.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Sections, b.Sections) {
		t.Errorf("sections read back differ:\n%+v\nwant\n%+v", again.Sections, b.Sections)
	}
	if !reflect.DeepEqual(again.Links, b.Links) || !reflect.DeepEqual(again.Styles, b.Styles) {
		t.Errorf("spans read back differ:\n%+v %+v\nwant\n%+v %+v", again.Links, again.Styles, b.Links, b.Styles)
	}
}

func TestHTMLKeepsStructure(t *testing.T) {
	page := `<html><head><title>Ports</title></head><body><article><h1>Ports</h1>
<p>Container traffic rose again with <a href="https://example.com/x">the figures</a> and <a href="#top">an anchor</a>, a paragraph long enough to be the article for the extractor.</p>
<h3>Ranked</h3>
<ol start="3"><li>Rotterdam</li><li>Antwerp<ul><li>nested</li></ul></li></ol>
<table><thead><tr><th>Port</th><th>Ships</th></tr></thead><tbody><tr><td>Rotterdam</td><td>8,000</td></tr></tbody></table>
<pre><code class="language-go">x := 1</code></pre>
<p>Another long paragraph so that the extractor believes this is an article with enough text in it to keep it all.</p>
</article></body></html>`
	b, err := Import("ports.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var sec *Section
	for i := range b.Sections {
		if b.Sections[i].Heading == "Ranked" {
			sec = &b.Sections[i]
		}
	}
	if sec == nil || sec.HeadingLevel() != 3 {
		t.Fatalf("no level-3 section Ranked: %+v", b.Sections)
	}
	var got []string
	for p, text := range sec.Paragraphs {
		d := sec.Detail(p)
		got = append(got, string(sec.Kind(p))+" "+itoa(d.Number)+" "+itoa(d.Depth)+" "+d.Lang+" "+text+" "+itoa(len(d.Cells))+map[bool]string{true: "h"}[d.Header])
	}
	want := []string{
		"list 3 0  Rotterdam 0", "list 4 0  Antwerp 0", "list 0 1  nested 0",
		"table 0 0  Port | Ships 2h", "table 0 0  Rotterdam | 8,000 2",
		"code 0 0 go x := 1 0", " 0 0  Another long paragraph so that the extractor believes this is an article with enough text in it to keep it all. 0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", got, want)
	}
	if len(b.Links) != 1 || b.Text(b.Links[0].Span) != "the figures" || b.Links[0].Target != "https://example.com/x" {
		t.Errorf("links %+v", b.Links)
	}
}

func TestLinkTargetsAreCleaned(t *testing.T) {
	b, err := Import("x.md", []byte("# T\n\nSee [this](https://example.com/&#27;]0;evil&#7;) now, a paragraph.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range b.Links {
		if strings.ContainsAny(l.Target, "\x1b\x07") {
			t.Errorf("link target keeps a control character: %q", l.Target)
		}
	}
	if len(b.Links) != 1 {
		t.Errorf("links %+v", b.Links)
	}
}

func TestTextExportKeepsStructure(t *testing.T) {
	b := structureFixture(t)
	var sb strings.Builder
	if err := WriteText(&sb, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, want := range []string{
		"figures <https://example.com/ports/2026?year=2026>.",
		"1. Rotterdam, with fourteen million containers\n2. Antwerp-Bruges, close behind\n  - its new terminal opened in May\n3. Hamburg\n",
		"Port | Rank | Containers\nRotterdam | 1 | 14,000,000\n",
		"Read the method at https://example.org/method.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text export lacks %q:\n%s", want, out)
		}
	}
}
