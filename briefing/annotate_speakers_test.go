package briefing

import (
	"strings"
	"testing"
)

// TestSpeakersAReaderCanUse checks the speakers of a first-person report:
// the writer's own questions are the writer's ("I asked"), what the writer
// was told is not ("I was told by a steward"), a pronoun nobody in the
// text stands for is no speaker, and a sentence's first word beside a
// quote is no one's name.
func TestSpeakersAReaderCanUse(t *testing.T) {
	text := `The night shift at the sorting office

By Anna Kowalczyk

I spent a week on the night shift at the city's biggest sorting office, where letters still outnumber parcels on a Monday.

"Where does all of it go?" I asked the supervisor, Tomasz Nowak, on my first night.

"Mostly abroad, and most of it to the same three countries," said Nowak, who has worked there for 22 years.

"They keep telling us the letter is dying," he said later, pointing at the full cages.

Essentially, "the machines do the sorting and we do the lifting," one of the night staff told me.

"Nobody reads the postcards any more," they said as the vans left.

Example: "I could sleep for a week," is what every new starter says by Thursday, to take one example.

"Nobody sleeps well on the first night," I was told by a steward on the ferry home.
`
	b, err := Import("night.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Where does all of it go?":                                  "Anna Kowalczyk | the writer",
		"Mostly abroad, and most of it to the same three countries": "Tomasz Nowak | who has worked there for 22 years",
		"They keep telling us the letter is dying":                  "Tomasz Nowak | who has worked there for 22 years",
		"the machines do the sorting and we do the lifting":         "the night staff | ",
		"I could sleep for a week":                                  " | ",
		"Nobody reads the postcards any more":                       " | ",
		"Nobody sleeps well on the first night":                     " | ",
	}
	seen := map[string]bool{}
	for _, q := range b.Quotes {
		text := strings.TrimRight(q.Text, ",.")
		w, ok := want[text]
		if !ok {
			t.Errorf("unexpected quote %q", q.Text)
			continue
		}
		seen[text] = true
		if got := q.Speaker + " | " + q.Role; got != w {
			t.Errorf("%q: speaker and role %q, want %q", text, got, w)
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("quote %q is missing", text)
		}
	}
}
