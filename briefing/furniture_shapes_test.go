package briefing

import "testing"

// TestFurnitureShapes: an agency's sign under its copy, and furniture
// lines set in a row between bars are furniture; lines that look a little
// like them are not.
func TestFurnitureShapes(t *testing.T) {
	for line, want := range map[string]bool{
		"aja/PAP": true,
		"kk/dpa":  true,
		"Kommentarfeed | Kommentare geschlossen | Trackback-URL": true,
		"Share | Tweet | Email":                                  true,
		"km/h":                                                   false,
		"Policy | Economy | The budget vote is on Tuesday, at last.": false,
	} {
		if got := classifyFurniture(line) != notFurniture; got != want {
			t.Errorf("classifyFurniture(%q) furniture %v, want %v", line, got, want)
		}
	}
}
