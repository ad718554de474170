package extract

import "strings"

// What the text says a name the tagger took for a person's is. The tagger
// reads each mention on its own, and a name it has never seen, of one
// word or of words that are no given name, it often takes for a person's
// ("A 34-year-old man from Bendigo", "Biren Technology and Moore
// Threads"). Such a name is a person's only when the text treats it as
// one; when the text says instead that it is a place or an organisation,
// a pronoun does not stand for it and the key facts list it as what it
// is.

// hasPersonContext reports whether the text treats person entity i as a
// person whatever the tagger says of its mentions: its first word is a
// given name, or a title or honorific stands in or right before one of
// its mentions ("Mr. Huang", "Senator Ryan", "Mr Obi").
func (an *analysis) hasPersonContext(i int) bool {
	e, w := an.ents[i], lex()
	if len(e.words) > 0 && w.firstNames[e.words[0]] || e.gender != 0 {
		return true
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		for k := m.From; k < m.To; k++ {
			if ts[k].in(inTitles | inHonorifics) {
				return true
			}
		}
		if titleBefore(an.doc, m) != "" || m.From > 0 && ts[m.From-1].in(inHonorifics) {
			return true // "Senator Ryan", "Mr Obi"
		}
	}
	return false
}

// seenAsPerson reports whether the text treats person entity i as a
// person by more than its name: a person's context (hasPersonContext), a
// role, or a mention followed by "who", an age between commas ("Smith,
// 45,") or a reporting verb ("Smith said"), or after one ("said Smith").
func (an *analysis) seenAsPerson(i int) bool {
	e := an.ents[i]
	if an.hasPersonContext(i) || e.described {
		return true
	}
	return an.treatedAsPerson(e)
}

// treatedAsPerson reports whether a mention of e is followed by "who", an
// age between commas or a reporting verb, or stands after one, whoever
// the tagger read it as; or whether the text cites or thanks e by a name
// of one word (see seenAsPerson).
func (an *analysis) treatedAsPerson(e *Entity) bool { return an.treatedAs(e, false) }

// treatedAs is treatedAsPerson; with ownPhrase, a name after a reporting
// verb counts only when it ends its noun phrase: "writing Quillo
// functions" is nobody writing.
func (an *analysis) treatedAs(e *Entity, ownPhrase bool) bool {
	w := lex()
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		k := m.To
		if k < len(ts) && isPossessive(ts[k].Text()) {
			k++
		}
		if k < len(ts) && ts[k].Is(",") && k+1 < len(ts) {
			if ts[k+1].Kind == Number && k+2 < len(ts) && ts[k+2].Is(",") {
				return true // "Smith, 45,"
			}
			if nx := &ts[k+1]; nx.Kind == Word && nx.Cap && len(e.words) == 1 && isGiven(nx.Lower()) && !listedAfter(an.doc, m) {
				return true // "Swarbrick, Nancy (June 2010)": a reference's author, not "Gucci, Celine and Prada"
			}
			k++
		}
		if k < len(ts) && ts[k].Kind == Word && (ts[k].Lower() == "who" || w.cues[ts[k].Lower()]) {
			return true
		}
		if m.From > 0 && ts[m.From-1].Kind == Word && w.cues[ts[m.From-1].Lower()] && calledAsThing(ts, m.From) < calledProduct && (!ownPhrase || endsNounPhrase(ts, m.To-1)) {
			return true // "said Smith"; not "a skin patch called Vorrima"
		}
	}
	return len(e.words) == 1 && an.thanked(e.words[0])
}

// isGiven reports whether a lower-case word is a given name of either
// list (firstnames.txt, givennames.txt).
func isGiven(l string) bool {
	w := lex()
	return w.firstNames[l] || w.givenNames[l] || w.givenNames[FoldAccents(l)]
}

// thanked reports whether the text thanks someone by the name of one
// lower-case word, in any case: "Thanks, dimi!", "thanks to Dimi". The
// text is read once, for every name (readThanked).
func (an *analysis) thanked(name string) bool {
	if an.thankedNames == nil {
		an.thankedNames = an.readThanked()
	}
	return an.thankedNames[name]
}

