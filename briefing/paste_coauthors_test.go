package briefing

import (
	"reflect"
	"strings"
	"testing"
)

// TestWritersListedOverTheirRoles checks a byline of two or three writers,
// each on a line over a line of its own (a role, a date): every one of
// them is an author, and a date under them is the published date. A name
// under the lines that stands over no such line is not (a photo's credit,
// the next card's writer).
func TestWritersListedOverTheirRoles(t *testing.T) {
	body := strings.TrimSpace(shapeBody)
	for _, c := range []struct {
		head string
		want []string
	}{
		{"Maya Okonkwo\nStaff Software Engineer\nJonas Ferreira\nSenior Software Engineer\nMarch 4, 2024", []string{"Maya Okonkwo", "Jonas Ferreira"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler\nPolitics Editor\nOwen Baird\nData Reporter", []string{"Lena Marsh", "Naomi Kessler", "Owen Baird"}},
		{"Lena Marsh\nHarbour Reporter\nNaomi Kessler", []string{"Lena Marsh"}},
		{"Ingrid Haugland\nJournalist\nErlend Solbakken\nJournalist", []string{"Ingrid Haugland", "Erlend Solbakken"}},
		{"Lena Marsh\nHarbour Reporter\nHarbour Council\nPress Office", []string{"Lena Marsh"}},
		{"Lena Marsh\nHarbour Reporter\n\nNaomi Kessler\nPolitics Editor", []string{"Lena Marsh"}},
	} {
		b := importShape(t, "North pier to be rebuilt\n\n"+c.head+"\n\n"+body+"\n")
		if !reflect.DeepEqual(b.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.head, b.Authors, c.want)
		}
		checkBody(t, bodyText(b), []string{"Harbour Reporter", "Politics Editor"}, strings.Split(body, "\n\n"))
		if strings.HasSuffix(c.head, "2024") && b.Published.Format("2006-01-02") != "2024-03-04" {
			t.Errorf("%q: published %v, want the date under the writers", c.head, b.Published)
		}
	}
}

// TestWritersSetApartByAnd pastes a page whose kicker says again a
// section of its menu ("Greater Manchester News") over the headline, and
// whose writers are set apart, each on lines of their own: a name, a
// role, "and", a name, then the date.
func TestWritersSetApartByAnd(t *testing.T) {
	page := "Harbour Evening News\nNews\nGreater Harbour News\nSport\nSign in\n\nGreater Harbour News\nTram drivers to strike on four days before Christmas after talks collapse\n\n" +
		"The union says drivers will walk out on four days in a row over pay\n\nJess Okafor\nTransport Reporter\nand\nLiam Brennan-Shaw\n14:32, 2 Dec 2026\n\nShare\n\n" +
		"Tram drivers will strike on four days in the run-up to Christmas after talks over pay broke down, their union has said.\n\n" +
		"The operator said it was disappointed and urged the union to return to talks before the first walkout next week.\n"
	b := importShape(t, page)
	if got := strings.Join(b.Authors, "; "); got != "Jess Okafor; Liam Brennan-Shaw" {
		t.Errorf("authors %q", got)
	}
	if b.Standfirst != "The union says drivers will walk out on four days in a row over pay" {
		t.Errorf("standfirst %q", b.Standfirst)
	}
	if b.Title != "Tram drivers to strike on four days before Christmas after talks collapse" {
		t.Errorf("title %q", b.Title)
	}
}

// TestStandfirstUnderTheByline pastes a page whose standfirst stands
// under the byline and its date, over the lead photo's caption, its
// credit and the share bar.
func TestStandfirstUnderTheByline(t *testing.T) {
	dek := "Transit officials had promised the change by the end of the year. Now they say a shortage of drivers makes it impossible before spring."
	page := "Harbour Times\nSubscribe\nNews\nSports\n\nTransit\nCity quietly shelves plan to run night trains every ten minutes\n\nBy Marisol Reyes\nDec 2, 2026, 5:30am CST\n\n" + dek +
		"\n\nRiders wait for a train at the central station on Tuesday night.\nPat Nabong/Harbour Times\n\nShare this story\nShare this on Facebook\nAll sharing options\n\n" +
		"The transit authority has put off a plan to run trains every ten minutes through the night, months after it told riders the change was coming.\n\n" +
		"A spokeswoman said the agency was still hiring and training drivers, and that the plan would return once enough of them were ready.\n"
	b := importShape(t, page)
	if b.Standfirst != dek {
		t.Errorf("standfirst %q", b.Standfirst)
	}
	if strings.Contains(bodyText(b), "Transit officials had promised") {
		t.Errorf("the standfirst in the body:\n%s", bodyText(b))
	}
}

// TestStandfirstInTheBylinesGroup pastes a head whose byline, standfirst
// and the lead photo's caption are set line under line, apart from the
// article by a blank line: the first line under the byline is the
// standfirst.
func TestStandfirstInTheBylinesGroup(t *testing.T) {
	dek := "Engineers say the old pier cannot be saved. What happens next? The council has a plan."
	page := "North pier to be rebuilt after winter storms\n\nPublished Thursday 27 November 2026\nBy Lena Marsh\n" + dek +
		"\nA new study of the pier shows how far the storms moved its stones.\n\n" +
		"The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.\n\n" +
		"Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said.\n"
	b := importShape(t, page)
	if b.Standfirst != dek {
		t.Errorf("standfirst %q", b.Standfirst)
	}
}

// TestByOnALineOfItsOwnOverTwoWriters pastes a byline set a word a line,
// as public radio sites set it: "By", a name, "and", a name whose given
// name is rare, then the date. Both are the writers.
func TestByOnALineOfItsOwnOverTwoWriters(t *testing.T) {
	page := "Harbour plan splits the council\n\nBy\nDavid Brand\nand\nRamsey Khalifeh\n\nPublished Nov 8, 2023\n\n" +
		"The council voted on Tuesday to rebuild the old north pier after a long and bitter debate over its cost and design.\n\n" +
		"Work is to start in the spring and last two years, during which the ferries will use the south quay, officials said.\n"
	b := importShape(t, page)
	if got := strings.Join(b.Authors, "; "); got != "David Brand; Ramsey Khalifeh" {
		t.Errorf("authors %q, want both writers", got)
	}
	if body := bodyText(b); strings.Contains(body, "Khalifeh") || strings.Contains(body, "and\n") {
		t.Errorf("the byline's lines stay in the body:\n%s", body)
	}
}
