package extract

import "testing"

// TestRoleIsNoVerbPhrase checks that what follows a name between commas
// is a person's role only when it says what they are: a verb phrase, past
// an age and adverbs, says what they do, and a phrase that opens with a
// preposition where they are; a later mention may give the role.
func TestRoleIsNoVerbPhrase(t *testing.T) {
	tests := []struct {
		paras      []string
		name, want string
	}{
		{[]string{
			"Whale rescuer Ingrid Halvorsen was seven when she saw her first stranding on the beach near her home.",
			"Seven decades later, Halvorsen, 75, has now overseen more than 400 rescues and is known as the leading expert.",
		}, "Ingrid Halvorsen", ""},
		{[]string{
			"Whale rescuer Ingrid Halvorsen was seven when she saw her first stranding on the beach near her home.",
			"Seven decades later, Halvorsen, 75, has now overseen more than 400 rescues.",
			"“They come here to rest,” says Halvorsen, a fierce elder of the northern tribe.",
		}, "Ingrid Halvorsen", "fierce elder of the northern tribe"},
		{[]string{"Police said Marta Quillon, 52, was arrested at her home on Friday evening after a long search."},
			"Marta Quillon", ""},
		{[]string{"The shop closed in May. Tomas Brenner, later joined by his brother, reopened it in June."},
			"Tomas Brenner", ""},
		{[]string{"Clockwise from top: Aroha Whitlow, in front of the carving shed at the museum; the river at dawn."},
			"Aroha Whitlow", ""},
		{[]string{"“We will not stand by,” says Halvorsen, bristling with anger, as the tide turns.",
			"Whale rescuer Ingrid Halvorsen has led the group since 1990."},
			"Ingrid Halvorsen", ""},
		{[]string{"“The plan is sound,” said Lena Marsh, managing director of the fund."},
			"Lena Marsh", "managing director of the fund"},
		// a title after "for" is the role, without it
		{[]string{"The union's support for Senator Mara Hollister grew through the spring."},
			"Mara Hollister", "Senator"},
		// a role still is one
		{[]string{"“It was terrifying,” said Dana Whitcombe, 41, a nurse from Ohio."},
			"Dana Whitcombe", "nurse from Ohio"},
		{[]string{"“It was terrifying,” said Nicky Rowbotham, 24, from Leeds."},
			"Nicky Rowbotham", "from Leeds"},
	}
	for _, tt := range tests {
		r := Analyze(NewDoc(tt.paras))
		found := false
		for _, e := range r.Entities {
			if e.Kind == PersonName && e.Name == tt.name {
				found = true
				if e.Role != tt.want {
					t.Errorf("%q: %s has the role %q, want %q", tt.paras, e.Name, e.Role, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %s", tt.paras, tt.name)
		}
	}
}
