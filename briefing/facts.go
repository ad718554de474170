package briefing

// findFacts returns the key facts of the briefing with their mentions; the
// people among them come from people.
func findFacts(b *Briefing, people []person) []Fact { return nil }
