package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"brief/briefing/lexicon"
)

// words are the word lists the analysis reads, each from its one file in
// briefing/lexicon. They are features of the learned models (a word is a
// given name, a title, a reporting verb), not decisions.
type words struct {
	firstNames, titles, honorifics, nonNames, cues, particles, orgWords, places, modifiers map[string]bool
	// mapWords end the names of features of the map ("Island", "Sea"),
	// areaWords those of other places ("City", "Avenue"): placewords.txt.
	mapWords, areaWords map[string]bool
	// lawWords end the names of laws and treaties ("Act"), eventWords
	// those of events ("Olympics"): otherwords.txt.
	lawWords, eventWords map[string]bool
	// originNouns are the nouns for people a place of origin follows with
	// "from" ("a man from Bendigo"): originnouns.txt. listHeads end the
	// names of lists ("Entity List"): listheads.txt.
	originNouns, listHeads map[string]bool
	// clauseVerbs and clauseAdverbs open a verb phrase, which no role is
	// ("Parata, 75, has now overseen"): clauseverbs.txt.
	clauseVerbs, clauseAdverbs map[string]bool
	// demonyms are the names of peoples no listed place makes
	// (demonyms.txt); placesByStart lists the places by their first four
	// letters, for the ones a place makes (isDemonym).
	demonyms      map[string]bool
	placesByStart map[string][]string
	// givenNames are the wider list of given names (givennames.txt),
	// without accents: not a feature of the models, it tells a name the
	// text gives no person's context from a brand's (analysis.people).
	givenNames map[string]bool
	// interjections are the words "Ahh" and "Wow" (interjections.txt).
	interjections map[string]bool
	// speakingThings are the nouns of documents and bodies that speak
	// ("the report says"): speakingthings.txt.
	speakingThings map[string]bool
	// productNouns are the nouns for products, programs and devices
	// ("browser", "package manager"), productNounsAfter those that say so
	// only right after a name ("Quillo users"), thingLists those that sum
	// up a list of things ("and other technologies"), and modelWords the
	// words that end the names of product lines and models ("Phone",
	// "Pro"): products.txt.
	productNouns, productNounsAfter, thingLists, modelWords map[string]bool
	// cuePhrases are the reporting phrases of several words ("according to").
	cuePhrases [][]string
	// pronouns maps a personal pronoun to "person" (he, she) or "group".
	pronouns map[string]string
	// knownOrgs are the names of well-known organisations and their
	// aliases, each as its lower-case words, by first word.
	knownOrgs map[string][][]string
	// listsOf says for each listed word which lists it is in.
	listsOf map[string]listFlags
	// facts are the lists of the key facts.
	facts *factLexicon
}

// analysisLists are the word lists the analysis reads.
var analysisLists = []string{"firstnames", "titles", "honorifics", "nonnames", "particles", "orgwords", "placewords", "orgs", "modifiers", "pronouns", "cues", "places", "abbreviations", "otherwords", "originnouns", "listheads", "clauseverbs", "demonyms", "interjections", "companythings", "givennames", "speakingthings", "products"}

