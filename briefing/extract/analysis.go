package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is a quotation with its attribution. It starts at byte Start of
// paragraph Para and ends at byte End of paragraph EndPara.
type Quote struct {
	Text          string
	Speaker, Role string
	Cue           string
	// Partial marks scare quotes and quoted terms that are not speech.
	Partial      bool
	Para, Start  int
	EndPara, End int
	// Entity is the index of the speaker in Result.Entities, or -1.
	Entity int
}

// Result is what the analysis finds in a document.
type Result struct {
	Quotes   []Quote
	Entities []*Entity
}

// analysis is one document under analysis: the doc, the models, and what
// the stages found so far.
type analysis struct {
	doc      *Doc
	m        *Models
	names    [][]NameSpan // by paragraph
	ents     []*Entity
	mentions mentionIndex
	// byWord lists the people by the first and last words of their
	// names; personsIn lists, by paragraph, the people named there whom
	// the text does not make a place or an organisation (notAPerson).
	byWord    map[string][]int
	personsIn [][]int
	quotes    []quoteAt
	// paraCands holds each paragraph's speaker candidates once read
	// (paraRead), for the quotes near it (candidatesIn).
	paraCands [][]candidate
	paraRead  []bool
	// spelled holds the acronyms the text writes out in lower case, once
	// read (spelledOut).
	spelled map[string]bool
	// lawAcronyms holds the acronyms the text gives laws, once read
	// (lawAcronym).
	lawAcronyms map[string]bool
	// lowerBetween holds the words the text writes in lower case between
	// two words, once read (see commonWordToo).
	lowerBetween map[string]bool
	// thankedNames holds the words the text thanks (see thanked), read
	// once when first asked.
	thankedNames map[string]bool
}

// Analyze finds the names, people, quotes and speakers of a document with
// the models built into the program.
func Analyze(d *Doc) Result { return analyze(d, builtin()) }

// analyze runs every stage with the models m.
func analyze(d *Doc, m *Models) Result {
	an := newAnalysis(d, m)
	return an.result()
}

// newAnalysis tags the names of d and groups them into entities.
func newAnalysis(d *Doc, m *Models) *analysis {
	an := &analysis{doc: d, m: m, names: make([][]NameSpan, len(d.Paras))}
	inRanges(len(d.Paras), func(lo, hi int) {
		fs := make([]feature, 0, 64) // room for a token's features
		for i := lo; i < hi; i++ {
			an.names[i] = spansOf(i, tagNames(m.Names, &d.Paras[i], fs))
			if m.mendNames {
				an.names[i] = mendSpans(d, i, an.names[i])
			}
		}
	})
	all := make([]NameSpan, 0, countAll(an.names))
	for i := range d.Paras {
		all = append(all, an.names[i]...)
	}
	an.ents, an.mentions = groupEntities(d, all, m.Genders)
	an.joinSurnamesToNamedOrgs()
	an.shortNamesOfInstitutions()
	an.byWord = map[string][]int{}
	an.personsIn = make([][]int, len(d.Paras))
	for i, e := range an.ents {
		if e.Kind != PersonName {
			continue
		}
		if f := e.words; len(f) > 0 {
			an.byWord[f[0]] = append(an.byWord[f[0]], i)
			if len(f) > 1 {
				an.byWord[f[len(f)-1]] = append(an.byWord[f[len(f)-1]], i)
			}
		}
		if m.personsOnly && an.notAPerson(i) {
			continue // a place or organisation, which no "he" or "she" stands for
		}
		for _, m := range e.Mentions {
			if l := an.personsIn[m.Para]; len(l) == 0 || l[len(l)-1] != i {
				an.personsIn[m.Para] = append(l, i)
			}
		}
	}
	findRoles(d, an.ents)
	an.quotes = quotesOf(d)
	return an
}

// entityAt is the entity a name span belongs to, or -1.
func (an *analysis) entityAt(s NameSpan) int {
	return an.mentions.entityAt(s.Para, s.From)
}

// quotesOf lists the quotes of a document in reading order. A quote left
// open at the end of its paragraph goes on in the next one when that
// opens with a quotation mark, as news writing continues a speech.
// Each paragraph's quotes are read on every processor.
func quotesOf(d *Doc) []quoteAt {
	byPara := make([][]quoteAt, len(d.Paras))
	inParallel(len(d.Paras), func(pi int) { byPara[pi] = quotesIn(d, pi) })
	out := make([]quoteAt, 0, countAll(byPara))
	for _, qs := range byPara {
		out = append(out, qs...)
	}
	return out
}

// countAll is the number of items in all the lists.
func countAll[T any](lists [][]T) int {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	return n
}

// quotesIn lists the quotes of paragraph pi (see quotesOf).
func quotesIn(d *Doc, pi int) []quoteAt {
	var out []quoteAt
	p := &d.Paras[pi]
	for si, s := range p.Quotes {
		q := quoteAt{p0: pi, open: s.Open, p1: pi, close: s.Close, closed: s.Closed()}
		if !q.closed {
			q.close = len(p.Toks)
		}
		text := p.Text[s.Start:s.End]
		q.words = countWords(text)
		q.endsComma = strings.HasSuffix(text, ",") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "—") || strings.HasSuffix(text, "-")
		q.startsPara = s.Open == 0
		if si == 0 && s.Open == 0 && pi > 0 {
			if prev := d.Paras[pi-1].Quotes; len(prev) > 0 && !prev[len(prev)-1].Closed() {
				q.continued = true
			}
		}
		q.partial = isPartial(d, q, text)
		q.cues[0], q.cues[1] = findCues(d, q)
		out = append(out, q)
	}
	return out
}

// quotesPerBlock is how many quotes are prepared at a time (see result).
const quotesPerBlock = 2048

