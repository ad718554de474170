package briefing

import (
	"sort"
	"strings"
	"sync"

	"brief/briefing/lexicon"
)

// factLexicon is the parsed form of the key-facts word lists. It is built
// once (see factLex) and only read afterwards.
type factLexicon struct {
	placeSuffix wordSet   // last words of unlisted places: "County"
	places      *nameList // every spelling of every place
	orgs        *nameList // every spelling of every known institution

	orgWords    wordSet // "University", "Group"
	orgSuffix   wordSet // company-form words: "Group", "Inc."
	orgIntro    wordSet // "company", "firm"
	orgNot      wordSet // last words of laws, prizes, events: "Act"
	orgCut      wordSet // titles ending an organisation name: "President"
	months      map[string]string
	monthAbbr   map[string]string // "Aug." -> "August": only before a day
	ambiguous   wordSet
	weekdays    wordSet
	dayParts    wordSet // "night" in "Wednesday night"
	dateBefore  wordSet
	relative    wordSet // lower-case phrases
	relFirst    wordSet // first words of relative phrases
	symbols     []string
	codes       wordSet
	currencies  wordSet
	magnitudes  wordSet
	percents    wordSet
	units       wordSet
	numWords    wordSet
	function    wordSet
	preps       wordSet
	cuts        wordSet             // words opening another clause: "which"
	says        wordSet             // reporting words: "said"
	determiners wordSet             // words before a number that points back: "the two"
	kinds       map[string]wordKind // every small word -> its kinds
	kindTable   kindTable           // kinds, for the look-up of every word
	connectors  wordSet             // small words inside a name: "of", "for"
	abbrevs     wordSet             // words that keep a following full stop: "Mr", "Inc"
	// kindLens has, for each first byte of a word in kinds, bit n set
	// when such a word has n bytes (63 for longer), and kindLast the same
	// for each last byte: most words that are in no list need no look-up.
	kindLens, kindLast [256]uint64

	maxUnitWords int // most words in a unit or percent phrase
}

// wordKind says which lists of small words hold a word (in lower case), so
// that a paragraph's words are looked up once each.
type wordKind uint16

// The kinds of small words.
const (
	kFunction   wordKind = 1 << iota // articles, pronouns, prepositions, auxiliaries
	kPrep                            // prepositions and number hedges
	kCut                             // words opening another clause
	kSay                             // reporting words
	kDeterminer                      // words before a number that points back
	kNumWord                         // numbers written as words
	kRelFirst                        // first words of relative time references
	kDateBefore                      // words that make a following month a date
	kIntro                           // nouns introducing an organisation's name
	kConnector                       // small words inside a name
	kCalendar                        // month names and abbreviations, weekdays
)

// namedEntry is a place or a known organisation: its name and a short
// description for the sidebar.
type namedEntry struct {
	name   string
	detail string
}

// wordSet is a set of words or phrases.
type wordSet map[string]bool

// factLex returns the key-facts word lists, parsed on first use.
var factLex = sync.OnceValue(func() *factLexicon { return parseFactLexicon() })

// parseFactLexicon reads the embedded word lists.
func parseFactLexicon() *factLexicon {
	lx := &factLexicon{places: newNameList(), orgs: newNameList(), placeSuffix: wordSet{}}
	parsePlaces(lx, lexicon.Lines("places"))

	org := kindLines(lexicon.Lines("orgs"))
	lx.orgWords = toSet(org["word"])
	lx.orgSuffix = toSet(org["suffix"])
	for w := range lx.orgSuffix {
		lx.orgWords[w] = true
	}
	lx.orgIntro = toSet(org["intro"])
	lx.orgCut = toSet(org["cut"])
	lx.orgNot = toSet(org["notorg"])
	for _, line := range org["known"] {
		names, detail := splitEntry(line, ";")
		e := namedEntry{name: names[0], detail: detail}
		for _, n := range names {
			lx.orgs.add(n, e)
		}
	}

	mo := kindLines(lexicon.Lines("months"))
	lx.months, lx.monthAbbr = map[string]string{}, map[string]string{}
	for _, line := range mo["month"] {
		names, _ := splitEntry(line, "")
		lx.months[names[0]] = names[0]
		for _, a := range names[1:] {
			lx.monthAbbr[a] = names[0]
		}
	}
	lx.ambiguous = toSet(mo["ambiguous"])
	lx.weekdays = toSet(mo["weekday"])
	lx.dayParts = toSet(mo["part"])
	lx.dateBefore = toSet(mo["before"])
	lx.relative = toSet(mo["relative"])
	lx.relFirst = wordSet{}
	for r := range lx.relative {
		lx.relFirst[strings.Fields(r)[0]] = true
	}

	un := kindLines(lexicon.Lines("units"))
	lx.symbols = un["symbol"]
	// Longest first, so "US$" wins over "$".
	sort.SliceStable(lx.symbols, func(i, j int) bool { return len(lx.symbols[i]) > len(lx.symbols[j]) })
	lx.codes = toSet(un["code"])
	lx.currencies = toSet(un["currency"])
	lx.magnitudes = toSet(un["magnitude"])
	lx.percents = toSet(un["percent"])
	lx.units = toSet(un["unit"])
	lx.numWords = toSet(un["numword"])
	for _, l := range [][]string{un["percent"], un["unit"]} {
		for _, u := range l {
			if n := len(strings.Fields(u)); n > lx.maxUnitWords {
				lx.maxUnitWords = n
			}
		}
	}

	fw := kindLines(lexicon.Lines("factwords"))
	lx.function = toSet(fw["function"])
	lx.preps = toSet(fw["prep"])
	lx.cuts = toSet(fw["cut"])
	lx.says = toSet(fw["say"])
	lx.determiners = toSet(fw["determiner"])
	lx.abbrevs = toSet(fw["abbrev"])
	lx.connectors = toSet(fw["connector"])
	// Every listed word written with a full stop keeps it.
	for _, l := range [][]string{org["word"], org["cut"], org["suffix"], mo["month"]} {
		for _, line := range l {
			names, _ := splitEntry(line, "")
			for _, n := range names {
				if strings.HasSuffix(n, ".") && !strings.Contains(strings.TrimSuffix(n, "."), ".") {
					lx.abbrevs[strings.TrimSuffix(n, ".")] = true
				}
			}
		}
	}
	lx.kinds = map[string]wordKind{}
	for kind, s := range map[wordKind]wordSet{
		kFunction: lx.function, kPrep: lx.preps, kCut: lx.cuts, kSay: lx.says, kDeterminer: lx.determiners,
		kNumWord: lx.numWords, kRelFirst: lx.relFirst, kDateBefore: lx.dateBefore, kIntro: lx.orgIntro, kConnector: lx.connectors,
	} {
		for w := range s {
			lx.kinds[strings.ToLower(w)] |= kind
		}
	}
	for _, m := range []map[string]string{lx.months, lx.monthAbbr} {
		for w := range m {
			lx.kinds[strings.ToLower(w)] |= kCalendar
		}
	}
	for w := range lx.weekdays {
		lx.kinds[strings.ToLower(w)] |= kCalendar
	}
	lx.kindTable = newKindTable(lx.kinds)
	for w := range lx.kinds {
		if w != "" {
			lx.kindLens[w[0]] |= 1 << min(len(w), 63)
			lx.kindLast[w[len(w)-1]] |= 1 << min(len(w), 63)
		}
	}
	return lx
}

