package briefing

// annotate finds the people, quotes and key facts of an imported briefing.
// People come first: quotes take their speakers and roles from them, and
// the facts list them with their roles. What needs no people (the facts'
// words, the quote marks) is read while the people are found. Quotes and
// facts only read the briefing and the people, so they run at the same
// time; each result is stored in its own field, so the output does not
// depend on which ends first.
func annotate(b *Briefing) {
	paras := bodyParas(b)
	words, marks := make(chan factWords, 1), make(chan []docPara, 1)
	go func() { words <- readWordsOf(paras) }()
	go func() { marks <- readParagraphs(b, paras) }()
	people := peopleIn(lexicon(), b, paras)
	quotes := make(chan []Quote, 1)
	go func() { quotes <- quotesIn(<-marks, people) }()
	facts := factsIn(b, <-words, people)
	b.Quotes, b.Facts = <-quotes, facts
}

// person is someone named in the body, with the role the text gives them
// and every place they are mentioned (full name, surname, title + surname,
// possessive).
type person struct {
	name     string // the full name as first introduced: "Valeria Yashchenko"
	role     string // "vice director of the Institute of Cybersecurity at Moscow State University"
	mentions []Span
}