// readThanked returns the words, lower case, that follow "thanks" or
// "thank", past a comma, or past "to" when the word is written in lower
// case or "for" follows it.
func (an *analysis) readThanked() map[string]bool {
	out := map[string]bool{}
	for pi := range an.doc.Paras {
		ts := an.doc.Paras[pi].Toks
		for j := 0; j+1 < len(ts); j++ {
			if ts[j].Kind != Word || ts[j].Lower() != "thanks" && ts[j].Lower() != "thank" {
				continue
			}
			k := j + 1
			to := k+1 < len(ts) && ts[k].Kind == Word && ts[k].Lower() == "to"
			if k+1 < len(ts) && (ts[k].Is(",") || to) {
				k++
			}
			if ts[k].Kind != Word {
				continue
			}
			// "thanks to" gives a cause as often as it thanks: a name after
			// it is thanked when written in lower case, a user's ("thanks
			// to dimi"), or thanked for something ("thanks to Dimi for the
			// patch"), not in "cases fell thanks to Paxlovid"
			if to && ts[k].Cap && (k+1 >= len(ts) || ts[k+1].Kind != Word || ts[k+1].Lower() != "for") {
				continue
			}
			out[ts[k].Lower()] = true
		}
	}
	return out
}

// introducedAsThing is what a mention of entity e says it is when it
// follows a common noun phrase that names what it is, and the noun is no
// person's: a determiner, lower-case words and a noun right before the
// name, which ends the phrase ("the search engine Mozilla,", "the giant
// Tāne Mahuta, which"), where the noun is no title or noun for people
// ("the singer Adele", "a man Smith"). It is OrgName when the noun is an
// organisation's ("the law firm Mayer Brown"), MiscName for another thing,
// None when no mention says.
func (an *analysis) introducedAsThing(e *Entity) EntityKind {
	w := lex()
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		k := m.From - 1
		if k < 1 || possessor(ts, m.To) {
			continue
		}
		// the name ends the noun phrase: "the search engine Mozilla,", not
		// "the way Obama reached out" or "a Sanders supporter"
		if m.To < len(ts) && ts[m.To].Kind == Word && ts[m.To].Lower() != "which" {
			continue
		}
		n := &ts[k]
		l := n.Lower()
		if n.Kind != Word || n.Cap || len(l) < 3 || n.Quoted != ts[m.From].Quoted || n.in(inFunction|inPrep|inCues|inPronoun|inModifiers|inTitles|inNumWord) ||
			w.originNouns[l] || w.titles[strings.TrimSuffix(l, "s")] || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") || isPossessive(l) {
			continue
		}
		j := k - 1
		for j >= 0 && k-j <= 3 && ts[j].Kind == Word && !ts[j].Cap && !ts[j].in(inFunction|inPrep|inCues) {
			j--
		}
		if j >= 0 && ts[j].Kind == Word {
			switch ts[j].Lower() {
			case "the", "a", "an":
				if w.orgWords[l] && !w.mapWords[l] && !w.areaWords[l] || n.in(inOrgIntro) {
					return OrgName // "the group Ansar al-Sharia"
				}
				return MiscName
			}
		}
	}
	return None
}

// thingByContext is the kind of person entity e, which the text does not
// treat as a person (seenAsPerson), when what the text says of it makes
// it a thing: an organisation or None after a common noun phrase that
// names what it is (introducedAsThing: "the law firm Mayer Brown", "the
// search engine Mozilla"), None for a word the text also writes in lower
// case (commonWordToo: "Kauri dieback" and "kauri trees"); else
// PersonName.
func (an *analysis) thingByContext(e *Entity) EntityKind {
	switch an.introducedAsThing(e) {
	case OrgName:
		return OrgName
	case MiscName:
		return None
	}
	if an.commonWordToo(e) {
		return None
	}
	return PersonName
}

