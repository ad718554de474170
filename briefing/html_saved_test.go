package briefing

import (
	"strings"
	"testing"
	"time"
)

// savedPage is a saved news page with its metadata given one way (head),
// a site title, a video caption with its credit, a link to another story,
// and a heading with nothing under it at the end.
func savedPage(head string) string {
	para := "Dock workers ended a nine-day strike on Wednesday after talks that ran through the night, the union said, reopening the port to traffic and ending a dispute over night shifts."
	return `<html><head><title>Harbour News - Latest News &amp; Headlines</title>` + head + `</head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Harbour strike ends after night talks</h1>
<p>` + para + `</p>
<p>Crews on the new night routes will be paid a supplement of forty percent and will work no more than four night shifts in a row, the authority said.</p>
<p>[Read: Why the port matters to the whole region]</p>
<p>Dock workers leave the port gates at dawn on Wednesday after the vote. (Reuters)</p>
<p>Shipping lines had diverted more than sixty vessels to other ports during the strike, and the backlog will take a week to clear, officials said.</p>
<p>The union's regional secretary said a ballot on the deal would be held within a month, and that members were expected to approve it by a wide margin.</p>
<h2>What's Next</h2>
</article></body></html>`
}

func TestSavedPageMetadataAndBoilerplate(t *testing.T) {
	want := time.Date(2024, 3, 18, 0, 0, 0, 0, time.UTC)
	for name, head := range map[string]string{
		"DC.date.issued":         `<meta name="DC.date.issued" content="2024-03-18">`,
		"article:published_time": `<meta property="article:published_time" content="2024-03-18T00:00:00Z">`,
		"JSON-LD":                `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-18"}</script>`,
		"time datetime":          ``,
	} {
		page := savedPage(head)
		if name == "time datetime" {
			page = strings.Replace(page, "<h1>", `<time datetime="2024-03-18">March 18</time><h1>`, 1)
		}
		b, err := Import("page.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !b.Published.Equal(want) {
			t.Errorf("%s: published %v, want %v", name, b.Published, want)
		}
		if b.Title != "Harbour strike ends after night talks" {
			t.Errorf("%s: title %q, want the headline", name, b.Title)
		}
		body := bodyText(b)
		for _, junk := range []string{"[Read:", "(Reuters)", "What's Next"} {
			if strings.Contains(body, junk) {
				t.Errorf("%s: body keeps %q:\n%s", name, junk, body)
			}
		}
		if len(b.Captions) != 1 || b.Captions[0].Credit != "Reuters" {
			t.Errorf("%s: captions %+v, want the video caption credited to Reuters", name, b.Captions)
		}
		for _, s := range b.Sections {
			if s.Heading != "" && len(s.Paragraphs) == 0 {
				t.Errorf("%s: empty section %q", name, s.Heading)
			}
		}
	}
}

func TestEmptyHeadingsKeepParts(t *testing.T) {
	b, err := Import("parts.md", []byte("# T\n\n## Part one\n\n### First\n\nText of the first chapter.\n\n## Empty\n\n## Part two\n\nText.\n\n### Nothing\n"))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, s := range b.Sections {
		heads = append(heads, s.Heading)
	}
	if got := strings.Join(heads, "/"); got != "Part one/First/Part two" {
		t.Errorf("headings %q, want Part one/First/Part two", got)
	}
}

func TestSavedPageCaptionsLeaveTheBody(t *testing.T) {
	long := "Dock workers ended a nine-day strike on Wednesday after talks that ran through the night, the union said, reopening the port to traffic."
	page := `<html><head><title>Strike ends</title></head><body><article><h1>Strike ends</h1>
<p>` + long + `</p>
<figure><img src="a.jpg" alt="Dock workers leave the port gates at dawn on Wednesday."></figure>
<ul><li><p>Dock workers leave the port gates at dawn on Wednesday</p></li></ul>
<figure><figcaption><span>Media caption</span> The union leader speaks to reporters outside the port</figcaption></figure>
<p>` + long + ` The vote was close.</p></article></body></html>`
	b, err := Import("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if body := bodyText(b); strings.Contains(body, "gates at dawn") || strings.Contains(body, "Media caption") {
		t.Errorf("captions in the body:\n%s", body)
	}
	var texts []string
	for _, c := range b.Captions {
		texts = append(texts, c.Text)
	}
	want := []string{"Dock workers leave the port gates at dawn on Wednesday", "The union leader speaks to reporters outside the port"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("captions %q, want %q", texts, want)
	}
}