// result attributes every quote and returns what was found.
//
// Each quote's candidates and their scores are worked out on every
// processor (prepare); the quotes are then read in order, as the speaker
// of one quote is a feature of the next. A long document's quotes are
// prepared a block at a time, the next block while this one is read, so
// that reading in order keeps the other processors busy and only two
// blocks' candidates are held at once.
func (an *analysis) result() Result {
	an.readCandidates()
	prepare := func(lo int) []prepared {
		prep := make([]prepared, min(quotesPerBlock, len(an.quotes)-lo))
		inRanges(len(prep), func(from, to int) {
			var fs []feature
			for i := from; i < to; i++ {
				prep[i] = an.prepare(an.quotes[lo+i], &fs)
			}
		})
		return prep
	}
	r := Result{Entities: an.ents}
	prev := -1
	prevPara := -10
	var fs []feature
	var (
		block []prepared
		next  chan []prepared
	)
	for qi, q := range an.quotes {
		if qi%quotesPerBlock == 0 {
			if next == nil {
				block = prepare(qi)
			} else {
				block = <-next
			}
			next = nil
			if lo := qi + quotesPerBlock; lo < len(an.quotes) {
				ch := make(chan []prepared, 1)
				go func() { ch <- prepare(lo) }()
				next = ch
			}
		}
		p := &an.doc.Paras[q.p0]
		seg := an.segment(q)
		out := Quote{Para: q.p0, Start: seg.Start, EndPara: q.p1, End: seg.End, Entity: -1}
		out.Text = p.Text[seg.Start:seg.End]
		term := an.unattributedTerm(q)
		out.Partial = q.partial || term
		if out.Partial {
			// a quoted term keeps the sentence's punctuation out: "pact."
			t := strings.TrimRight(out.Text, ".,;: ")
			out.End -= len(out.Text) - len(t)
			out.Text = t
		}
		if q.p0-prevPara > 2 {
			prev = -1
		}
		chosen := an.choose(q, block[qi%quotesPerBlock], prev, &fs)
		if term && !an.mayUseTerm(q, chosen) {
			chosen = block[qi%quotesPerBlock].cands[0] // nobody: a scare quote
		}
		an.attribute(&out, q, chosen)
		if out.Entity >= 0 && !out.Partial {
			prev, prevPara = out.Entity, q.p1
		}
		if n := len(r.Quotes); n > 0 && qi > 0 && an.interrupted(an.quotes[qi-1], q) && !r.Quotes[n-1].Partial {
			// "Every restriction is also a subsidy," she said, "and
			// Beijing knows it.": one quote around its attribution
			first := &r.Quotes[n-1]
			first.Text += " " + out.Text
			first.End = out.End
			if first.Speaker == "" {
				first.Speaker, first.Role, first.Cue, first.Entity = out.Speaker, out.Role, out.Cue, out.Entity
			}
			continue
		}
		r.Quotes = append(r.Quotes, out)
	}
	oneKindEach(an.ents, r.Quotes)
	r.Entities = an.people(r.Quotes)
	return r
}

// prepared is a quote's speaker question as far as it can be answered
// without knowing who spoke before: its candidates, the one a rule
// chooses (or -1), and each candidate's score from its own features.
type prepared struct {
	cands []candidate
	rule  int
	own   []float32
}

// prepare works out q's candidates and what does not depend on the
// quotes before it; fs is a buffer for the features, kept by the caller.
func (an *analysis) prepare(q quoteAt, fs *[]feature) prepared {
	pr := prepared{cands: an.candidates(q, nil), rule: -1}
	if i, ok := an.signature(q, pr.cands); ok {
		pr.rule = i
		return pr
	}
	if i, ok := an.besideCue(q, pr.cands); ok && !q.partial {
		pr.rule = i
		return pr
	}
	if i, ok := an.besidePhrase(q, pr.cands); ok && !q.partial {
		pr.rule = i
		return pr
	}
	pr.own = make([]float32, len(pr.cands))
	for i, c := range pr.cands {
		*fs = an.ownFeatures(q, c, (*fs)[:0])
		pr.own[i] = an.m.Speakers.score(*fs)
	}
	return pr
}

// choose returns the best speaker candidate of q, prepared as pr, when
// prev spoke the quote before.
func (an *analysis) choose(q quoteAt, pr prepared, prev int, fs *[]feature) candidate {
	if pr.rule >= 0 {
		return pr.cands[pr.rule]
	}
	// the best candidate, and the best that can speak
	best, bestS, able, ableS := -1, float32(0), -1, float32(0)
	for i, c := range pr.cands {
		if i == 0 && !q.partial && len(pr.cands) > 1 {
			// speech is somebody's: "nobody" is for scare quotes and terms
			continue
		}
		*fs = an.prevSpeakerFeatures(q, c, prev, (*fs)[:0])
		s := an.m.Speakers.add(pr.own[i], *fs)
		if best < 0 || s > bestS {
			best, bestS = i, s
		}
		if (i == 0 || an.mayBeSpeaker(c) || an.subjectOfCue(q, c)) && (able < 0 || s > ableS) {
			able, ableS = i, s
		}
	}
	switch {
	case best == able:
		return pr.cands[best]
	case able >= 0 && pr.cands[able].para >= q.p0 && pr.cands[able].para <= q.p1:
		// the one the model prefers cannot speak: the next best that can,
		// when the quote's own paragraph names it
		return pr.cands[able]
	}
	return pr.cands[0]
}