// wordAfter returns the word that follows every mention of entity e and
// makes the name with it another's, and that name's kind: a feature of the
// map in lower case that ends its noun phrase (placewords.txt, "feature":
// "Ninety Mile beach,", a place's name that the text may write elsewhere
// with a capital), or a company's form (orgs.txt, "suffix": "in Remain
// Co."). A noun after a feature's word makes it a qualifier ("Grizzly
// Adams mountain man"). It returns "" when no such word follows each
// mention.
func (an *analysis) wordAfter(e *Entity) (string, EntityKind) {
	w := lex()
	word, kind := "", None
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		k := m.To
		if k >= len(ts) || ts[k].Kind != Word || isPossessive(ts[m.To-1].Text()) {
			return "", None
		}
		var got string
		var gk EntityKind
		switch {
		case w.facts.orgSuffix[ts[k].Text()]:
			got, gk = ts[k].Text(), OrgName
		case !ts[k].Cap && w.mapWords[ts[k].Lower()] && (k+1 >= len(ts) || ts[k+1].Kind != Word || ts[k+1].in(inFunction|inPrep|inCues)):
			got, gk = ts[k].Lower(), PlaceName
		default:
			return "", None
		}
		if word != "" && got != word {
			return "", None
		}
		word, kind = got, gk
	}
	return word, kind
}

// commonWordToo reports whether entity e is a common word that the
// tagger took for a name: its name is one word that qualifies the noun
// after it at every mention ("to cure Kauri dieback"), and the text
// writes it in lower case too, between two words ("native kauri
// trees").
func (an *analysis) commonWordToo(e *Entity) bool {
	if len(e.words) != 1 {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if m.To >= len(ts) || ts[m.To].Kind != Word || ts[m.To].Cap || possessor(ts, m.To) || ts[m.To].in(inFunction|inPrep|inCues|inPronoun) {
			return false
		}
	}
	if an.lowerBetween == nil {
		an.lowerBetween = an.readLowerBetween()
	}
	return an.lowerBetween[e.words[0]]
}

// possessor reports whether the name that ends at token to is a
// possessor: a possessive ends it or follows it ("Acme's shares").
func possessor(ts []Token, to int) bool {
	return isPossessive(ts[to-1].Text()) || to < len(ts) && isPossessive(ts[to].Text())
}

// readLowerBetween returns the words the text writes in lower case between
// two words, as a common word stands ("native kauri trees"; not a
// nickname, "Thanks, dimi!"). The text is read once, for every entity.
func (an *analysis) readLowerBetween() map[string]bool {
	out := map[string]bool{}
	for pi := range an.doc.Paras {
		ts := an.doc.Paras[pi].Toks
		for k := 1; k+1 < len(ts); k++ {
			if t := &ts[k]; t.Kind == Word && !t.Cap && ts[k-1].Kind == Word && ts[k+1].Kind == Word {
				out[t.Lower()] = true
			}
		}
	}
	return out
}

// fromPlace reports whether name span m stands as a place of origin: after
// "from" and a noun for people (originnouns.txt: "a man from Bendigo"), a
// title ("the senator from Vermont") or the words of an age ("a
// 34-year-old from Bendigo"), and not as their possessor ("a man from
// Trump's campaign").
func (an *analysis) fromPlace(m NameSpan) bool {
	ts := an.doc.Paras[m.Para].Toks
	if m.From < 2 || ts[m.From-1].Lower() != "from" || possessor(ts, m.To) {
		return false
	}
	t := &ts[m.From-2]
	if t.Kind != Word {
		return false
	}
	l := t.Lower()
	w := lex()
	return w.originNouns[l] || w.titles[l] || w.titles[strings.TrimSuffix(l, "s")] ||
		strings.HasSuffix(l, "year-old") || strings.HasSuffix(l, "year-olds")
}

// notAPerson reports whether person entity i, which the text gives no
// person's context (hasPersonContext), is something else by what the
// text says of it: the name of a people or an interjection (namesNoOne),
// a listed place or organisation, a place of origin (fromPlace), a name
// the text introduces as an organisation's (introducedAsOrg), or one
// named in a list only with organisations (listKind). A list of places makes no place of it: people are listed
// with countries ("talks with Smith, France and Spain"). It is what a
// personal pronoun may not stand for.
func (an *analysis) notAPerson(i int) bool {
	return an.kindByContext(i) != PersonName
}