// lex returns the word lists, read once.
var lex = sync.OnceValue(func() *words {
	w := &words{
		firstNames:     lexicon.Set("firstnames"),
		titles:         lexicon.Set("titles"),
		honorifics:     lexicon.Set("honorifics"),
		nonNames:       lexicon.Set("nonnames"),
		particles:      lexicon.Set("particles"),
		orgWords:       lexicon.Set("orgwords"),
		modifiers:      lexicon.Set("modifiers"),
		givenNames:     lexicon.Set("givennames"),
		speakingThings: lexicon.Set("speakingthings"),
		pronouns:       lexicon.Tagged("pronouns"),
		cues:           map[string]bool{},
		knownOrgs:      map[string][][]string{},
		places:         map[string]bool{},
	}
	pw := lexicon.Kinds("placewords")
	w.mapWords, w.areaWords = toSet(pw["feature"]), toSet(pw["area"])
	pr := lexicon.Kinds("products")
	w.productNouns, w.productNounsAfter, w.thingLists, w.modelWords = toSet(pr["noun"]), toSet(pr["after"]), toSet(pr["list"]), toSet(pr["model"])
	ow := lexicon.Kinds("otherwords")
	w.lawWords, w.eventWords = toSet(ow["law"]), toSet(ow["event"])
	w.originNouns, w.listHeads = lexicon.Set("originnouns"), lexicon.Set("listheads")
	cv := lexicon.Kinds("clauseverbs")
	w.clauseVerbs, w.clauseAdverbs = toSet(cv["verb"]), toSet(cv["adverb"])
	for _, l := range lexicon.Lines("cues") {
		f := strings.Fields(l)
		if len(f) == 1 {
			w.cues[f[0]] = true
		} else {
			w.cuePhrases = append(w.cuePhrases, f)
		}
	}
	// the places and known organisations, as the key facts list them
	w.facts = readFactLexicon()
	for _, name := range w.facts.orgNames {
		if f := strings.Fields(lower(name)); len(f) > 0 {
			w.knownOrgs[f[0]] = append(w.knownOrgs[f[0]], f)
		}
	}
	for _, name := range w.facts.placeNames {
		w.places[strings.ToLower(name)] = true
	}
	w.demonyms = lexicon.Set("demonyms")
	w.interjections = lexicon.Set("interjections")
	w.placesByStart = map[string][]string{}
	for p := range w.places {
		if r := []rune(p); len(r) >= 4 {
			k := string(r[:4])
			w.placesByStart[k] = append(w.placesByStart[k], p)
		}
	}
	w.indexLists()
	return w
})

// placesFrom returns the listed places, in lower case, whose names start
// with stem, of four letters or more.
func (w *words) placesFrom(stem string) []string {
	r := []rune(stem)
	if len(r) < 4 {
		return nil
	}
	var out []string
	for _, p := range w.placesByStart[string(r[:4])] {
		if strings.HasPrefix(p, stem) {
			out = append(out, p)
		}
	}
	return out
}

// listFlags says which word lists a lower-case word is in.
type listFlags uint32

const (
	inGiven listFlags = 1 << iota
	inTitles
	inHonorifics
	inNonNames
	inOrgWords
	inPlaces
	inParticles
	inCues
	inModifiers
	// inKnownOrg marks the first word of a well-known organisation's name.
	inKnownOrg

	// The small words of the key facts (factlex.go).
	inFunction   // articles, pronouns, prepositions, auxiliaries
	inPrep       // prepositions and number hedges
	inCut        // words opening another clause: "which"
	inDeterminer // words before a number that points back: "the two"
	inNumWord    // numbers written as words
	inRelFirst   // first words of relative time references: "next"
	inDateBefore // words that make a following month a date: "since"
	inCalendar   // month names and abbreviations, weekdays
	inOrgIntro   // nouns introducing an organisation's name: "company"
	inPronoun    // personal pronouns
)

// flags returns the lists a lower-case word is in.
func (w *words) flags(l string) listFlags { return w.listsOf[l] }

// indexLists fills listsOf from the lists.
func (w *words) indexLists() {
	w.listsOf = map[string]listFlags{}
	for _, c := range []struct {
		set  map[string]bool
		flag listFlags
	}{
		{w.firstNames, inGiven}, {w.titles, inTitles}, {w.honorifics, inHonorifics}, {w.nonNames, inNonNames},
		{w.orgWords, inOrgWords}, {w.places, inPlaces}, {w.particles, inParticles}, {w.cues, inCues}, {w.modifiers, inModifiers},
	} {
		for word := range c.set {
			w.listsOf[word] |= c.flag
		}
	}
	for word := range w.knownOrgs {
		w.listsOf[word] |= inKnownOrg
	}
	for word := range w.pronouns {
		w.listsOf[word] |= inPronoun
	}
	for flag, set := range w.facts.factFlags() {
		for word := range set {
			w.listsOf[lowerWord(word)] |= flag
		}
	}
}

// in reports whether the token's lower-case form is in any of the lists.
func (t *Token) in(f listFlags) bool { return t.form.lists&f != 0 }