// people returns the entities with those of the people who never speak
// that the text makes something else made what it makes them: a person
// named by one word whom the text names as an organisation ("Chinese
// company Huawei", "Acme's shares"; see introducedAsOrg), and a name with
// no person's context that stands as a place or organisation
// (kindByContext: "a man from Bendigo", "Biren Technology and Moore
// Threads"). A place the lists do not know, listed only with
// organisations, is one too ("Google, Meta, Microsoft and Amazon"): the
// tagger took a company for a person or a place. An acronym the text
// uses as a common noun ("artificial-intelligence chips", "AI systems";
// see commonAcronym) and a
// product an organisation brings out ("Huawei released the Mate 60 Pro
// smartphone") are no organisations, and neither are listed, nor is a law
// ("Investment Company Act", and its acronym; see namedLaw). The name of
// a people ("Kenyan", "some New Zealanders"; see isDemonym) or an
// interjection ("Ahh, if only") is no person, place or organisation,
// unless the text gives it a person's context. A person the text treats
// as a product, a program or a device, and nowhere as a person, is no
// one (namesThing: "Corvex OS", "the Quillo web browser", "Pelloton, the
// free online radio app"), unless it names an organisation
// (introducedAsOrg). A person the text does
// not treat as one (seenAsPerson) is a thing when the text says so
// (thingByContext: "the search engine Mozilla,", "Kauri dieback" and
// "kauri trees"); a place the lists do not know, of one word, that the
// text says has what a company has is an organisation ("Dell's buyout");
// a name the word after it goes on is the longer name's ("Ninety Mile
// beach", "Remain Co."; see wordAfter). In German text lone words taken
// for people are left out.
func (an *analysis) people(quotes []Quote) []*Entity {
	speaks := map[int]bool{}
	for _, q := range quotes {
		speaks[q.Entity] = true
	}
	// German capitalises every noun, and the tagger learned from English:
	// in German text a lone capitalised word is rarely a person
	german := an.doc.german
	out := make([]*Entity, 0, len(an.ents))
	for i, e := range an.ents {
		if word, k := an.wordAfter(e); word != "" && !speaks[i] && an.unknownName(i) {
			// "Ninety Mile beach", "Remain Co.": the name goes on with the
			// word; a place's only where the text names it so elsewhere
			if n := nameWithWord(e, word, k); k != e.Kind || an.hasEntityNamed(n.Name) {
				out = append(out, n)
				continue
			}
		}
		kind := e.Kind
		unlistedPlace := e.Kind == PlaceName && !lex().places[lower(e.Name)]
		switch {
		case !speaks[i] && (an.namesVessel(e) || an.namesWork(e)):
			kind = None // "the tanker Eagle S", "the Estlink 2 power cable": a ship's or a work's name
		case e.Kind != PlaceName && an.datelinePlace(e):
			kind = PlaceName // "TRURO, England —": a wire dateline's town
		case e.Kind == PersonName && !an.introducedAsOrg(e) && an.namesThing(i, speaks[i]):
			kind = None // "the Quillo web browser", "Corvex OS", "Pelloton, the free online radio app"
		case e.Kind == PersonName && !speaks[i]:
			oneWord := !strings.Contains(e.Name, " ")
			switch {
			case holdsSmallWord(e.words):
				kind = None // "S. That", "X. And": a sentence's start run into an initial
			case oneWord && german:
				kind = None
			case oneWord && an.introducedAsOrg(e):
				kind = OrgName
			default:
				kind = an.kindByContext(i)
				if kind == PersonName && !an.seenAsPerson(i) {
					kind = an.thingByContext(e)
					if kind == PersonName && oneWord && !an.knownName(e) {
						kind = None
						if an.placedWord(i) {
							kind = PlaceName // "near Thirsk", "the province of Lleida", "Lincolnshire, Shropshire and North Yorkshire"
						}
					}
				}
			}
		case (unlistedPlace || e.Kind == OrgName && lex().facts.orgs[e.Name].name == "") && namesNoOne(e.Name):
			kind = None // "some New Zealanders"
		case unlistedPlace && !strings.Contains(e.Name, " ") && an.companyNamed(e):
			kind = OrgName // "in Dell's buyout"
		case unlistedPlace && an.listKind(i) == OrgName:
			kind = OrgName
		case e.Kind == PlaceName && an.personNamedOrg(e):
			kind = PersonName // a given name and a surname read as a place's
			if an.companyNamed(e) {
				kind = OrgName // "shares in Hugo Boss": a company named after its founder
			}
		case unlistedPlace && an.unknownPlace(i):
			kind = None // "Overcast", "Performance": a lone word nothing places
		case e.Kind == OrgName && an.personNamedOrg(e) && !an.companyNamed(e):
			kind = PersonName // "Holly Hunter", "Joe Welch": a given name and a surname
		case e.Kind == OrgName && (an.commonAcronym(e) || an.allProducts(e) || an.namedLaw(e) || an.lawAcronym(e.Name) || an.bareAcronym(e)):
			kind = None
		}
		switch {
		case kind == e.Kind:
			out = append(out, e)
		case kind == None:
			out = append(out, &Entity{Kind: None, Name: e.Name})
		default:
			out = append(out, &Entity{Kind: kind, Name: e.Name, Mentions: e.Mentions})
		}
	}
	return out
}

// holdsSmallWord reports whether the words of a name, past its first,
// hold an article, pronoun, preposition or auxiliary that is no name
// particle ("s. that", "x. and", "christie is"): a sentence's start run
// into an initial or a name run into its verb, no one's name. A given
// name and such a word is a name ("Theresa May", "Brian May").
func holdsSmallWord(ws []string) bool {
	w := lex()
	if len(ws) == 2 && isGiven(ws[0]) {
		return false
	}
	for _, x := range ws[min(1, len(ws)):] {
		if f := w.flags(x); f&inFunction != 0 && f&inParticles == 0 {
			return true
		}
	}
	return false
}

// knownName reports whether a name of one word that the text gives no
// person's context is still a person's by the name itself: it is a given
// name (givennames.txt), or the surname of someone the news learned from
// names (Models.People). Other such names are a brand's, a product's or a
// program's far more often ("Snapchat", "Docker", "Safari"). Names of
// more words stay: a given name the lists miss ("Regina Henschel") is
// likelier there than a brand of two words. Without the learned list (as
// the models learn) every name is known.
func (an *analysis) knownName(e *Entity) bool {
	if an.m.People == nil || len(e.words) == 0 {
		return true
	}
	return isGiven(e.words[0]) || an.m.People[surname(e.words)]
}

// unknownName reports whether entity i is a name the lists do not know
// (a place, an institution) and, a person's, one the text gives no
// person's context.
func (an *analysis) unknownName(i int) bool {
	e, w := an.ents[i], lex()
	if w.places[lower(e.Name)] || w.facts.orgs[e.Name].name != "" {
		return false
	}
	return e.Kind != PersonName || !an.hasPersonContext(i)
}

