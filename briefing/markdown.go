package briefing

// importMarkdown is replaced by the goldmark importer.
func importMarkdown(s string) (*Briefing, error) { return importText(s), nil }
