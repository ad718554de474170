package briefing

import "testing"

// TestFurnitureShapes: a teaser cut short before its "more" link, an
// agency's sign under its copy, and furniture lines set in a row between
// bars are furniture; sentences that look a little like them are not.
func TestFurnitureShapes(t *testing.T) {
	for line, want := range map[string]bool{
		"Auskunft über vergangenes Wetter… mehr •••":             true,
		"The council has approved the new budget... Read more »": true,
		"Le conseil a voté le budget… Lire la suite":             true,
		"aja/PAP": true,
		"kk/dpa":  true,
		"Kommentarfeed | Kommentare geschlossen | Trackback-URL": true,
		"Share | Tweet | Email":                                  true,
		"She wanted more… and then she wanted it all.":           false,
		"The road to the port… is closed for more than a week.":  false,
		"km/h": false,
		"Policy | Economy | The budget vote is on Tuesday, at last.": false,
	} {
		if got := classifyFurniture(line) != notFurniture; got != want {
			t.Errorf("classifyFurniture(%q) furniture %v, want %v", line, got, want)
		}
	}
}