// hasEntityNamed reports whether an entity of the text has the name.
func (an *analysis) hasEntityNamed(name string) bool {
	for _, e := range an.ents {
		if e.Name == name && len(e.Mentions) > 0 {
			return true
		}
	}
	return false
}

// nameWithWord is entity e named with the word after each of its mentions
// (wordAfter), of kind k: the place's name with a capital ("Ninety Mile
// Beach"), the company's with its form ("Remain Co.").
func nameWithWord(e *Entity, word string, k EntityKind) *Entity {
	n := &Entity{Kind: k, Mentions: make([]NameSpan, len(e.Mentions))}
	for j, m := range e.Mentions {
		m.To++
		m.Kind = k
		n.Mentions[j] = m
	}
	n.setName(e.Name + " " + strings.ToUpper(word[:1]) + word[1:])
	return n
}

// namedLaw reports whether organisation e is a law or treaty, not one the
// lists know: a mention of two words or more ends with a law's head
// ("Investment Company Act", "Paris Agreement") or holds one with what it
// is of or about ("Convention on the Law of the Sea"). The spans keep a
// law's name as an institution's (mendSpans); the key facts list no law.
func (an *analysis) namedLaw(e *Entity) bool {
	w := lex()
	if _, known := w.facts.orgs[e.Name]; known {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if l := lastAt(ts, m); l > m.From && ts[l].Cap && w.lawWords[ts[l].Lower()] || namesLaw(ts, m) {
			return true
		}
	}
	return false
}

// lawAcronym reports whether name is the acronym the text gives a law in
// brackets after its name ("Freedom of Information Act (FOIA)"). The
// text is read once, for every name.
func (an *analysis) lawAcronym(name string) bool {
	if !allUpper(name) || strings.Contains(name, " ") {
		return false
	}
	if an.lawAcronyms == nil {
		an.lawAcronyms = map[string]bool{}
		for _, e := range an.ents {
			if e.Kind != OrgName || !an.namedLaw(e) {
				continue
			}
			for _, m := range e.Mentions {
				ts := an.doc.Paras[m.Para].Toks
				if k := m.To; k+2 < len(ts) && ts[k].Is("(") && ts[k+2].Is(")") && allUpper(ts[k+1].Text()) {
					an.lawAcronyms[ts[k+1].Text()] = true
				}
			}
		}
	}
	return an.lawAcronyms[name]
}

// personNamedOrg reports whether organisation or place e, which the lists
// do not know, is named as a person is: two or three capitalised words, the first
// a given name, none an institution's word, a company's form or a place's
// ("Holly Hunter", "Joe Welch"; not "Morgan Stanley Bank", "Paul Weiss
// LLP", "Victoria Street"). A given name that is a place's too is in no
// list of given names ("Florence Pugh", "Jordan Peele" stay places). The
// tagger, learned from political news,
// reads the name of an actor or a programmer in a review or a changelog
// as an organisation's. Without the learned lists (as the models learn)
// nothing changes.
func (an *analysis) personNamedOrg(e *Entity) bool {
	w := lex()
	ws := strings.Fields(lower(e.Name))
	if an.m.People == nil || len(ws) < 2 || len(ws) > 3 || w.facts.orgs[e.Name].name != "" || strings.ContainsAny(e.Name, "&0123456789") {
		return false
	}
	if !isGiven(ws[0]) || w.places[lower(e.Name)] {
		return false
	}
	for _, x := range ws {
		if w.orgWords[x] || w.mapWords[x] || w.areaWords[x] || w.places[x] {
			return false
		}
	}
	for _, m := range e.Mentions {
		if ts := an.doc.Paras[m.Para].Toks; ts[m.From].Kind != Word || !ts[m.From].Cap {
			return false
		}
	}
	return true
}

// unknownPlace reports whether place i, a name of one word that the lists
// do not know nor the news learned from names a place by (Models.Places),
// is placed by nothing in the text: no mention follows a word that puts
// something at a place ("in", "from", "near", "across", "outside",
// "eastern"), "in", "from" or "near" and one lower-case word ("in
// downtown Missoula", "from rural Powys"), a place's noun or a word for who lives
// at a place and "of" ("the city of Sirte", "residents of Whitby"), or
// stands before a comma and a listed place of up to three words
// ("Springfield, Illinois", "NEWRY, Northern Ireland" in a dateline), a
// place of more words the tagger reads ("STANLEY, Falkland Islands"), or a
// place's noun ("Kyzyl, the capital of Tuva", "Rye, a small town").
// Such a word is a program's, a product's or a common word's far more
// often ("Overcast", "Performance"). Without the learned lists nothing
// changes.
func (an *analysis) unknownPlace(i int) bool {
	e := an.ents[i]
	if an.m.Places == nil || strings.Contains(e.Name, " ") || an.m.Places[lower(e.Name)] {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if j := m.From - 1; j >= 0 && ts[j].Kind == Word {
			if placing(ts[j].Lower()) {
				return false
			}
			switch {
			case ts[j].Lower() == "of":
				if j > 0 && (placeNouns[ts[j-1].Lower()] || dwellerNouns[ts[j-1].Lower()]) {
					return false // "the Libyan city of Sirte", "residents of Whitby"
				}
			case j > 0 && !ts[j].Cap && !ts[j].in(inFunction) && ts[j-1].Kind == Word && placingBeforeWord(ts[j-1].Lower()):
				return false // "in downtown Missoula", not "to rival Overcast"
			}
		}
		if k := m.To; k+1 < len(ts) && ts[k].Is(",") && (placeAt(ts, k+1) || an.placeNamedAt(m.Para, k+1)) {
			return false
		}
		if k := m.To; k+2 < len(ts) && ts[k].Is(",") && (ts[k+1].Lower() == "the" || ts[k+1].Lower() == "a") {
			for j := k + 2; j < len(ts) && j < k+5 && ts[j].Kind == Word && !ts[j].Cap; j++ {
				if placeNouns[ts[j].Lower()] {
					return false // "Kyzyl, the capital of Tuva", "Rye, a small town"
				}
			}
		}
	}
	return true
}