// kindByContext is the kind the text gives person entity i: PersonName
// when it gives it a person's context or says nothing else of it, None
// when it names a people or is an interjection (namesNoOne: "Kenyan",
// "Māori", "Ahh"), else PlaceName or OrgName (see notAPerson).
func (an *analysis) kindByContext(i int) EntityKind {
	e := an.ents[i]
	if e.Kind != PersonName || an.hasPersonContext(i) {
		return e.Kind
	}
	if namesNoOne(e.Name) {
		return None // "His father was Kenyan", "called by Māori", "Ahh, if only"
	}
	w := lex()
	if len(e.words) == 1 {
		switch {
		case w.places[e.words[0]]:
			return PlaceName
		case w.facts.orgs[e.Name].name != "":
			return OrgName
		case an.introducedAsOrg(e):
			return OrgName
		}
	}
	for _, m := range e.Mentions {
		if an.fromPlace(m) {
			return PlaceName
		}
	}
	if an.listKind(i) == OrgName {
		return OrgName
	}
	return PersonName
}

// listKind is the one kind of the names entity i is listed with, joined
// by commas and "and" or "or" ("Google, Meta, Microsoft and Amazon",
// "Biren Technology and Moore Threads"): OrgName or PlaceName when every
// other name of its lists is of that kind and one at least is sure to be
// (surely), else None.
func (an *analysis) listKind(i int) EntityKind {
	kind, sure := None, false
	for _, m := range an.ents[i].Mentions {
		for _, o := range an.listedWith(m) {
			k := an.kindOfEntity(o)
			switch {
			case o == i:
				continue
			case k != OrgName && k != PlaceName:
				return None
			case kind == None:
				kind = k
			case kind != k:
				return None
			}
			sure = sure || an.surely(o, k)
		}
	}
	if !sure {
		return None
	}
	return kind
}

// surely reports whether the word lists say entity o is of kind k, an
// organisation or a place, whatever the tagger read: a listed institution
// or a name that ends with an institution's word or a company form
// ("Biren Technology", "UnitedHealth Group") for an organisation, a
// listed place for a place.
func (an *analysis) surely(o int, k EntityKind) bool {
	w, name := lex(), an.ents[o].Name
	f := strings.Fields(lower(name))
	if len(f) == 0 {
		return false
	}
	if k == PlaceName {
		return w.places[strings.Join(f, " ")]
	}
	if _, ok := w.facts.orgs[name]; ok {
		return true
	}
	last := f[len(f)-1]
	return len(f) > 1 && (w.orgWords[last] && !w.areaWords[last] && !w.mapWords[last] || w.facts.orgSuffix[strings.Fields(name)[len(f)-1]])
}

// kindOfEntity is the kind of entity i; an entity merged into another of
// the same name (oneKindEach) is of that one's kind.
func (an *analysis) kindOfEntity(i int) EntityKind {
	e := an.ents[i]
	if e.Kind != None || len(e.Mentions) > 0 {
		return e.Kind
	}
	for _, o := range an.ents {
		if o.Kind != None && strings.EqualFold(o.Name, e.Name) {
			return o.Kind
		}
	}
	return None
}

