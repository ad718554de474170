package extract

import "testing"

// TestProductsAreNoPeople checks that products, programs and devices the
// tagger takes for people leave the people when the text treats them as
// things: a model's word ending the name, a digit in it, a version after
// it, a noun for a product after it, an apposition, a role or "is a" that
// makes it one, "a ... called" before it, a program's verbs, brackets
// after a noun for a product, a list summed up by a noun for things, and
// for a word no list knows as a name, a noun for a product near it.
func TestProductsAreNoPeople(t *testing.T) {
	tests := []struct {
		paras []string
		want  map[string]string // name -> kind, "" for not listed at all
	}{
		// a model's word ends the name
		{[]string{"Developers can build apps for Dranik Mobile, and the first phones ship in May."},
			map[string]string{"Dranik Mobile": ""}},
		{[]string{"Greyline Pro X is a screen capture tool for the Mac."},
			map[string]string{"Greyline Pro": "", "Greyline Pro X": ""}},
		{[]string{"Users were asked to update Corsair Sync before the weekend."},
			map[string]string{"Corsair Sync": ""}},
		// an apposition or a role headed by a noun for a product
		{[]string{"Or download Pelloton, the free online radio app, and play hours of music for free."},
			map[string]string{"Pelloton": "", "Download Pelloton": ""}},
		{[]string{"The suite was the open source version of Harrow's internet software, Harrow Dispatch, which the firm gave away."},
			map[string]string{"Harrow Dispatch": ""}},
		// "a ... called": a reporting verb no more
		{[]string{"A new skin patch called Vorrima let children with peanut allergies eat small amounts of peanuts."},
			map[string]string{"Vorrima": ""}},
		{[]string{"In the early days the service ran on a process manager called Brindlequeue, which was built for batch jobs."},
			map[string]string{"Brindlequeue": ""}},
		// a noun for a product in brackets before the name
		{[]string{"The suite held a mail client, a chat client and an HTML editor (Tarrow Composer)."},
			map[string]string{"Tarrow Composer": ""}},
		// a model's code in the name
		{[]string{"We tested the Halvo Spark X2 for a week. Halvo Spark X2 has a brighter screen than last year's model."},
			map[string]string{"Spark X2": "", "Halvo Spark X2": ""}},
		// a list that a noun for products or things sums up
		{[]string{"Downloads are available for a variety of platforms, including packages for Tarvo, Lemmix, Quenby, openVale, and several other distributions."},
			map[string]string{"Tarvo": "", "Lemmix": "", "Quenby": ""}},
		{[]string{"Job ads list the skills they require, such as Vellum.js, Corda, PHP, HTML, CSS, and other technologies."},
			map[string]string{"Corda": ""}},
		// a noun for a product after the name, past a reporting verb
		{[]string{"There is a new custom function editor for writing Zentrix functions, and the server can now be extended with Zentrix plugins."},
			map[string]string{"Zentrix": ""}},
		// a word no list knows as a name, near a noun for a product
		{[]string{
			"Comment features: viewers can now reply to videos shared using Pro, Crews, Business, and Enterprise tier offerings.",
			"Improved security features: the firm now offers users of Pro, Crews, and Business plans a way to lock private videos.",
		}, map[string]string{"Crews": ""}},
		// a program's verbs
		{[]string{"Harbin Quill can now be installed from the store, and the first update is due in June."},
			map[string]string{"Harbin Quill": ""}},
		// a version after the name
		{[]string{"Quentara Mobile 3.6 shares its engine with the desktop build, and Quentara 4.0 will follow."},
			map[string]string{"Quentara Mobile": "", "Quentara": ""}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.paras, tt.want)
	}
}

// TestPeopleNamedLikeProducts checks that people stay people beside the
// signs of a thing: a given name, a reporting verb (past an auxiliary
// too), a title or a human role, "he" or "she", a human noun before
// "called", and that a person's
// name may qualify a noun that is no product's ("the Obama
// administration") or be released, installed as a bishop or crash.
func TestPeopleNamedLikeProducts(t *testing.T) {
	tests := []struct {
		paras []string
		want  map[string]string
	}{
		{[]string{"Tim Cook said the company would ship the headset in February, and Cook showed the new phone."},
			map[string]string{"Tim Cook": "person"}},
		{[]string{"Grace Hopper wrote one of the first compilers, and Hopper later joined the Navy reserve."},
			map[string]string{"Grace Hopper": "person"}},
		{[]string{"Kestra Banner, the company's chief executive, said sales of the Kestra phone had doubled."},
			map[string]string{"Kestra Banner": "person"}},
		{[]string{"Ana Ruiz, a Quillo user, said the app crashed every day."},
			map[string]string{"Ana Ruiz": "person"}},
		{[]string{"Sexton was released from prison on Monday."},
			map[string]string{"Sexton": "person"}},
		{[]string{"Moran was installed as bishop in 2012."},
			map[string]string{"Moran": "person"}},
		{[]string{"Wilkinson crashed on the first lap, and the stewards blamed the rain."},
			map[string]string{"Wilkinson": "person"}},
		{[]string{"The Obama administration kept the phone records. Obama said he was proud of it."},
			map[string]string{"Obama": "person"}},
		{[]string{"The Clinton email server was a mistake, Clinton said."},
			map[string]string{"Clinton": "person"}},
		{[]string{"Users love Pierson. She runs the company from her kitchen."},
			map[string]string{"Pierson": "person"}},
		// a word no list knows, near a noun for a product, that says
		{[]string{"The browser was rebuilt from scratch, Tavrick said, and the app now starts in a second."},
			map[string]string{"Tavrick": "person"}},
		{[]string{"Orlenko, who wrote the library, told developers to update their apps."},
			map[string]string{"Orlenko": "person"}},
		// an active verb with its object, no program's passive
		{[]string{"Rosenthal had installed cameras in the shop before the break-in."},
			map[string]string{"Rosenthal": "person"}},
		{[]string{"Rosenthal was updated on the inquiry every morning."},
			map[string]string{"Rosenthal": "person"}},
		// a name that ends like a model's, that argues
		{[]string{"Okoro Max has also argued that the phone is too expensive for most buyers."},
			map[string]string{"Okoro Max": "person"}},
		// listed with things, but a person
		{[]string{"The keynote featured Satya Nadella, Lisa Su and other industry leaders."},
			map[string]string{"Satya Nadella": "person", "Lisa Su": "person"}},
		{[]string{"In the film, a character called Garfunkel dreams of becoming a hero, and Garfunkel trains every day."},
			map[string]string{"Garfunkel": "person"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.paras, tt.want)
	}
}