// placedWord reports whether entity i, a name of one word taken for a
// person's that no list knows as one, is one the text places things at:
// a placing word or a place's adjective stands before a mention ("near
// Thirsk", "downtown Sacramento's"), a place's noun and "of" ("the
// province of Lleida"), or a place's noun after it ("Lusaka's Kanyama
// township"), or the text lists it with places ("Lincolnshire,
// Shropshire and North Yorkshire"). "To" and "at" do not count: a person
// is written to and met at far more often.
func (an *analysis) placedWord(i int) bool {
	for _, m := range an.ents[i].Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if j := m.From - 1; j >= 0 && ts[j].Kind == Word && !ts[j].Cap {
			l := ts[j].Lower()
			if l != "to" && l != "at" && placing(l) || placeAdjectives[l] {
				return true
			}
			if l == "of" && j > 0 && placeNouns[ts[j-1].Lower()] {
				return true
			}
		}
		if k := m.To; k < len(ts) && ts[k].Kind == Word && !ts[k].Cap && placeNouns[ts[k].Lower()] {
			return true
		}
	}
	return an.listKind(i) == PlaceName
}

// placeAdjectives are the words before a place's name that say which part
// of it ("downtown Sacramento", "rural Powys").
var placeAdjectives = map[string]bool{
	"downtown": true, "uptown": true, "rural": true, "coastal": true, "inland": true, "suburban": true, "upstate": true,
}

// placing reports whether a word puts something at the place after it
// ("in", "near", "eastern").
func placing(l string) bool {
	switch l {
	case "in", "from", "near", "across", "outside", "to", "at",
		"northern", "southern", "eastern", "western", "central":
		return true
	}
	return false
}

// placingBeforeWord reports whether a word puts something at the place
// after the next word ("in downtown Missoula", "from rural Powys"): "to"
// and "at" do not, as a verb stands between them and a name far more often
// ("to rival Overcast").
func placingBeforeWord(l string) bool {
	return l == "in" || l == "from" || l == "near"
}

// placeAt reports whether the words from k on name a listed place of up
// to three words ("Illinois", "Northern Ireland").
func placeAt(ts []Token, k int) bool {
	w := lex()
	name := ""
	for j := k; j < len(ts) && j < k+3 && ts[j].Kind == Word; j++ {
		if name != "" {
			name += " "
		}
		name += ts[j].Lower()
		if w.places[name] {
			return true
		}
	}
	return false
}

// datelinePlace reports whether a mention of e opens its paragraph in
// capitals, before a comma, a place and an agency's bracket or a dash,
// as a wire story's dateline does
// ("TRURO, England (Reuters) -", "STANLEY, Falkland Islands"): the town
// it was written in, whatever the tagger read the word as.
func (an *analysis) datelinePlace(e *Entity) bool {
	if strings.ToUpper(e.Name) != e.Name || strings.ContainsAny(e.Name, "0123456789") {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if m.From == 0 && m.To+1 < len(ts) && ts[m.To].Is(",") && (placeAt(ts, m.To+1) || an.placeNamedAt(m.Para, m.To+1)) && datelineEnds(ts, m.To+1) {
			return true
		}
	}
	return false
}

// datelineEnds reports whether a dateline's place starting at word k is
// followed, within four words, by the bracket of an agency or a dash.
func datelineEnds(ts []Token, k int) bool {
	for j := k; j < len(ts) && j < k+5; j++ {
		switch {
		case ts[j].Is("(") || ts[j].Is("—") || ts[j].Is("–") || ts[j].Is("-"):
			return true
		case ts[j].Kind != Word && !ts[j].Is("."):
			return false
		}
	}
	return false
}

// placeNamedAt reports whether a name the tagger reads as a place's, of
// more than one word, starts at word k of paragraph para ("STANLEY,
// Falkland Islands (Reuters)").
func (an *analysis) placeNamedAt(para, k int) bool {
	i := an.mentions.entityAt(para, k)
	return i >= 0 && an.ents[i].Kind == PlaceName && strings.Contains(an.ents[i].Name, " ")
}

// placeNouns are the nouns that say a name is a place's ("the city of
// Sirte", "Kyzyl, the capital").
var placeNouns = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "province": true, "state": true, "island": true,
	"capital": true, "port": true, "district": true, "county": true, "suburb": true, "area": true, "resort": true,
	"township": true,
}

// dwellerNouns are the nouns of who lives at a place or of its parts,
// before "of" and the place's name ("residents of Whitby", "the
// outskirts of Kherson").
var dwellerNouns = map[string]bool{
	"residents": true, "people": true, "inhabitants": true, "citizens": true, "mayor": true,
	"outskirts": true, "streets": true, "centre": true, "center": true, "suburbs": true,
}

// bareAcronym reports whether organisation e is an acronym in capitals
// ("CPU", "HTTP", "GPU") that the lists do not know as an institution's
// nor the news learned from (Models.Acronyms), and that the text never
// treats as an organisation: no mention is a
// possessor ("NASA's probe"), says anything ("the FSF said"), follows a
// noun for a company or group ("the Chinese chipmaker SMIC") or stands
// after a word that places someone at an institution ("at IBM", "joined
// the FBI"). Technical writing is full of acronyms that are
// things, which the tagger, learned from political news, takes for
// organisations.
func (an *analysis) bareAcronym(e *Entity) bool {
	if an.m.Acronyms == nil || an.m.Acronyms[e.Name] || !isAcronym(e.Name) || lex().facts.orgs[e.Name].name != "" || an.introducedAsOrg(e) {
		return false
	}
	w := lex()
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if possessor(ts, m.To) {
			return false
		}
		k := m.To
		if k < len(ts) && ts[k].Kind == Word && (w.cues[ts[k].Lower()] || w.clauseVerbs[ts[k].Lower()] || actedAfter(ts, m.From, k)) {
			return false
		}
		j := m.From - 1
		if j >= 0 && ts[j].Kind == Word && ts[j].Lower() == "the" {
			j--
		}
		if j >= 0 && ts[j].Kind == Word {
			switch ts[j].Lower() {
			case "at", "joined", "told":
				return false
			}
		}
	}
	return true
}

