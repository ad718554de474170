package briefing

// annotate finds the quotes and key facts of an imported briefing. Quotes
// come first: their speakers and roles feed the people among the facts.
func annotate(b *Briefing) {
	b.Quotes = findQuotes(b)
	b.Facts = findFacts(b)
}
