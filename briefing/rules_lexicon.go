package briefing

import (
	"strings"

	"brief/briefing/lexicon"
)

// lexiconLines returns the entries of a word list of the news-text rules
// (see package lexicon), lower-cased. name is the list's file name.
func lexiconLines(name string) []string {
	ls := lexicon.Lines(strings.TrimSuffix(name, ".txt"))
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = strings.ToLower(l)
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
