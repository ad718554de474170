package ui

import "testing"

// TestFitNameKeepsNamesReadable checks how a speaker's name is shortened to
// a narrow pane: a person's given names become initials, then go; an
// organisation's name is cut at its end, never made initials.
func TestFitNameKeepsNamesReadable(t *testing.T) {
	for _, c := range []struct {
		name  string
		width int
		want  string
	}{
		{"Valeria Yashchenko", 30, "Valeria Yashchenko"},
		{"Valeria Yashchenko", 14, "V. Yashchenko"},
		{"Valeria Yashchenko", 11, "Yashchenko"},
		{"New Zealand Department of Conservation", 20, "New Zealand Departm…"},
		{"Harbour Council Ports And Ferries Office", 12, "Harbour Cou…"},
	} {
		if got := fitName(c.name, c.width); got != c.want {
			t.Errorf("fitName(%q, %d) = %q, want %q", c.name, c.width, got, c.want)
		}
	}
}
