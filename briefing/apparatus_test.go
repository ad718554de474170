package briefing

import (
	"strings"
	"testing"
)

// wikiPage is a saved wiki page: each heading carries the wiki's "[edit]"
// link, and the article ends with a reference list of quoted titles.
const wikiPage = `<!DOCTYPE html><html><head><title>Harbour Light Company - Wiki</title></head><body>
<div id="content"><h1>Harbour Light Company</h1>
<p>The Harbour Light Company is a shipping firm founded in 1921 in Porthleven. It runs ferries along the
southern coast and owns a small yard where its boats are repaired each winter by a crew of twenty.</p>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harbour&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>In 1958 the company bought its first steel ferry. "We had no idea how long it would last," said Mara Penrose,
the founder's granddaughter, in an interview with a local paper decades later. The ferry sailed for forty years.</p>
<p>The yard was extended in 1987 after a storm destroyed the old slipway, and the company borrowed heavily to pay for it.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup><sup class="noprint Inline-Template">[<i><a href="/wiki/Citation_needed">citation needed</a></i>]</sup></p>
<h2><span class="mw-headline" id="References">References</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Harbour&amp;action=edit&amp;section=2" title="Edit section: References">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<ol class="references">
<li>^ "Ferry firm marks its centenary". Western Courier. 3 May 2021. Retrieved 2021-05-04.</li>
<li>^ Tregear, Alan (1999). "The last of the steel ferries". Coastal Shipping Review. 12 (4): 33–41. Retrieved 2014-08-19.</li>
<li>^ "Slipway plans approved". Kernow Daily. Retrieved 2012-08-19.</li>
</ol>
<h3>Books</h3>
<ul><li>Jory Quiller (2004). "A coast of ferries". Falmouth: Tidewater Press.</li></ul>
<h2>Ownership</h2>
<p>The company has been owned by the Penrose family since its founding, and its board still meets in the harbour office.</p>
</div></body></html>`

// TestWikiPageApparatus checks that a saved wiki page reads as its text:
// its headings without the wiki's "[edit]" links, its sentences without the
// marks that send the reader to the notes ("[3]"), and its reference list
// kept in the body but read by nobody: no quote is a cited title, no key
// fact a publisher or a cited author, while the prose after it is read
// again.
func TestWikiPageApparatus(t *testing.T) {
	b, err := Import("harbour.html", []byte(wikiPage))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	body := ""
	for _, s := range b.Sections {
		heads = append(heads, s.Heading)
		body += strings.Join(s.Paragraphs, "\n") + "\n"
	}
	if got := strings.Join(heads, "|"); got != "|History|References|Books|Ownership" {
		t.Errorf("headings %q, want \"|History|References|Books|Ownership\"", got)
	}
	if strings.Contains(body, "[3]") || strings.Contains(body, "citation needed") || !strings.Contains(body, "borrowed heavily to pay for it.\n") {
		t.Errorf("the marks that send the reader to the notes are in the text:\n%s", body)
	}
	if !strings.Contains(body, "Ferry firm marks its centenary") {
		t.Errorf("the reference list is not in the body:\n%s", body)
	}
	if len(b.Quotes) != 1 || b.Quotes[0].Speaker != "Mara Penrose" {
		t.Errorf("quotes %+v, want only Mara Penrose's", b.Quotes)
	}
	facts := map[string]bool{}
	for _, f := range b.Facts {
		facts[f.Text] = true
	}
	for _, cited := range []string{"Western Courier", "Coastal Shipping Review", "Kernow Daily", "Alan Tregear", "Tregear", "Jory Quiller", "Tidewater Press"} {
		if facts[cited] {
			t.Errorf("%q, named only in the references, is a key fact", cited)
		}
	}
	if !facts["Porthleven"] || !facts["Penrose"] && !facts["Mara Penrose"] {
		t.Errorf("facts %v lack the text's own (Porthleven, Mara Penrose)", b.Facts)
	}
	var owned bool
	for _, f := range b.Facts {
		for _, m := range f.Mentions {
			if m.Section == len(b.Sections)-1 {
				owned = true
			}
		}
	}
	if !owned {
		t.Errorf("nothing in the section after the references is read: %v", b.Facts)
	}
}

// TestApparatusHeading checks the headings that name a reference list and
// those that do not.
func TestApparatusHeading(t *testing.T) {
	for h, want := range map[string]bool{
		"References": true, "External links": true, "Notes:": true, "Further reading": true,
		"Einzelnachweise": true, "": false, "Sources of the leak": false, "The notes he left": false,
	} {
		if got := apparatusHeading(h); got != want {
			t.Errorf("apparatusHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

// TestProseUnderAReferenceHeading checks that a section of prose under a
// heading a reference list may have ("Sources", "Literature") is read as
// the article: its quotes and names stay.
func TestProseUnderAReferenceHeading(t *testing.T) {
	text := "# Nobel prizes announced\n\nThe Swedish Academy named this year's laureates on Thursday in Stockholm, ending weeks of guessing.\n\n" +
		"## Literature\n\n\"I did not expect the call at all,\" said Imre Kovacs, the Hungarian novelist, speaking from Budapest on Thursday.\n\n" +
		"The prize is worth 11 million kronor, and Kovacs said he would give part of it to a library in his home town.\n\n" +
		"## Sources\n\n\"The leak came from inside the ministry,\" said Piet Vos, a spokesman for the Maritime Safety Agency in Rotterdam.\n"
	b, err := Import("nobel.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	speakers := map[string]bool{}
	for _, q := range b.Quotes {
		speakers[q.Speaker] = true
	}
	if !speakers["Imre Kovacs"] || !speakers["Piet Vos"] {
		t.Errorf("quotes %+v, want Imre Kovacs's and Piet Vos's", b.Quotes)
	}
	facts := map[string]bool{}
	for _, f := range b.Facts {
		facts[f.Text] = true
	}
	for _, want := range []string{"Budapest", "Rotterdam"} {
		if !facts[want] {
			t.Errorf("facts %v lack %q", b.Facts, want)
		}
	}
}