// actedAfter reports whether word k, right after a name that starts at
// word from with no article or possessive before it, is a verb in the
// past tense the name is the subject of: a lower-case word in "-ed" with
// a determiner or a pronoun after it, its object ("UEFA fined the club").
// An acronym of a thing does things too, but takes an article ("the GPU
// rendered the scene", "our SDK parsed the response"): so does an
// organisation's at times ("the RNLI launched its lifeboat"), which this
// leaves to the other readings.
func actedAfter(ts []Token, from, k int) bool {
	if j := from - 1; j >= 0 && ts[j].Kind == Word && (ts[j].in(inDeterminer) || ts[j].in(inPronoun) || ts[j].in(inFunction)) {
		return false
	}
	l := ts[k].Lower()
	if ts[k].Cap || len(l) < 5 || !strings.HasSuffix(l, "ed") || ts[k].in(inFunction) || k+1 >= len(ts) || ts[k+1].Kind != Word {
		return false
	}
	l = ts[k+1].Lower()
	return l == "a" || l == "an" || ts[k+1].in(inDeterminer) || ts[k+1].in(inPronoun)
}

// isAcronym reports whether s is two to six capital letters or digits,
// one letter at least ("CPU", "G7" aside: it holds a digit but stays).
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return letters > 0
}

// allProducts reports whether every mention of e names a product of the
// name before it (productNamed).
func (an *analysis) allProducts(e *Entity) bool {
	for _, m := range e.Mentions {
		if !an.productNamed(m) {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// segment is the Segment a quote was made from.
func (an *analysis) segment(q quoteAt) Segment {
	for _, s := range an.doc.Paras[q.p0].Quotes {
		if s.Open == q.open {
			return s
		}
	}
	return Segment{}
}

// attribute gives a quote the speaker, role and cue of the winning
// candidate: a name's entity, or the person a pronoun stands for.
func (an *analysis) attribute(out *Quote, q quoteAt, c candidate) {
	switch c.kind {
	case candNone:
		return
	case candName:
		out.Entity = c.entity
		if k := an.kindOf(c); k == PlaceName {
			// a place speaks only as part of a noun phrase: "the Florida senator"
			if j := an.placePhraseEnd(c); j > 0 {
				p := &an.doc.Paras[c.para]
				out.Entity = -1
				out.Speaker = p.Text[p.Toks[c.from-1].Start:p.Toks[j-1].End()]
			}
		}
	case candNominal:
		p := &an.doc.Paras[c.para]
		out.Speaker = p.Text[p.Toks[c.from].Start:p.Toks[c.to-1].End()]
	case candCap:
		out.Entity = c.entity
		if out.Entity < 0 {
			p := &an.doc.Paras[c.para]
			out.Speaker = p.Text[p.Toks[c.from].Start:p.Toks[c.to-1].End()]
		}
	case candPronoun:
		out.Entity = an.resolvePronoun(c)
		if out.Entity < 0 {
			out.Speaker = an.doc.Paras[c.para].Toks[c.from].Text()
			if an.doc.Paras[c.para].Toks[c.from].Lower() == "it" {
				if s := an.speakingThingBefore(c.para, c.from); s != "" {
					out.Speaker = s
				}
			}
		}
	}
	if out.Entity >= 0 {
		e := an.ents[out.Entity]
		out.Speaker, out.Role = e.Name, e.Role
	}
	if c.kind == candName || c.kind == candCap {
		// the role written beside the name that attributes the quote
		if r := roleAt(an.doc, NameSpan{Para: c.para, From: c.from, To: c.to}); r != "" {
			out.Role = r
		}
	}
	if v := an.cueNear(c.para, c.to, 1, 3); v != "" {
		out.Cue = v
	} else if v := an.cueNear(c.para, c.from-1, -1, 2); v != "" {
		out.Cue = v
	}
}

// isPartial reports whether a quote is a quoted term or scare quote
// rather than speech: short and standing inside a sentence, right after a
// word, or a title in capitals.
func isPartial(d *Doc, q quoteAt, text string) bool {
	if isTitleCase(text) {
		return true
	}
	p := &d.Paras[q.p0]
	if q.open == 0 || p.Toks[q.open-1].Kind != Word {
		return false
	}
	return q.words <= 4 && !q.endsComma
}

// isTitleCase reports whether a short text is written as a title: at most
// eight words, every longer word capitalised, no sentence inside ("The
// Summer Orchard", "Meet the Press").
func isTitleCase(text string) bool {
	text = strings.TrimRight(text, ",.")
	if n := countWords(text); n == 0 || n > 8 || strings.ContainsAny(strings.TrimRight(text, ",.!?"), ".!?") {
		return false
	}
	for _, w := range strings.Fields(text) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) && !unicode.IsUpper(r) && len(w) > 3 {
			return false
		}
	}
	return true
}

// countWords is the number of words of s separated by white space, as
// strings.Fields would split it.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// interrupted reports whether quote b goes on quote a around its
// attribution: both in one paragraph, a ends with a comma or dash, and
// the few words between them hold a reporting verb and no full stop.
func (an *analysis) interrupted(a, b quoteAt) bool {
	if a.p1 != b.p0 || !a.closed || !a.endsComma || b.open-a.close > 10 {
		return false
	}
	w := lex()
	cue := false
	for _, t := range an.doc.Paras[b.p0].Toks[a.close+1 : b.open] {
		if t.Is(".") || t.Is("?") || t.Is("!") || t.Is(";") {
			return false
		}
		cue = cue || w.cues[t.Lower()]
	}
	return cue
}

// introducedAsOrg reports whether the text names e as an organisation: a
// mention follows a word that names a kind of organisation, or its plural
// ("company Huawei", "insurers Cigna"); or, the name being no given name,
// an apposition names one ("Teck, the Canadian mining company") or the
// text says e has what a company has ("Acme's shares", "Acme released
// the Mate 60 Pro smartphone"; see hasAsOrg).
func (an *analysis) introducedAsOrg(e *Entity) bool {
	w := lex()
	for _, m := range e.Mentions {
		if m.From > 0 {
			t := an.doc.Paras[m.Para].Toks[m.From-1]
			if !t.Cap && (w.orgWords[t.Lower()] || t.in(inOrgIntro) || w.facts.orgIntro[strings.TrimSuffix(t.Lower(), "s")]) {
				return true
			}
		}
		if !w.firstNames[lower(e.Name)] && (an.orgAfter(m) || an.hasAsOrg(m)) {
			return true
		}
	}
	return false
}

// companyNamed reports whether the text names e as a company: a mention
// follows a noun that introduces one ("company Acme", "the firm Acme"),
// an apposition names one ("Acme, a French company"; see orgAfter), or
// the text says it has what a company has ("Acme's buyout"; see
// hasAsOrg). The words that end institutions' names are no such nouns
// here, as they end places' names too ("the islands North (North
// Island)").
func (an *analysis) companyNamed(e *Entity) bool {
	for _, m := range e.Mentions {
		if m.From > 0 {
			if t := &an.doc.Paras[m.Para].Toks[m.From-1]; !t.Cap && t.in(inOrgIntro) {
				return true
			}
		}
		if an.orgAfter(m) || an.hasAsOrg(m) {
			return true
		}
	}
	return false
}

// orgAfter reports whether a name span is followed by an apposition
// that names a kind of organisation: a comma, "the" or "a", and within
// three more words a noun that introduces one and heads the apposition
// ("Acme, the Canadian mining company,").
func (an *analysis) orgAfter(m NameSpan) bool {
	ts := an.doc.Paras[m.Para].Toks
	i := m.To
	if i+2 >= len(ts) || !ts[i].Is(",") {
		return false
	}
	if l := ts[i+1].Lower(); l != "the" && l != "a" && l != "an" {
		return false
	}
	for j := i + 2; j < len(ts) && j < i+6 && ts[j].Kind == Word; j++ {
		if !ts[j].Cap && ts[j].in(inOrgIntro) {
			// the noun heads the apposition: "an airline pilot" is none
			return j+1 == len(ts) || ts[j+1].Kind != Word || appositionEnds[ts[j+1].Lower()]
		}
	}
	return false
}

// hasAsOrg reports whether the text says that the name span m has what a
// company has (orgs.txt, "has"): "Acme's shares", "shares of Acme",
// "Acme, whose processors", "Acme released the Mate 60 Pro smartphone"
// (launches), or "its revenue" later in its sentence with no other name
// or personal pronoun before it.
func (an *analysis) hasAsOrg(m NameSpan) bool {
	has := lex().facts.orgHas
	ts := an.doc.Paras[m.Para].Toks
	after := func(i int) bool { return i < len(ts) && ts[i].Kind == Word && has[ts[i].Lower()] }
	i := m.To
	if isPossessive(ts[i-1].Text()) && after(i) || i+1 < len(ts) && isPossessive(ts[i].Text()) && after(i+1) {
		return true // "Acme's shares"
	}
	if m.From >= 2 && ts[m.From-1].Lower() == "of" && has[ts[m.From-2].Lower()] {
		return true // "shares of Acme"
	}
	if m.From >= 2 && ts[m.From-1].Lower() == "in" && (ts[m.From-2].Lower() == "shares" || ts[m.From-2].Lower() == "stake") {
		return true // "shares in Acme", not "factories in Wales"
	}
	if i+1 < len(ts) && ts[i].Is(",") && ts[i+1].Lower() == "whose" && after(i+2) {
		return true // "Acme, whose processors"
	}
	if an.launches(ts, i) {
		return true // "Acme released the Mate 60 Pro smartphone"
	}
	for j := i; j < len(ts) && ts[j].Sent == ts[m.From].Sent; j++ {
		if an.mentions.covers(m.Para, j) || personalPronouns[ts[j].Lower()] {
			return false
		}
		if ts[j].Lower() == "its" && after(j+1) {
			return true
		}
	}
	return false
}

// launches reports whether the words from token i, right after a name,
// say the name brings out a product of its own by name: a verb, "the",
// "a" or "its", the product's name in capitals or figures, and a noun for
// what a company has (orgs.txt, "has", in the singular too): "released
// the Mate 60 Pro smartphone", "unveiled its H20 chips".
func (an *analysis) launches(ts []Token, i int) bool {
	has := lex().facts.orgHas
	if i+3 >= len(ts) || ts[i].Kind != Word || ts[i].Cap || ts[i].in(inFunction|inPrep|inCues|inPronoun) {
		return false
	}
	switch ts[i+1].Lower() {
	case "the", "a", "an", "its":
	default:
		return false
	}
	j := i + 2
	for j < len(ts) && j < i+6 && (ts[j].Kind == Word && ts[j].Cap || ts[j].Kind == Number) {
		j++
	}
	if j == i+2 || j >= len(ts) || ts[j].Kind != Word || ts[j].Cap {
		return false
	}
	l := ts[j].Lower()
	return has[l] || has[l+"s"]
}

// personalPronouns are the pronouns that stand for a person.
var personalPronouns = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "hers": true}

