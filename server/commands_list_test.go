package server

import (
	"bytes"
	"testing"

	"brief/briefing"
	"brief/library"
)

func TestListCountsInTheSingular(t *testing.T) {
	b := &briefing.Briefing{Name: "one", Title: "One of each",
		Quotes: []briefing.Quote{{Text: "x"}}, Facts: []briefing.Fact{{Text: "y"}}}
	var out, errOut bytes.Buffer
	if code := listCmd(&out, &errOut, library.FromBriefings([]*briefing.Briefing{b})); code != 0 {
		t.Fatalf("list: exit %d, %q", code, errOut.String())
	}
	if want := "one\tOne of each\t1 quote\t1 fact\n"; out.String() != want {
		t.Errorf("list printed %q, want %q", out.String(), want)
	}
}