// listedWith returns the entities of the names listed together with name
// span m: the names on each side of it joined to it and to each other by
// commas, "and" and "or", where an "and" or "or" joins the last two
// ("Cigna, Aetna, Humana, and UnitedHealth Group"). A name with a
// possessive is no member ("Acme and Smith's company"), nor one that
// qualifies what follows it ("Arkansas shooter Carlos Bledsoe", "the Koch
// and Giuliani administrations") or that says where the person before it
// is ("Joni Ernst in Iowa and Thom Tillis"). It returns nothing when m
// stands in no such list.
func (an *analysis) listedWith(m NameSpan) []int {
	ts := an.doc.Paras[m.Para].Toks
	// at returns the name span that starts at from and ends at to (either
	// may be -1, for anywhere), when it has no possessive
	at := func(from, to int) (mention, bool) {
		var x mention
		var ok bool
		if from >= 0 {
			if x, ok = an.mentions.startingAt(m.Para, from); ok && to >= 0 && x.to != to {
				ok = false
			}
		} else {
			x, ok = an.mentions.endingAt(m.Para, to)
		}
		return x, ok && !possessor(ts, x.to)
	}
	// sep returns the length of the joiner that starts at token k (", ",
	// "and", ", and") and whether it holds "and" or "or"
	sep := func(k int) (n int, conj bool) {
		if k >= len(ts) {
			return 0, false
		}
		if ts[k].Is(",") {
			n, k = 1, k+1
		}
		if k < len(ts) && ts[k].Kind == Word && !ts[k].Cap && (ts[k].Lower() == "and" || ts[k].Lower() == "or") {
			return n + 1, true
		}
		return n, false
	}
	self, ok := at(m.From, m.To)
	if !ok || an.modifiesNext(m.Para, self.to) {
		return nil
	}
	var out []int
	lastConj := false           // the joiner after the last name of the list
	first, last := m.From, m.To // where the list starts and ends
	// to the right
	for cur := self; ; {
		n, conj := sep(cur.to)
		if n == 0 {
			break
		}
		next, ok := at(cur.to+n, -1)
		if !ok || an.modifiesNext(m.Para, next.to) {
			break
		}
		out = append(out, next.ent)
		lastConj, last = conj, next.to
		cur = next
	}
	// to the left
	for cur := self; cur.from > 0; {
		k := cur.from - 1
		conj := false
		if ts[k].Kind == Word && (ts[k].Lower() == "and" || ts[k].Lower() == "or") && !ts[k].Cap {
			conj = true
			k--
		}
		if k >= 0 && ts[k].Is(",") {
			k--
		}
		if k == cur.from-1 || k < 0 {
			break
		}
		prev, ok := at(-1, k+1)
		if !ok || an.affiliation(m.Para, prev.from) {
			break
		}
		if len(out) == 0 && cur == self {
			lastConj = conj // nothing on the right: this joiner is the last
		}
		out = append(out, prev.ent)
		first = prev.from
		cur = prev
	}
	if !lastConj || an.qualifies(m.Para, first, last) {
		return nil
	}
	return out
}

// modifiesNext reports whether the name that ends at token to of
// paragraph p qualifies the person named right after it ("Arkansas
// shooter Carlos Bledsoe", "The Voice winner Jermaine Paul", "Vermont
// Sen. Bernie Sanders").
func (an *analysis) modifiesNext(p, to int) bool {
	ts := an.doc.Paras[p].Toks
	if to >= len(ts) || ts[to].Kind != Word {
		return false
	}
	for _, s := range an.names[p] {
		if s.From < to {
			continue
		}
		if an.modifiesPerson(p, to, PlaceName, s) {
			return true
		}
		// one lower-case noun between: "shooter", "winner"
		return s.Kind == PersonName && s.From == to+1 && !ts[to].Cap && !ts[to].in(inFunction|inPrep|inCues)
	}
	return false
}

// qualifies reports whether the names from token from to token to of
// paragraph p, listed together, qualify the noun after them, a
// determiner or a possessive before them: "the Koch and Giuliani
// administrations", "Sony's Columbia and TriStar film units".
func (an *analysis) qualifies(p, from, to int) bool {
	ts := an.doc.Paras[p].Toks
	if from == 0 || to >= len(ts) || ts[to].Kind != Word || ts[to].Cap || ts[to].in(inFunction|inPrep|inCues) {
		return false
	}
	b := ts[from-1].Lower()
	return b == "the" || b == "a" || b == "an" || isPossessive(b)
}

