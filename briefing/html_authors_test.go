package briefing

import (
	"reflect"
	"testing"
	"time"
)

// TestSavedPageAuthorsFromMetadata checks that a saved page whose article
// has no byline takes its authors from the page's metadata, in the forms
// pages write it, and never an address, a date or a sentence for a name.
func TestSavedPageAuthorsFromMetadata(t *testing.T) {
	const article = `<article><h1>Pier to be rebuilt</h1>` +
		`<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.</p>` +
		`<p>Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said.</p></article>`
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"meta author", `<meta name="author" content="Lena Marsh">`, "", []string{"Lena Marsh"}},
		{"JSON-LD authors", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Lena Marsh"},{"@type":"Person","name":"Piet Vos"}]}</script>`, "", []string{"Lena Marsh", "Piet Vos"}},
		{"JSON-LD graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","author":{"name":"Lena Marsh"}}]}</script>`, "", []string{"Lena Marsh"}},
		{"microdata", `<meta itemprop="author" content="Lena Marsh">`, "", []string{"Lena Marsh"}},
		{"microdata name", "", `<div itemprop="author" itemscope><span itemprop="name">Lena Marsh</span></div>`, []string{"Lena Marsh"}},
		{"rel author", "", `<div class="byline">By <a rel="author" href="https://harbour.example/staff/lena">Lena Marsh</a></div>`, []string{"Lena Marsh"}},
		{"byl", `<meta name="byl" content="By Lena Marsh and Piet Vos">`, "", []string{"Lena Marsh", "Piet Vos"}},
		{"a date in the byline's place", "", `<p class="byline">Updated November 3, 2024</p>`, nil},
		{"address", `<meta property="article:author" content="https://www.facebook.com/harbournews">`, "", nil},
		{"date", `<meta name="author" content="April 28, 2019 at 6:01 am">`, "", nil},
		{"none", "", "", nil},
		{"surname first", `<meta name="DC.Creator" content="Marsh, Lena">`, "", []string{"Lena Marsh"}},
		{"surname first, particle", `<meta name="DC.Creator" content="Vos, Piet van">`, "", []string{"Piet van Vos"}},
		{"surname first, initial", `<meta name="DC.Creator" content="Marsh, L.">`, "", []string{"L. Marsh"}},
		{"name and outlet", "", `<p class="byline">By Lena Marsh, Reuters</p>`, []string{"Lena Marsh"}},
		{"an organisation, not a writer", `<meta name="author" content="Organization for Harbour Works">`, `<a rel="author" href="/users/TidewaterTales">TidewaterTales</a>`, []string{"TidewaterTales"}},
		{"a button", "", `<div class="author-box"><a class="byline" href="/follow">Follow Author</a></div>`, nil},
		{"the site after the name", "", `<p class="byline">By Lena Marsh HarbourMD Health News</p>`, []string{"Lena Marsh"}},
		{"a surname with a capital inside", "", `<p class="byline">By Mary Ann VanderMeer</p>`, []string{"Mary Ann VanderMeer"}},
		{"a surname with two inside", "", `<p class="byline">By Ana María DeLaCruz</p>`, []string{"Ana María DeLaCruz"}},
		{"twitter creator", `<meta name="twitter:creator" content="Lena Marsh">`, "", []string{"Lena Marsh"}},
		{"site name with the writer", `<meta property="og:site_name" content="HARBOUR.EXAMPLE | BY: LENA MARSH">`, "", []string{"Lena Marsh"}},
		{"twitter handle", `<meta name="twitter:creator" content="@lenamarsh">`, "", nil},
	} {
		page := "<html><head><title>Pier to be rebuilt</title>" + c.head + "</head><body>" + c.body + article + "</body></html>"
		b, err := Import("pier.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, b.Authors, c.want)
		}
	}
}

// TestSavedPageBylineOfLines reads a byline whose lines name a writer and
// an editor, split by a <br>.
func TestSavedPageBylineOfLines(t *testing.T) {
	long := "Monitoring a complex application is a significant engineering endeavor in and of itself, even with substantial existing infrastructure."
	page := `<html><head><title>Monitoring</title></head><body><div class="content"><h1 class="heading">Monitoring Distributed Systems</h1>
<p class="byline author">Written by Jane Roe<br/>Edited by John Doe</p>
<p>` + long + `</p><p>` + long + `</p><p>` + long + `</p></div></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Authors) != 1 || b.Authors[0] != "Jane Roe" {
		t.Errorf("authors %q, want the writer", b.Authors)
	}
}

// TestSavedPageDateFromTimeClassedTitle reads a page whose only published
// date is the title of an element classed as its date and time.
func TestSavedPageDateFromTimeClassedTitle(t *testing.T) {
	long := "A government team has been doing the rounds of media organisations in the past few days to allay concerns about the new laws."
	page := `<html><head><title>Angry media</title></head><body><article><h1>Angry media won't buckle</h1>
<ul><li class="byline">by: Jane Roe</li><li class="date-and-time last" title="2015-03-13T21:00:00+11:00"><span>March 13, 2015</span> <span>9:00PM</span></li></ul>
<p>` + long + `</p><p>` + long + `</p><p>` + long + `</p></article></body></html>`
	b, err := Import("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2015, 3, 13, 10, 0, 0, 0, time.UTC); !b.Published.Equal(want) {
		t.Errorf("published %v, want %v", b.Published, want)
	}
}

// TestSiteNameWithItsWriter checks that a site name a page gives with its
// writer ("SIMPLYFOUND.COM | BY: JOE WEE") is the source without the
// byline, which names the author.
func TestSiteNameWithItsWriter(t *testing.T) {
	for in, want := range map[string][2]string{
		"HARBOUR.EXAMPLE | BY: LENA MARSH":   {"HARBOUR.EXAMPLE", "BY: LENA MARSH"},
		"By The Sea Magazine | Coastal Life": {"By The Sea Magazine | Coastal Life", ""},
		"Harbour News | Local":               {"Harbour News | Local", ""},
		"Bystander":                          {"Bystander", ""},
	} {
		site, byline := siteAndByline(in)
		if site != want[0] || byline != want[1] {
			t.Errorf("siteAndByline(%q) = %q, %q; want %q, %q", in, site, byline, want[0], want[1])
		}
	}
}
