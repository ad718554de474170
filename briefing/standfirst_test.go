package briefing

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestStandfirstFromFrontMatter checks the front matter keys that give a
// Markdown file its standfirst, and that the standfirst stays out of the
// body.
func TestStandfirstFromFrontMatter(t *testing.T) {
	for _, key := range []string{"standfirst", "dek", "subtitle", "description", "summary"} {
		md := "---\ntitle: North pier to be rebuilt\n" + key + ": The vote ends two years of argument.\n---\n\nThe harbour council voted on Tuesday to rebuild the pier.\n"
		b, err := Import("pier.md", []byte(md))
		if err != nil {
			t.Fatal(err)
		}
		if b.Standfirst != "The vote ends two years of argument." {
			t.Errorf("%s: standfirst %q", key, b.Standfirst)
		}
		if strings.Contains(bodyText(b), "two years of argument") {
			t.Errorf("%s: the standfirst is in the body", key)
		}
	}
}

// TestStandfirstInTheExports checks that every export carries the
// standfirst: JSON (read back the same), Markdown (in italics under the
// details) and text; and that JSON without one has no "standfirst" key, so
// that the contract's existing output is unchanged.
func TestStandfirstInTheExports(t *testing.T) {
	b := &Briefing{Title: "North pier to be rebuilt", Standfirst: "The vote ends two years of argument.", Authors: []string{"Lena Marsh"},
		Sections: []Section{{Paragraphs: []string{"The harbour council voted on Tuesday."}}}}
	var j bytes.Buffer
	if err := WriteJSON(&j, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(j.String(), `"standfirst": "The vote ends two years of argument."`) {
		t.Errorf("JSON lacks the standfirst:\n%s", j.String())
	}
	var back Briefing
	if err := json.Unmarshal(j.Bytes(), &back); err != nil || back.Standfirst != b.Standfirst {
		t.Errorf("read back: standfirst %q, error %v", back.Standfirst, err)
	}
	var md, txt bytes.Buffer
	if err := WriteMarkdown(&md, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	if want := "- **Authors:** Lena Marsh\n\n*The vote ends two years of argument.*\n\nThe harbour council"; !strings.Contains(md.String(), want) {
		t.Errorf("Markdown lacks %q:\n%s", want, md.String())
	}
	if err := WriteText(&txt, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	if want := "Authors: Lena Marsh\n\nThe vote ends two years of argument.\n\nThe harbour council"; !strings.Contains(txt.String(), want) {
		t.Errorf("text lacks %q:\n%s", want, txt.String())
	}
	b.Standfirst = ""
	j.Reset()
	if err := WriteJSON(&j, []*Briefing{b}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(j.String(), "standfirst") {
		t.Errorf("JSON without a standfirst names one:\n%s", j.String())
	}
}

// TestStandfirstUnderTheDateLine pastes a head of a headline, the
// article's date on a line of its own, a standfirst and a byline set
// apart under it: the date line, no byline, sets nothing apart, and the
// paragraph over the byline is the standfirst.
func TestStandfirstUnderTheDateLine(t *testing.T) {
	page := "Night ferries return to the islands in June\n\nMarch 3, 2024\n\n" +
		"The harbour board says the night boats will run again from June, after a winter of one crossing a day.\n\nBy Jane Roe\n\n" +
		"The harbour board voted on Tuesday to run the night ferries again from June, after a winter in which the crossings were cut to one a day.\n\n" +
		"The ferry company said it had hired enough deckhands and engineers over the winter to run the night timetable all summer.\n"
	b := importShape(t, page)
	if want := "The harbour board says the night boats will run again from June, after a winter of one crossing a day."; b.Standfirst != want {
		t.Errorf("standfirst %q, want %q", b.Standfirst, want)
	}
	if len(b.Sections) == 0 || len(b.Sections[0].Paragraphs) != 2 {
		t.Errorf("body %v, want the two paragraphs under the byline", b.Sections)
	}
}
