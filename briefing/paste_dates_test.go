package briefing

import (
	"os"
	"strings"
	"testing"
	"time"
)

// pasteDateLines is how many lines from the top of a headline paste are
// searched for the article's date: the head, where sites show it.
const pasteDateLines = 30

// pastedDateFloor is the fewest tuned headline pastes showing their date
// whose published date TestPastedPagesDates accepts: all of them.
const pastedDateFloor = 12

// TestPastedPagesDates pastes each news and blog page from its headline to
// its last paragraph and checks the published date the briefing gives
// against the page's metadata, on the pastes whose head shows that day in
// a form brief reads (a day off is the page's time zone: "On 6/13/2018"
// for 2018-06-12T22:00 in New York). Every such tuned paste must have its
// date. Held-out pages are reported in sum only.
func TestPastedPagesDates(t *testing.T) {
	if testing.Short() {
		t.Skip("the pasted pages take a few seconds")
	}
	meta := map[string]string{}
	for _, p := range loadReadabilityPages(t) {
		if p.meta.Published != nil && len(*p.meta.Published) >= 10 {
			meta[p.name] = (*p.meta.Published)[:10]
		}
	}
	type sum struct{ shown, right int }
	var tuned, held sum
	for _, c := range pasteCasesOf(t, append(append([]string(nil), pastePages...), extraPastePages...)) {
		want, err := time.Parse("2006-01-02", meta[c.name])
		if c.headline == "" || err != nil || !showsDate(c.headline, want) {
			continue
		}
		b, err := Import(c.name+".txt", []byte(c.headline))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		s := &tuned
		if c.heldOut {
			s = &held
		}
		s.shown++
		if sameDay(b.Published, want) {
			s.right++
		} else if !c.heldOut || os.Getenv("BRIEF_SHOW_HELD_OUT") != "" {
			t.Logf("%s: published %v, want %s", c.name, b.Published.Format("2006-01-02"), want.Format("2006-01-02"))
		}
	}
	t.Logf("tuned: published date right on %d of %d pastes that show it", tuned.right, tuned.shown)
	t.Logf("held out: published date right on %d of %d pastes that show it", held.right, held.shown)
	if tuned.right < pastedDateFloor || tuned.right < tuned.shown {
		t.Errorf("tuned: %d of %d dates right, want all and at least %d", tuned.right, tuned.shown, pastedDateFloor)
	}
}

// showsDate reports whether a line of a paste's head writes the day d (or
// the day either side of it): one of its first lines, above its second
// long paragraph (not the date of a post embedded further down).
func showsDate(paste string, d time.Time) bool {
	lines := strings.Split(paste, "\n")
	long := 0
	for _, l := range lines[:min(len(lines), pasteDateLines)] {
		if sameDay(lineDate(l), d) {
			return true
		}
		if wordCount(l) >= 30 {
			if long++; long == 2 {
				break
			}
		}
	}
	return false
}

// sameDay reports whether a is the day d or a day either side of it.
func sameDay(a, d time.Time) bool {
	if a.IsZero() {
		return false
	}
	diff := a.Sub(time.Date(d.Year(), d.Month(), d.Day(), a.Hour(), a.Minute(), a.Second(), a.Nanosecond(), a.Location()))
	return diff >= -24*time.Hour && diff <= 24*time.Hour
}

// TestPastedDateForms checks the published date of made-up pastes whose
// date stands where real pages put it: a long line with its update, a
// line under the standfirst that opens the paste, a byline with a handle
// and a date, and a date and its update split by a slash (no photo's
// caption and credit).
func TestPastedDateForms(t *testing.T) {
	body := "\n\nThe council voted on Tuesday to close the old bridge to cars from next spring, ending a debate that has run for more than a decade in the town.\n\n" +
		"Engineers told the meeting that the steel had corroded faster than expected, and that repairs would cost more than a new crossing over the river.\n"
	for _, c := range []struct{ name, paste, want string }{
		{"update", "Bridge closure divides a riverside town\n\nApril 28, 2026 at 6:01 am Updated April 29, 2026 at 3:33 pm\n\nBy\nHelen Park\nRiverside Times reporter" + body, "2026-04-28"},
		{"under standfirst", "Councillors voted to shut the crossing to cars after engineers warned of corrosion in its steel frame.\n\nJun 7, 2026, 8:54 PM UTC|\n\nBy Helen Park" + body, "2026-06-07"},
		{"byline", "Bridge closure divides a riverside town\n\nCouncillors voted to shut the crossing to cars after engineers warned of corrosion in its steel frame.\n\nBy Helen Park@hpark  Updated Jul 24, 2026, 2:15pm EDT" + body, "2026-07-24"},
		{"slash", "Bridge closure divides a riverside town\n\nCouncillors voted to shut the crossing to cars after engineers warned of corrosion in its steel frame.\nGet more news\n\nDec. 6, 2026, 10:00 PM UTC/Updated Dec. 7, 2026, 12:43 PM UTC\nBy Helen Park and Tom Reyes" + body, "2026-12-06"},
	} {
		b, err := Import(c.name+".txt", []byte(c.paste))
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Published.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
		for _, cp := range b.Captions {
			t.Errorf("%s: caption %q / %q", c.name, cp.Text, cp.Credit)
		}
	}
}

// TestPastedDateDayFirst checks a date in figures with slashes: day first
// on a Spanish site's page ("02/12/2026" is 2 December), month first in
// an English one (February 12, as American sites write it).
func TestPastedDateDayFirst(t *testing.T) {
	es := "Barcelona limitará los cruceros en su puerto\n\nNúria Castellví\nBarcelona 02/12/2026 - 13:25\n\n" +
		"El Ayuntamiento y la Autoridad Portuaria han firmado un acuerdo que reduce el número de cruceros que pueden atracar en la ciudad a partir de 2028.\n\n" +
		"El alcalde ha defendido que el pacto pone orden en una actividad que ha crecido sin tener en cuenta a los vecinos de los barrios del puerto.\n"
	en := "Council limits cruise ships in the harbour\n\nBy Helen Park\n02/12/2026 - 13:25\n\n" +
		"The council and the port authority have signed an agreement that cuts the number of cruise ships that can dock in the city from 2028.\n\n" +
		"The mayor said the deal brought order to a business that had grown without regard for the people who live near the port.\n"
	for _, c := range []struct{ name, paste, want string }{{"es", es, "2026-12-02"}, {"en", en, "2026-02-12"}} {
		b, err := Import(c.name+".txt", []byte(c.paste))
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Published.Format("2006-01-02"); got != c.want {
			t.Errorf("%s: published %s, want %s", c.name, got, c.want)
		}
	}
}