// affiliation reports whether the name that starts at token from of
// paragraph p says where or what the person named before it is: a
// preposition stands between them ("Joni Ernst in Iowa", "William Seltzer
// of Fordham University").
func (an *analysis) affiliation(p, from int) bool {
	ts := an.doc.Paras[p].Toks
	if from < 2 || !ts[from-1].in(inPrep) && ts[from-1].Lower() != "the" {
		return false
	}
	k := from - 1
	if ts[k].Lower() == "the" {
		k--
	}
	if k < 1 || !ts[k].in(inPrep) {
		return false
	}
	x, ok := an.mentions.endingAt(p, k)
	return ok && an.ents[x.ent].Kind == PersonName
}

// productNamed reports whether name span m names a product that the name
// before it brings out (launches): "Huawei released the Mate 60 Pro
// smartphone", where "Mate" is no organisation.
func (an *analysis) productNamed(m NameSpan) bool {
	ts := an.doc.Paras[m.Para].Toks
	if m.From < 3 {
		return false
	}
	v := m.From - 2
	_, ok := an.mentions.endingAt(m.Para, v)
	return ok && an.launches(ts, v)
}

// commonAcronym reports whether organisation e is an acronym that the
// text uses as a common noun: it writes it out in lower-case words
// (spelledOut) and, but in the brackets after those words, names it only
// before a noun it qualifies, as a common noun is ("artificial-intelligence
// chips" and "training AI systems"; "gross domestic product (GDP)" and
// "GDP growth"), never on its own as an organisation is ("at HP", "HP's
// board", "HP was").
func (an *analysis) commonAcronym(e *Entity) bool {
	if len(e.Mentions) == 0 || !an.spelledOut(e.Name) {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if m.To >= len(ts) {
			return false
		}
		if m.From > 0 && ts[m.From-1].Is("(") && ts[m.To].Is(")") {
			continue // where it is spelled out: "gross domestic product (GDP)"
		}
		t := &ts[m.To]
		if t.Kind != Word || t.Cap || isPossessive(t.Text()) || t.in(inFunction|inPrep|inCues|inPronoun) {
			return false
		}
	}
	return true
}

// spelledOut reports whether the text writes out the acronym name in
// lower-case words: as the parts of one word ("artificial-intelligence"
// for "AI"), or as words that it follows in brackets ("gross domestic
// product (GDP)"). Words that end with an institution's word are an
// organisation's ("political action committee (PAC)"). The text is read
// once, for every acronym.
func (an *analysis) spelledOut(name string) bool {
	if len(name) < 2 || len(name) > 5 {
		return false
	}
	for _, r := range name {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if an.spelled == nil {
		an.spelled = an.readSpelled()
	}
	return an.spelled[strings.ToLower(name)]
}

// readSpelled returns the initials of every run of lower-case words that
// spells out an acronym (see spelledOut), in lower case.
func (an *analysis) readSpelled() map[string]bool {
	w := lex()
	out := map[string]bool{}
	initials := func(words []string) string {
		if len(words) < 2 || len(words) > 5 || w.orgWords[words[len(words)-1]] {
			return ""
		}
		b := make([]byte, 0, len(words))
		for _, word := range words {
			if word == "" || word[0] < 'a' || word[0] > 'z' {
				return ""
			}
			b = append(b, word[0])
		}
		return string(b)
	}
	for pi := range an.doc.Paras {
		ts := an.doc.Paras[pi].Toks
		for i := range ts {
			t := &ts[i]
			if t.Kind != Word || t.Cap {
				continue
			}
			if strings.Contains(t.Lower(), "-") {
				if s := initials(strings.Split(t.Lower(), "-")); s != "" {
					out[s] = true
				}
			}
			// "gross domestic product (GDP)"
			k := i + 1
			if k+2 >= len(ts) || !ts[k].Is("(") || !ts[k+2].Is(")") || !allUpper(ts[k+1].Text()) {
				continue
			}
			n := len(ts[k+1].Text())
			if n > k {
				continue
			}
			var words []string
			for _, u := range ts[k-n : k] {
				if u.Kind != Word || u.Cap {
					break
				}
				words = append(words, u.Lower())
			}
			if s := initials(words); len(words) == n && s == ts[k+1].Lower() {
				out[s] = true
			}
		}
	}
	return out
}