// appositionEnds are the words that may follow the head noun of an
// apposition.
var appositionEnds = map[string]bool{"that": true, "which": true, "whose": true, "in": true, "based": true, "of": true, "with": true, "from": true, "and": true}

// besideCue returns the index of the candidate standing right beside the
// reporting verb that introduces q in the sentence the quote closes or
// opens ("…,” Yang Jiechi said", "…,” said Yang Jiechi", "Yang Jiechi
// said: “…”"): in news that is the speaker, whatever else the sentence
// names.
func (an *analysis) besideCue(q quoteAt, cands []candidate) (int, bool) {
	for _, side := range []string{"after", "before"} {
		v, vp, vi := an.quoteCue(q, side)
		if v == "" {
			continue
		}
		for i, c := range cands {
			if c.para != vp || c.entity < 0 || an.ents[c.entity].Kind != PersonName {
				continue
			}
			if c.to == vi || c.from == vi+1 {
				if side == "after" && c.from > q.close || side == "before" && c.to <= q.open {
					return i, true
				}
			}
		}
	}
	return -1, false
}

// maxThingSentences is how many sentences back from an "it" that speaks
// the document or body it stands for is looked for.
const maxThingSentences = 2

// speakingThingBefore returns the document or body that "it" at token i
// of paragraph p stands for: the nearest sentence opening with "The" and
// up to three lower-case words, the last a noun of a thing that speaks
// ("The report", "The staff report"; see speakingthings.txt), the
// pronoun's sentence or the one before, in its paragraph or the end of the
// one before; "" when there is none. (A "the" inside a sentence opens its
// object as often as its subject: "the paper notes the government
// monitors ..., and it says".)
func (an *analysis) speakingThingBefore(p, i int) string {
	sents := 0
	for pp := p; pp >= 0 && pp >= p-1; pp-- {
		ts := an.doc.Paras[pp].Toks
		k := len(ts) - 1
		if pp == p {
			k = i - 1
		}
		for ; k >= 0; k-- {
			if k+1 < len(ts) && ts[k+1].Sent != ts[k].Sent || pp < p && k == len(ts)-1 {
				if sents++; sents > maxThingSentences {
					return ""
				}
			}
			if ts[k].Lower() != "the" || ts[k].Quoted || k > 0 && ts[k-1].Sent == ts[k].Sent {
				continue // the subject a sentence opens with, not "the government" it goes on to
			}
			for j := k + 1; j < len(ts) && j <= k+3 && ts[j].Kind == Word && !ts[j].Cap && ts[j].Sent == ts[k].Sent; j++ {
				if lex().speakingThings[ts[j].Lower()] && (j+1 == len(ts) || !lex().speakingThings[ts[j+1].Lower()]) {
					para := &an.doc.Paras[pp]
					return para.Text[ts[k].Start:ts[j].End()]
				}
			}
		}
	}
	return ""
}

