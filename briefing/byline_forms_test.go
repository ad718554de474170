package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestBylinesAsSitesWriteThem pastes a made-up article under bylines in the forms news
// sites and blogs write them, in several languages, and checks the
// authors read from each; and that lines that only open like a byline
// give none.
func TestBylinesAsSitesWriteThem(t *testing.T) {
	forms := []struct{ line, want string }{
		{"By JOHN SMITH and JANE DOE", "John Smith; Jane Doe"},
		{"John Smith | Reuters", "John Smith"},
		{"John Smith, Reuters", "John Smith"},
		{"Written by John Smith", "John Smith"},
		{"Words by John Smith", "John Smith"},
		{"Story by John Smith", "John Smith"},
		{"John Smith\nSenior Reporter", "John Smith"},
		{"John Smith\n@jsmith", "John Smith"},
		{"Posted by John Smith on March 3, 2017", "John Smith"},
		{"Author: John Smith", "John Smith"},
		{"by John Smith · 5 min read", "John Smith"},
		{"John Smith · Mar 3, 2017 · 5 min read", "John Smith"},
		{"John Smith\nMar 3, 2017 · 5 min read", "John Smith"},
		{"John Smith Mar 3, 2017", "John Smith"},
		{"Por John Smith", "John Smith"},
		{"Par John Smith", "John Smith"},
		{"Von John Smith", "John Smith"},
		{"Di John Smith", "John Smith"},
		{"John Smith for The Guardian", "John Smith"},
		{"John Smith, Associated Press", "John Smith"},
		{"JOHN SMITH, Associated Press", "John Smith"},
		{"By John Smith, CNN", "John Smith"},
		{"By John Smith, CNN\nUpdated 1:00 PM ET, Mon March 3, 2017", "John Smith"},
		{"John Smith — Staff Writer", "John Smith"},
		{"By Dr. John Smith", "Dr. John Smith"},
		{"By John O'Neil", "John O'Neil"},
		{"ByJohn Smith", "John Smith"},
		{"3 March 2017 · John Smith · 5 min read", "John Smith"},
		{"3 de março de 2017 · John Smith · 5 min de leitura", "John Smith"},
		{"John Smith · 5 min read", "John Smith"},
		{"John Smith\n·\nMar 3, 2017\n·\n6 min read", "John Smith"},
		{"WRITER: John Smith", "John Smith"},
		{"Oleh John Smith", "John Smith"},
		{"By Jean-Luc Picard", "Jean-Luc Picard"},
		{"By María José García", "María José García"},
		{"By John Smith, Jane Doe and Ann Lee", "John Smith; Jane Doe; Ann Lee"},
		{"By John Smith & Jane Doe", "John Smith; Jane Doe"},
		{"John Smith\nMarch 3, 2017", "John Smith"},
		{"March 3, 2017 by John Smith", "John Smith"},
		{"Posted on March 3, 2017 by John Smith", "John Smith"},
		{"John Smith | March 3, 2017", "John Smith"},
		{"John Smith / March 3, 2017", "John Smith"},
		{"BY JOHN SMITH | MARCH 3, 2017", "John Smith"},
		{"Last updated on March 3, 2017 by John Smith", "John Smith"},
		{"John Smith and Jane Doe\nMarch 3, 2017", "John Smith; Jane Doe"},
		{"Updated March 3, 2017 at 4:05 p.m. EST\nBy John Smith", "John Smith"},
		{"John Smith, Political Correspondent", "John Smith"},
		{"John Smith\nPolitical Correspondent\nMarch 3, 2017", "John Smith"},
		{"3 March 2017 • John Smith", "John Smith"},
		{"John Smith • 3 March 2017", "John Smith"},
		{"by John Smith\n3 March 2017", "John Smith"},
		{"By John Smith\nStaff Writer\n3 March 2017", "John Smith"},
		{"By\nJohn Smith", "John Smith"},
		{"Published: 3 March 2017\nAuthor: John Smith", "John Smith"},
		{"John Smith\nWashington Correspondent, BBC News", "John Smith"},
		{"John Smith @jsmith", "John Smith"},
		{"John Smith\nFollow\nMar 3, 2017", "John Smith"},
		{"John Smith, Contributor", "John Smith"},
		{"John Smith\nContributor", "John Smith"},
		{"Reporter: John Smith", "John Smith"},
		{"By John Smith • Published March 3, 2017", "John Smith"},
		{"By John Smith Published 3:00 PM EST, March 3, 2017", "John Smith"},
		{"John Smith 3 hours ago", "John Smith"},
		{"By John Smith - 3 March 2017", "John Smith"},
		{"Opinion by John Smith", "John Smith"},
		{"Analysis by John Smith", "John Smith"},
		{"Review by John Smith", "John Smith"},
		{"Interview by John Smith", "John Smith"},
		{"JOHN SMITH", "John Smith"},
		{"JOHN SMITH\nMarch 3, 2017", "John Smith"},
		{"Autor: Juan Pérez", "Juan Pérez"},
		{"Redacción: Juan Pérez", "Juan Pérez"},
		{"Texto: Juan Pérez", "Juan Pérez"},
		{"Escrito por Juan Pérez", "Juan Pérez"},
		{"Publicado por Juan Pérez", "Juan Pérez"},
		// Names of many shapes, agencies, and credits after the byline:
		{"By Jane Q. Doe", "Jane Q. Doe"}, {"By J.R. Doe", "J.R. Doe"}, {"By Jane Doe-Roe", "Jane Doe-Roe"},
		{"By Ana de la Cruz", "Ana de la Cruz"}, {"By Ludwig van der Berg", "Ludwig van der Berg"},
		{"By JANE DOE and JOHN ROE | The Harbour Post", "Jane Doe; John Roe"}, {"By Jane Doe, PhD", "Jane Doe"},
		{"Story by Jane Doe. Photos by John Roe.", "Jane Doe"}, {"Text: Jane Doe, Photos: John Roe", "Jane Doe"},
		{"By Seán Ó Dálaigh", "Seán Ó Dálaigh"}, {"By Nguyễn Thị Lan", "Nguyễn Thị Lan"}, {"By Jean-Luc O’Brien", "Jean-Luc O’Brien"},
		{"By Mary-Kate McDonald", "Mary-Kate McDonald"}, {"By Oluwaseun Adebayo", "Oluwaseun Adebayo"},
		{"By Xi Wang", "Xi Wang"}, {"By Li Na", "Li Na"}, {"By Ali Al-Hassan", "Ali Al-Hassan"}, {"By Jane Doe Jr.", "Jane Doe Jr."},
		{"Jane Doe, The Harbour Post", "Jane Doe"}, {"By Jane Doe\nThe Harbour Post", "Jane Doe"},
		{"BY JANE DOE, STAFF WRITER", "Jane Doe"}, {"By Jane Doe, Staff Reporter", "Jane Doe"},
		{"Jane Doe and John Roe\nMarch 3, 2023", "Jane Doe; John Roe"},
		{"Jane Doe, John Roe and Ann Lee\nMarch 3, 2023", "Jane Doe; John Roe; Ann Lee"},
		{"By The Associated Press", "The Associated Press"}, {"By Reuters", "Reuters"}, {"By AFP", "AFP"},
		{"By Harbour Post Editorial Board", "Harbour Post Editorial Board"},
		{"By Jane Doe\nUpdated 4:20 PM EST, Fri March 3, 2023", "Jane Doe"},
		{"Text und Interview: Jane Doe", "Jane Doe"},
		{"By Jane DoeStaff Writer", "Jane Doe"},
		{"von Jane Doe        Foto: © Harbour Press", "Jane Doe"},
		{"By Jane Doe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", "Jane Doe"},
		{"By Harbour Council•15 January 2020", "Harbour Council"},
		{"Rep. John Smith. | Alex Wong/Getty Images\nBy JANE DOE", "Jane Doe"},
		{"By Jane Doe | The Harbour Times/HarbourLive", "Jane Doe"},
		{"Im Schlepptau\n3. März 2017. Der Rat hat am Dienstag beschlossen, die alte Brücke für Lastwagen zu sperren.\n\nVon Jane Doe", "Jane Doe"},
	}

	const body = "The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supports, a decision that will add an hour to some deliveries.\n\n" +
		"Traders in the town said they had not been consulted and would ask the council to think again before the closure begins next month.\n\n" +
		"The bridge was built in 1904 and carries about 9,000 vehicles a day, according to the council's own figures published last year.\n"
	for _, f := range forms {
		b, err := Import("bridge.txt", []byte("Council shuts old bridge to lorries\n\n"+f.line+"\n\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(b.Authors, "; "); got != f.want {
			t.Errorf("%q: authors %q, want %q", f.line, got, f.want)
		}
		if body := bodyText(b); !strings.Contains(body, "The council voted") || !strings.Contains(body, "figures published last year") {
			t.Errorf("%q: article lost:\n%s", f.line, body)
		}
	}
	for _, l := range []string{"Door to door sales rose in March", "Von der Leyen visits Kyiv", "Par for the course", "Door County Man Arrested",
		"3 March 2017 • Politics", "March 3, 2017 | World News", "Escrito por la historia"} {
		if names, ok := pasteByline(l, ""); ok {
			t.Errorf("%q read as a byline of %q", l, names)
		}
	}
}

// TestAuthorSaidAgainOverADate checks when a line that opens with an author
// the briefing already has is the byline said again: a date, a time or
// counts after the name, and nothing else.
func TestAuthorSaidAgainOverADate(t *testing.T) {
	authors := []string{"Jane Doe"}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Jane Doe March 9, 2017 13", true},
		{"Jane Doe 3 March 2017", true},
		{"Jane Doe · 9 Mar 2017 · 14:05", true},
		{"Jane Doe", false},
		{"Jane Doe said on March 9, 2017 that the pier would close", false},
		{"Jane Does 2017", false},
		{"Jane Doe and the 2017 budget", false},
	} {
		if got := authorOverDate(c.line, authors); got != c.want {
			t.Errorf("authorOverDate(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	page := `<html><head><meta name="author" content="Jane Doe"><title>Pier to be rebuilt</title></head><body><article><h1>Pier to be rebuilt</h1>` +
		`<p>Jane Doe March 9, 2017 <a href="#comments">13</a></p>` +
		`<p>The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.</p>` +
		`<p>Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said.</p></article></body></html>`
	b, err := Import("pier.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Sections[0].Paragraphs[0]; !strings.HasPrefix(got, "The harbour council") {
		t.Errorf("saved page: authors %q, first paragraph %q", b.Authors, got)
	}
}

// TestAListOfPeopleHasNoByline checks a list article whose entries are
// people's names, each over its paragraph, after its introduction: no
// name is the author and each is a heading; while a byline over an
// interview, with one name or three heading its parts, keeps its author.
func TestAListOfPeopleHasNoByline(t *testing.T) {
	list := "Five harbour masters who changed the coast\n\nFor two centuries the harbour has been run by a handful of people who knew every rock in it.\n\nIngrid Solberg\n\nShe ran the north harbour for thirty years and rebuilt the pier after the storm of 1987.\n\n" +
		"Rachel Okoro\n\nUnder her the ferries ran on time for the first time in a decade, the council said.\n\n" +
		"Tomas Vidal\n\nHe opened the harbour to cruise ships and fought the council over the fees for years.\n"
	b := importShape(t, list)
	var heads []string
	for _, s := range b.Sections {
		heads = append(heads, s.Heading)
	}
	if len(b.Authors) > 0 || b.Standfirst != "" || !reflect.DeepEqual(heads, []string{"", "Ingrid Solberg", "Rachel Okoro", "Tomas Vidal"}) {
		t.Errorf("list of people: authors %q, standfirst %q, headings %q", b.Authors, b.Standfirst, heads)
	}
	interview := "Harbour master looks back on thirty years\n\nRachel Okoro\n\n" + shapeBody + "\nIngrid Solberg\n\n" + shapeBody
	if b := importShape(t, interview); !reflect.DeepEqual(b.Authors, []string{"Rachel Okoro"}) {
		t.Errorf("byline over an interview: authors %q", b.Authors)
	}
	three := "Three nurses on the night shift\nLaura Finch\nWe asked three nurses at the harbour hospital what a night on the ward is like now.\n" +
		"Maria Lopez\nI start at eight and the first hour is handover, and by two in the morning I have walked ten kilometres.\n" +
		"David Okafor\nThe hardest part is the hour before dawn, when the patients who are scared wake up and want someone to talk to.\n" +
		"Helen Marsh\nI have done this for thirty years and the nights have never been as busy as they are this winter.\n"
	if b := importShape(t, three); !reflect.DeepEqual(b.Authors, []string{"Laura Finch"}) || len(b.Sections) < 3 {
		t.Errorf("byline over three interviewees: authors %q, %d sections", b.Authors, len(b.Sections))
	}
}
