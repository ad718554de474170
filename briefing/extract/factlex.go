package extract

import (
	"sort"
	"strings"

	"brief/briefing/lexicon"
)

// factLexicon is what the key facts read of the word lists: the listed
// places and institutions with their descriptions, and the words of dates
// and figures. It is part of lex(), read once.
type factLexicon struct {
	places map[string]namedEntry // every spelling of every place
	orgs   map[string]namedEntry // every spelling of every known institution
	// orgSuffix are the company forms a name may drop: "Inspur Group" is
	// also "Inspur".
	orgSuffix map[string]bool
	// orgIntro are the nouns that introduce an organisation's name:
	// "company Huawei", "the firm Acme".
	orgIntro map[string]bool
	// orgHas are the nouns for what a company has and a person does not:
	// "Acme's shares", "Acme, whose processors".
	orgHas map[string]bool
	// placeSeqs are the listed places of several words, as the tokens of
	// their spellings, by first token: for the places the tagger leaves.
	placeSeqs map[string][][]string

	// orgNames and placeNames are every spelling of every listed
	// institution and place (and the place lists' other words: the
	// countries named with "the", the last words of places), in file order.
	orgNames, placeNames []string

	months     map[string]string // "May" -> "May"
	monthAbbr  map[string]string // "Aug." -> "August": only before a day
	ambiguous  map[string]bool   // months that are also common words: "May"
	weekdays   map[string]bool
	dayParts   map[string]bool // "night" in "Wednesday night"
	dateBefore map[string]bool // "in", "since", "early" before a month
	relative   map[string]bool // "next month", in lower case
	relFirst   map[string]bool // their first words

	symbols      []string // currency signs, longest first
	codes        map[string]bool
	currencies   map[string]bool
	magnitudes   map[string]bool
	percents     map[string]bool
	units        map[string]bool
	numWords     map[string]bool
	maxUnitWords int

	function    map[string]bool
	preps       map[string]bool
	cuts        map[string]bool
	determiners map[string]bool
}

// namedEntry is a place or a known institution: its name and a short
// description for the sidebar.
type namedEntry struct {
	name   string
	detail string
}

// readFactLexicon reads the lists of the key facts.
func readFactLexicon() *factLexicon {
	lx := &factLexicon{places: map[string]namedEntry{}, orgs: map[string]namedEntry{}, placeSeqs: map[string][][]string{}}
	readPlaces(lx, lexicon.Lines("places"))
	orgs := lexicon.Kinds("orgs")
	lx.orgSuffix = toSet(orgs["suffix"])
	lx.orgIntro = toSet(orgs["intro"])
	lx.orgHas = toSet(append(orgs["has"], lexicon.Lines("companythings")...))
	for _, line := range orgs["known"] {
		names, detail := splitEntry(line, ";")
		e := namedEntry{name: names[0], detail: detail}
		// the tagger learned its known organisations from the names
		// around "=", an alias list after "|" kept as one
		entry, _, _ := strings.Cut(line, ";")
		lx.orgNames = append(lx.orgNames, strings.Split(entry, "=")...)
		for _, n := range names {
			if _, ok := lx.orgs[n]; !ok {
				lx.orgs[n] = e
			}
		}
	}

	mo := lexicon.Kinds("months")
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
	lx.relFirst = map[string]bool{}
	for r := range lx.relative {
		lx.relFirst[strings.Fields(r)[0]] = true
	}

	un := lexicon.Kinds("units")
	lx.symbols = un["symbol"]
	// longest first, so "US$" wins over "$"
	sort.SliceStable(lx.symbols, func(i, j int) bool { return len(lx.symbols[i]) > len(lx.symbols[j]) })
	lx.codes = toSet(un["code"])
	lx.currencies = toSet(un["currency"])
	lx.magnitudes = toSet(un["magnitude"])
	lx.percents = toSet(un["percent"])
	lx.units = toSet(un["unit"])
	lx.numWords = toSet(un["numword"])
	for _, l := range [][]string{un["percent"], un["unit"]} {
		for _, u := range l {
			lx.maxUnitWords = max(lx.maxUnitWords, len(strings.Fields(u)))
		}
	}

	fw := lexicon.Kinds("factwords")
	lx.function = toSet(fw["function"])
	lx.preps = toSet(fw["prep"])
	lx.cuts = toSet(fw["cut"])
	lx.determiners = toSet(fw["determiner"])
	return lx
}

// factFlags are the list flags of the key facts' small words, for
// indexLists: each word is looked up once, when its forms are worked out.
func (lx *factLexicon) factFlags() map[listFlags]map[string]bool {
	calendar := map[string]bool{}
	for _, m := range []map[string]string{lx.months, lx.monthAbbr} {
		for w := range m {
			calendar[w] = true
		}
	}
	for w := range lx.weekdays {
		calendar[w] = true
	}
	return map[listFlags]map[string]bool{
		inFunction: lx.function, inPrep: lx.preps, inCut: lx.cuts, inDeterminer: lx.determiners,
		inNumWord: lx.numWords, inRelFirst: lx.relFirst, inDateBefore: lx.dateBefore, inCalendar: calendar,
		inOrgIntro: lx.orgIntro,
	}
}

// readPlaces reads places.txt: "[kind]" headers, then one place a line as
// "Name = alias | alias > Country". Countries under "[the]" (which comes
// first) are described with their article; "[suffix]" words are read by
// the tagger's lists, not here.
func readPlaces(lx *factLexicon, lines []string) {
	kind, the := "", map[string]bool{}
	for _, line := range lines {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			kind = strings.Trim(line, "[]")
			continue
		}
		names, parent := splitEntry(line, ">")
		lx.placeNames = append(lx.placeNames, names...)
		switch kind {
		case "suffix":
			continue
		case "the":
			the[line] = true
			continue
		}
		if the[parent] {
			parent = "the " + parent
		}
		e := namedEntry{name: names[0], detail: placeDetail(kind, parent)}
		for _, n := range names {
			if _, ok := lx.places[n]; !ok {
				lx.places[n] = e
			}
			seq := tokenTexts(n)
			if len(seq) > 1 {
				lx.placeSeqs[seq[0]] = append(lx.placeSeqs[seq[0]], seq)
			}
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
func toSet(words []string) map[string]bool {
	s := make(map[string]bool, len(words))
	for _, w := range words {
		s[w] = true
	}
	return s
}
