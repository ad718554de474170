package briefing

// annotate finds the people, quotes and key facts of an imported briefing.
// People come first: quotes take their speakers and roles from them, and
// the facts list them with their roles.
func annotate(b *Briefing) {
	people := findPeople(b)
	b.Quotes = findQuotes(b, people)
	b.Facts = findFacts(b, people)
}

// person is someone named in the body, with the role the text gives them
// and every place they are mentioned (full name, surname, title + surname,
// possessive).
type person struct {
	name     string // the full name as first introduced: "Valeria Yashchenko"
	role     string // "vice director of the Institute of Cybersecurity at Moscow State University"
	mentions []Span
}
