package extract

import "testing"

// TestPersonLine checks lines of names, none of them in the training data's
// lists of given names, against labels and headings of pages.
func TestPersonLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Kestrel Vantongeren", true},
		{"Devindra Hardawar", true},
		{"Oluwaseun Adeyemi", true},
		{"Courtney Kirchoff", true},
		{"Eleanor Ainge Roy", true},
		{"Juan Pérez and Ana Gómez", true},
		{"Top Stories", false},
		{"Related Topics", false},
		{"Live Coverage", false},
		{"Most Read", false},
		{"Share This Article", false},
		{"Setting Expectations for Monitoring", false},
		{"Tech Insider", false},
		{"Editorial Board", false},
		{"São Paulo", false},
		{"", false},
		{"Jane Doe, a reporter who covers the harbour and the ferries for the paper", false},
	} {
		if got := PersonLine(c.line); got != c.want {
			t.Errorf("PersonLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
