package briefing

import (
	"embed"
	"strings"
)

// importerLexicon holds the word lists of the news-text rules.
//
//go:embed lexicon/furniture.txt lexicon/notices.txt lexicon/bylines.txt lexicon/byline_roles.txt lexicon/credits.txt lexicon/provenance.txt lexicon/paste_ui.txt
var importerLexicon embed.FS

// lexiconLines returns the non-empty, non-comment lines of an embedded list,
// trimmed and lower-cased. A missing list is a build mistake, so it panics at
// package initialisation rather than at import time.
func lexiconLines(name string) []string {
	data, err := importerLexicon.ReadFile("lexicon/" + name)
	if err != nil {
		panic("briefing: missing word list " + name + ": " + err.Error())
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.ToLower(strings.TrimLeft(l, " ")))
	}
	return out
}

// lexiconSet returns an embedded list as a set of trimmed lower-case entries.
func lexiconSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, l := range lexiconLines(name) {
		set[strings.TrimSpace(l)] = true
	}
	return set
}
