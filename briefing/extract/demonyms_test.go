package extract

import "testing"

// TestPeoplesAreNoNames checks that the name of a people or nationality,
// as an adjective or a plural noun, is no person, place or organisation,
// whether a listed place makes it or the list of peoples holds it, and
// that people and places whose names look like one stay what they are.
func TestPeoplesAreNoNames(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // name -> kind, "" for not listed at all
	}{
		{"Her grandmother was Kenyan and the family is expected to visit relatives in Nairobi.",
			map[string]string{"Kenyan": "", "Nairobi": "place"}},
		{"The practice still draws anger from some New Zealanders and visitors to the coast.",
			map[string]string{"New Zealanders": ""}},
		{"Experts regard the bay, or Te Awa as it is called by Māori, as a stranding capital.",
			map[string]string{"Māori": ""}},
		{"The mayor said Latinos and Ohioans alike would gain from the new plant in Dayton.",
			map[string]string{"Latinos": "", "Ohioans": ""}},
		// a person or a place whose name a people's could be made from
		{"Rosa Jordan flew to Jordan on Monday, and President Ashraf Ghani met her there.",
			map[string]string{"Rosa Jordan": "person", "Ashraf Ghani": "person", "Jordan": "place"}},
		{"Christian Pulisic, the American winger, scored twice.",
			map[string]string{"Christian Pulisic": "person"}},
	}
	for _, tt := range tests {
		checkKinds(t, []string{tt.text}, tt.want)
	}
}

// TestIsDemonym checks the names of peoples made from the listed places
// and the list, and names that only look like one.
func TestIsDemonym(t *testing.T) {
	for name, want := range map[string]bool{
		"Kenyan": true, "New Zealanders": true, "Chinese": true, "Italian": true, "British": true,
		"Israelis": true, "Londoner": true, "South Korean": true, "Māori": true, "Latinos": true,
		"Jordan": false, "Ghani": false, "Bremer": false, "Morgan": false, "Sullivan": false,
		"Sanders": false, "Ryan": false, "Iran": false, "Milan": false,
	} {
		if got := isDemonym(name); got != want {
			t.Errorf("isDemonym(%q) = %v, want %v", name, got, want)
		}
	}
}
