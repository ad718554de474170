package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

// The learned files, made by `go generate` from the annotated articles
// (see generate.go) and built into the program.
//
//go:embed model
var modelFiles embed.FS

// The names of the learned files in model/.
const (
	namesFile    = "names.bin"
	speakersFile = "speakers.bin"
	gendersFile  = "genders.txt"
	pronounsFile = "pronouns.bin"
	peopleFile   = "people.txt"
	acronymsFile = "acronyms.txt"
	placesFile   = "places.txt"
)

// Models are the learned parts of the analysis.
type Models struct {
	// Names tags people, organisations and places.
	Names *Model
	// Speakers ranks the candidates for a quote's speaker.
	Speakers *Model
	// Pronouns ranks the people a personal pronoun may stand for.
	Pronouns *Model
	// Genders maps a given name, lower case, to 'm' or 'f', as the
	// pronouns that refer to people of that name in the training data
	// tell it.
	Genders map[string]byte
	// People holds the last words, lower case, of the people the training
	// data names ("obama", "yashchenko"): a name of one word that the
	// text gives no person's context is a person's only when it is one
	// of these (see analysis.people). Nil keeps every such name.
	People map[string]bool
	// Acronyms holds the acronyms the training data names organisations
	// by ("FBI", "GOP"): an acronym that the text does not treat as an
	// organisation is one only when it is one of these or listed (see
	// analysis.bareAcronym). Nil keeps every acronym the tagger reads.
	Acronyms map[string]bool
	// Places holds the names of one word, lower case, that the training
	// data names places by: a name of one word the lists do not know and
	// the text does not place anything in is a place's only when it is one
	// of these (see analysis.unknownPlace). Nil keeps every such name.
	Places map[string]bool
	// mendNames has the analysis mend the tagger's name spans (mendSpans)
	// before it reads them. The built-in models do; training does not:
	// the speaker and pronoun models learn from the tagger's own spans,
	// and the mending is for the names' kinds the reader sees. (Learned
	// from mended spans, the models gained quote F1 on validation but lost
	// role accuracy, 0.853 to 0.839.)
	mendNames bool
	// personsOnly has a personal pronoun stand only for a name the text
	// treats as a person's (notAPerson), never for a place or organisation
	// the tagger took for a person ("a man from Bendigo"). The built-in
	// models do; training does not, for the same reason as mendNames: the
	// models learn from the tagger's own readings, and what a pronoun may
	// stand for is for the speakers the reader sees.
	personsOnly bool
}

// Sizes of the models, in bits of their feature tables.
const (
	namesBits    = 16
	speakersBits = 16
	pronounsBits = 12
)

// The weights of the built-in models, as the program holds them: the
// models read their weights in place (see modelInPlace).
var (
	//go:embed model/names.bin
	namesData string
	//go:embed model/speakers.bin
	speakersData string
	//go:embed model/pronouns.bin
	pronounsData string
)

// builtin returns the models built into the program, read once.
var builtin = sync.OnceValue(func() *Models {
	m := &Models{mendNames: true, personsOnly: true}
	for _, mf := range []struct {
		name string
		data string
		into **Model
	}{{namesFile, namesData, &m.Names}, {speakersFile, speakersData, &m.Speakers}, {pronounsFile, pronounsData, &m.Pronouns}} {
		read, err := modelInPlace(mf.data)
		if err != nil {
			panic(fmt.Sprintf("extract: the built-in model %s is damaged: %v", mf.name, err))
		}
		*mf.into = read
	}
	data, err := fs.ReadFile(modelFiles, "model/"+gendersFile)
	if err != nil {
		panic(fmt.Sprintf("extract: the built-in %s is missing: %v", gendersFile, err))
	}
	m.Genders = parseGenders(string(data))
	data, err = fs.ReadFile(modelFiles, "model/"+peopleFile)
	if err != nil {
		panic(fmt.Sprintf("extract: the built-in %s is missing: %v", peopleFile, err))
	}
	m.People = parseWords(string(data))
	data, err = fs.ReadFile(modelFiles, "model/"+acronymsFile)
	if err != nil {
		panic(fmt.Sprintf("extract: the built-in %s is missing: %v", acronymsFile, err))
	}
	m.Acronyms = parseWords(string(data))
	data, err = fs.ReadFile(modelFiles, "model/"+placesFile)
	if err != nil {
		panic(fmt.Sprintf("extract: the built-in %s is missing: %v", placesFile, err))
	}
	m.Places = parseWords(string(data))
	return m
})

// warming is done once: the first Warm starts the loads.
var warming sync.Once

// Warm starts loading the word lists and the learned models, each on a
// goroutine of its own, and returns at once. The first analysis waits for
// them as it would have loaded them; called as an import starts, the
// loading goes on while the text is read (about 3 ms of a first opening's
// 6 ms, measured on the seed).
func Warm() {
	warming.Do(func() {
		go lex()
		go builtin()
	})
}

// parseGenders reads lines "name m" or "name f".
func parseGenders(s string) map[string]byte {
	out := map[string]byte{}
	for _, l := range strings.Split(s, "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && (f[1] == "m" || f[1] == "f") {
			out[f[0]] = f[1][0]
		}
	}
	return out
}

// formatGenders writes given-name genders as parseGenders reads them,
// sorted by name.
func formatGenders(g map[string]byte) string {
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%s %c\n", n, g[n])
	}
	return b.String()
}

// parseWords reads one word a line.
func parseWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out[l] = true
		}
	}
	return out
}

// formatWords writes words as parseWords reads them, sorted.
func formatWords(ws map[string]bool) string {
	out := make([]string, 0, len(ws))
	for w := range ws {
		out = append(out, w+"\n")
	}
	sort.Strings(out)
	return strings.Join(out, "")
}