// Where a reporting phrase of several words ("according to", "pointed
// out") gives its speaker, as Token.phraseCue tells it.
const (
	speakerAfterPhrase  = 1 // "… according to the ministry"
	speakerBeforePhrase = 2 // "the mayor pointed out …"
)

// cuePhrasesByFirst lists the reporting phrases of several words by their
// first word.
var cuePhrasesByFirst = sync.OnceValue(func() map[string][][]string {
	out := map[string][][]string{}
	for _, ph := range lex().cuePhrases {
		out[ph[0]] = append(out[ph[0]], ph)
	}
	return out
})

// markCuePhrases marks in a paragraph's tokens the reporting phrases of
// several words (cues.txt), outside quotes: on the last word of one that
// ends in "to", whose speaker comes after it ("according to the
// ministry"), else on the first ("the mayor pointed out"), so that the
// marked word stands next to the speaker as a reporting verb does.
func markCuePhrases(ts []Token) {
	byFirst := cuePhrasesByFirst()
	for i := range ts {
		if !ts[i].form.phraseStart || ts[i].Kind != Word || ts[i].Quoted {
			continue
		}
		for _, ph := range byFirst[ts[i].Lower()] {
			if i+len(ph) > len(ts) {
				continue
			}
			k := 1
			for k < len(ph) && ts[i+k].Kind == Word && !ts[i+k].Quoted && ts[i+k].Lower() == ph[k] {
				k++
			}
			switch {
			case k < len(ph):
			case ph[len(ph)-1] == "to":
				ts[i+k-1].phraseCue = speakerAfterPhrase
			default:
				ts[i].phraseCue = speakerBeforePhrase
			}
		}
	}
}

// shape is a word's form with letters and digits replaced by classes and
// repeats collapsed: "Obama" → "Xx", "U.S." → "X.X.", "2016" → "d".
func shape(s string) string {
	var buf [32]byte
	b := buf[:0]
	var last rune
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b = utf8.AppendRune(b, c)
			last = c
		}
	}
	// most words have one of a few shapes: share those strings
	if sh, ok := commonShapes[string(b)]; ok {
		return sh
	}
	return string(b)
}

// commonShapes are the shapes most words have, kept as one string each.
var commonShapes = func() map[string]string {
	m := map[string]string{}
	for _, s := range []string{"x", "Xx", "X", "d", "X.", "X.X.", "Xx.", "x-x", "Xx-Xx", "Xx-x", "d,d", "d.d", "dx",
		"Xx'x", "x'x", "XxXx", "Xx.Xx", ",", ".", ":", ";", "(", ")", "?", "!", "$", "%", "&", "/", "-", "—", "–", "'", "’", "“", "”", "\""} {
		m[s] = s
	}
	return m
}()

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// suffix returns the last n characters of s.
func suffix(s string, n int) string {
	j := len(s)
	for i := 0; i < n && j > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
	}
	return s[j:]
}

func lower(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }

// givenName is the first word of a name of two or three capitalised
// words, lower case, without a title: "Sen. Elizabeth Warren" → "elizabeth".
func givenName(name string) string {
	w := lex()
	f := strings.Fields(name)
	for len(f) > 0 && (w.titles[lower(f[0])] || w.honorifics[lower(f[0])]) {
		f = f[1:]
	}
	if len(f) < 2 || len(f) > 3 {
		return ""
	}
	for _, x := range f {
		r, _ := utf8.DecodeRuneInString(x)
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return lower(f[0])
}

// knownOrgTokens marks the tokens of a paragraph that belong to the name
// of a well-known organisation.
func knownOrgTokens(ts []Token) []bool {
	w := lex()
	out := make([]bool, len(ts))
	for i := range ts {
		if !ts[i].in(inKnownOrg) {
			continue
		}
		for _, name := range w.knownOrgs[ts[i].Lower()] {
			if i+len(name) > len(ts) {
				continue
			}
			ok := true
			for k, word := range name {
				if ts[i+k].Lower() != word {
					ok = false
					break
				}
			}
			if ok {
				for k := range name {
					out[i+k] = true
				}
			}
		}
	}
	return out
}

// FoldAccents is s without its accents ("tomás" as "tomas"), or s when it
// has none: how the given names of givennames.txt are written.
func FoldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
