package briefing

import (
	"embed"
	"strings"
	"sync"
)

// lexiconFiles holds the word lists that attribution and name finding read.
//
//go:embed lexicon/cues.txt lexicon/titles.txt lexicon/honorifics.txt lexicon/modifiers.txt lexicon/pronouns.txt lexicon/nonnames.txt lexicon/orgwords.txt lexicon/firstnames.txt lexicon/auxiliaries.txt lexicon/particles.txt lexicon/places.txt lexicon/orgs.txt lexicon/works.txt
var lexiconFiles embed.FS

// nameLexicon is the parsed word lists; it is built once and never changed.
type nameLexicon struct {
	cues       map[string]bool   // single-word reporting verbs: "said"
	cuePhrases [][]string        // several-word cues: ["according", "to"]
	titles     map[string]bool   // role nouns and titles: "president", "sen."
	honorifics map[string]bool   // "mr.", "dr."
	modifiers  map[string]bool   // "former", "foreign"
	pronouns   map[string]string // "he" -> "person"
	nonNames   map[string]bool   // "the", "monday"
	orgWords   map[string]bool   // "university", "images"
	firstNames map[string]bool   // "valeria"
	auxiliary  map[string]bool   // words between a subject and its cue: "has", "also"
	particles  map[string]bool   // lower-case name particles: "de", "van"
	works      map[string]bool   // words before the title of a work: "book", "author"
	// notNameWord is every word of nonNames, titles, honorifics, orgWords
	// and modifiers: words that are never part of a person's name.
	notNameWord map[string]bool
	// notPeople are the names of places and known institutions, read from
	// the key-facts lists: such a name is never a person ("South Africa").
	notPeople map[string]bool
	// dotted is every word that keeps its full stop as an abbreviation
	// ("sen.", "inc.", "jr."): the titles, honorifics and non-names written
	// with one, and a few dotted words that are none of these.
	dotted map[string]bool
}

// lexicon returns the word lists, parsed on first use.
var lexicon = sync.OnceValue(loadLexicon)

// loadLexicon parses the embedded word lists.
func loadLexicon() *nameLexicon {
	l := &nameLexicon{
		cues: map[string]bool{}, titles: set(readList("titles")), honorifics: set(readList("honorifics")),
		modifiers: set(readList("modifiers")), pronouns: map[string]string{}, nonNames: set(readList("nonnames")),
		orgWords: set(readList("orgwords")), firstNames: set(readList("firstnames")),
		auxiliary: set(readList("auxiliaries")), particles: set(readList("particles")),
		works: set(readList("works")),
	}
	for _, c := range readList("cues") {
		if f := strings.Fields(c); len(f) > 1 {
			l.cuePhrases = append(l.cuePhrases, f)
		} else {
			l.cues[c] = true
		}
	}
	l.notPeople = knownNames(l.orgWords)
	l.notNameWord = map[string]bool{}
	for _, s := range []map[string]bool{l.nonNames, l.titles, l.honorifics, l.orgWords, l.modifiers} {
		for w := range s {
			l.notNameWord[w] = true
		}
	}
	l.dotted = map[string]bool{}
	for _, w := range []string{"st.", "jr.", "sr.", "inc.", "corp.", "co.", "ltd.", "vs.", "mt.", "ft."} {
		l.dotted[w] = true
	}
	for _, s := range []map[string]bool{l.titles, l.honorifics, l.nonNames} {
		for w := range s {
			if strings.HasSuffix(w, ".") {
				l.dotted[w] = true
			}
		}
	}
	for _, line := range readList("pronouns") {
		w, kind, _ := strings.Cut(line, " ")
		l.pronouns[w] = strings.TrimSpace(kind)
	}
	return l
}

// readList reads one embedded list: one entry a line, lower-cased, with
// blank lines and # comments left out. A missing list is a build defect, so
// it panics.
func readList(name string) []string {
	data, err := lexiconFiles.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic("briefing: reading embedded word list " + name + ": " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// knownNames reads the names of places (places.txt: "Name = alias | alias
// > Country" under "[kind]" headers; "[suffix]" lists last words such as
// "County", which join orgWords) and known institutions (orgs.txt: "known: Name = alias ;
// description") kept for the key-facts sidebar, and adds the organisation
// words of orgs.txt ("word: University") to orgWords.
func knownNames(orgWords map[string]bool) map[string]bool {
	names := map[string]bool{}
	addNames := func(s string) {
		for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == '=' || r == '|' }) {
			if n = strings.TrimSpace(n); n != "" {
				names[n] = true
			}
		}
	}
	section := ""
	for _, line := range rawLines("places") {
		switch {
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.Trim(line, "[]")
		case section == "suffix":
			// the last word of a place's name: "Marlow County"
			orgWords[strings.ToLower(line)] = true
		default:
			name, _, _ := strings.Cut(line, ">")
			addNames(name)
		}
	}
	for _, line := range rawLines("orgs") {
		kind, entry, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(kind) {
		case "known":
			name, _, _ := strings.Cut(entry, ";")
			addNames(name)
		case "word", "suffix":
			orgWords[strings.ToLower(strings.TrimSpace(entry))] = true
		}
	}
	return names
}

// rawLines reads an embedded list as written: trimmed lines, without blank
// lines and # comments.
func rawLines(name string) []string {
	data, err := lexiconFiles.ReadFile("lexicon/" + name + ".txt")
	if err != nil {
		panic("briefing: reading embedded word list " + name + ": " + err.Error())
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// set turns a list into a set.
func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isTitle reports whether a word is a title or role noun ("President",
// "advisor", "Sen.").
func (l *nameLexicon) isTitle(w string) bool { return l.titles[strings.ToLower(w)] }