// joinSurnamesToNamedOrgs makes a person of a name of two or three words
// that the tagger read as an organisation's or a place's but that is named
// as a person is (see personNamedOrg) and not as a company, when its
// surname names someone again after it: "Femi Adeyemi headed the winner"
// and "Adeyemi, 33, said". The people named by that one word after it are
// that person (they are left without mentions, as no one), and so are the
// bare mentions of the surname that the tagger left (see addBareMentions).
func (an *analysis) joinSurnamesToNamedOrgs() {
	joined := false
	for oi, o := range an.ents {
		if o.Kind != OrgName && o.Kind != PlaceName || len(o.Mentions) == 0 {
			continue
		}
		ws := strings.Fields(lower(o.Name))
		if len(ws) < 2 || !an.personNamedOrg(o) || an.companyNamed(o) || !an.surnameAgain(o.Mentions[0], ws[len(ws)-1]) {
			continue
		}
		o.Kind, joined = PersonName, true
		o.setName(o.Name)
		o.gender = an.m.Genders[ws[0]]
		first := o.Mentions[0]
		for ei, e := range an.ents {
			if e.Kind != PersonName || len(e.words) != 1 || e.words[0] != ws[len(ws)-1] || len(e.Mentions) == 0 ||
				e.Mentions[0].Para<<16+e.Mentions[0].From < first.Para<<16+first.From {
				continue
			}
			for _, m := range e.Mentions {
				for k := range an.mentions[m.Para] {
					if x := &an.mentions[m.Para][k]; x.ent == ei && x.from == m.From {
						x.ent = oi
					}
				}
				o.Mentions = append(o.Mentions, m)
			}
			e.Kind, e.Mentions = None, nil
		}
		for k := range o.Mentions {
			o.Mentions[k].Kind = PersonName
		}
		sortMentions(o.Mentions)
	}
	if joined {
		addBareMentions(an.doc, an.ents, an.mentions)
	}
}

// surnameAgain reports whether the surname (in lower case) of a name first
// mentioned at m is written again after it as a word of its own, with a
// capital and no capitalised word after it.
func (an *analysis) surnameAgain(m NameSpan, surname string) bool {
	for pi := m.Para; pi < len(an.doc.Paras); pi++ {
		ts := an.doc.Paras[pi].Toks
		from := 0
		if pi == m.Para {
			from = m.To
		}
		for i := from; i < len(ts); i++ {
			if ts[i].Cap && ts[i].Kind == Word && ts[i].Lower() == surname && (i+1 == len(ts) || !(ts[i+1].Kind == Word && ts[i+1].Cap)) {
				return true
			}
		}
	}
	return false
}

// shortNamesOfInstitutions makes an organisation of a person named by one
// word that no list knows as a given name or a surname when a name of more
// words that the tagger read as an organisation's begins with it: the
// short name of a company the text names in full ("Tidewater" after
// "Tidewater Insights"). Known surnames stay people ("Clinton" beside
// "Clinton Foundation"), and so does a word that begins a place's name
// ("Folsom" and "Folsom Prison").
func (an *analysis) shortNamesOfInstitutions() {
	longer := map[string]bool{} // the first words of institutions' names of several words
	for _, e := range an.ents {
		if e.Kind == OrgName && strings.Contains(e.Name, " ") {
			first, _, _ := strings.Cut(e.Name, " ")
			longer[first] = true
		}
	}
	for _, e := range an.ents {
		if e.Kind != PersonName || len(e.words) != 1 || !longer[e.Name] || an.knownName(e) {
			continue
		}
		e.Kind = OrgName
		for k := range e.Mentions {
			e.Mentions[k].Kind = OrgName
		}
	}
}