// parsePlaces reads places.txt: "[kind]" headers, then one place a line as
// "Name = alias | alias > Country". Countries under "[the]" (which comes
// first) are described with their article; words under "[suffix]" end
// unlisted places.
func parsePlaces(lx *factLexicon, lines []string) {
	kind, the := "", wordSet{}
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			kind = strings.Trim(line, "[]")
			continue
		}
		if kind == "suffix" {
			lx.placeSuffix[line] = true
			continue
		}
		if kind == "the" {
			the[line] = true
			continue
		}
		names, parent := splitEntry(line, ">")
		if the[parent] {
			parent = "the " + parent
		}
		e := namedEntry{name: names[0], detail: placeDetail(kind, parent)}
		for _, n := range names {
			lx.places.add(n, e)
		}
	}
}

// placeDetail describes a place for the sidebar: "country", "capital of
// Russia", "city in China", "region in Russia".
func placeDetail(kind, parent string) string {
	switch {
	case parent == "":
		return kind
	case kind == "capital":
		return "capital of " + parent
	case kind == "country":
		return "part of " + parent
	default:
		return kind + " in " + parent
	}
}

// kindLines reads "kind: entry" lines, skipping blanks and # comments.
func kindLines(lines []string) map[string][]string {
	m := map[string][]string{}
	for _, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		m[strings.TrimSpace(k)] = append(m[strings.TrimSpace(k)], strings.TrimSpace(v))
	}
	return m
}

// splitEntry reads "Name = alias | alias <sep> extra" into the names (the
// main one first) and the extra part.
func splitEntry(line, sep string) (names []string, extra string) {
	if sep != "" {
		if a, b, ok := strings.Cut(line, sep); ok {
			line, extra = a, strings.TrimSpace(b)
		}
	}
	main, aliases, _ := strings.Cut(line, "=")
	names = append(names, strings.TrimSpace(main))
	for _, a := range strings.Split(aliases, "|") {
		if a = strings.TrimSpace(a); a != "" {
			names = append(names, a)
		}
	}
	return names, extra
}

// toSet makes a set of words.
func toSet(words []string) wordSet {
	s := make(wordSet, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}

// kindOf returns kinds[w], skipping the look-up when no listed word has
// w's length with its first byte, or with its last.
func (lx *factLexicon) kindOf(w string) wordKind {
	if w == "" || !lx.mayHaveKind(w[0], w[len(w)-1], len(w)) {
		return 0
	}
	return kindIn(&lx.kindTable, w)
}

// kindOfBytes is kindOf for a word in a byte buffer, without copying it.
func (lx *factLexicon) kindOfBytes(w []byte) wordKind {
	if len(w) == 0 || !lx.mayHaveKind(w[0], w[len(w)-1], len(w)) {
		return 0
	}
	return kindIn(&lx.kindTable, w)
}

// mayHaveKind reports whether a listed word has n bytes, starting with
// first and ending with last.
func (lx *factLexicon) mayHaveKind(first, last byte, n int) bool {
	bit := uint64(1) << min(n, 63)
	return lx.kindLens[first]&bit != 0 && lx.kindLast[last]&bit != 0
}
