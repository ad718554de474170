package briefing

// findFacts returns the key facts of the briefing with their mentions.
func findFacts(b *Briefing) []Fact { return nil }
