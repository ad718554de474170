package briefing

// findQuotes returns every quotation in the body with its attribution.
func findQuotes(b *Briefing, people []person) []Quote { return nil }
