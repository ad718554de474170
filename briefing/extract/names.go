package extract

// EntityKind is what a name names.
type EntityKind uint8

// The kinds of names the tagger finds.
const (
	None EntityKind = iota
	PersonName
	OrgName
	PlaceName
	// MiscName is any other capitalised name the tagger knows is not a
	// speaker: nationalities, events, titles of works ("Chinese", "G8").
	MiscName
)

// String names the kind as the JSON export does.
func (k EntityKind) String() string {
	switch k {
	case PersonName:
		return "person"
	case OrgName:
		return "organization"
	case PlaceName:
		return "place"
	}
	return ""
}

// The tagger's labels: outside a name, or the beginning or inside of a
// name of each kind.
const (
	tagO = iota
	tagBPer
	tagIPer
	tagBOrg
	tagIOrg
	tagBLoc
	tagILoc
	tagBMisc
	tagIMisc
	numTags
)

// tagKind is the kind of name a label belongs to, and whether it begins one.
func tagKind(t int) (EntityKind, bool) {
	if t == tagO {
		return None, false
	}
	return EntityKind((t-1)/2 + 1), (t-1)%2 == 0
}

// beginTag is the label that begins a name of kind k; beginTag(k)+1 goes on with it.
func beginTag(k EntityKind) int { return 1 + 2*int(k-1) }

// NameSpan is a name the tagger found: tokens [From, To) of paragraph Para.
type NameSpan struct {
	Para, From, To int
	Kind           EntityKind
}

// tagNames labels every token of a paragraph, left to right, each label
// chosen with the two before it as features.
func tagNames(m *Model, p *Para, fs []feature) []int {
	tags := make([]int, len(p.Toks))
	scores := make([]float32, numTags)
	known := knownOrgTokens(p.Toks)
	for i := range p.Toks {
		if plainWord(&p.Toks[i]) && (i == 0 || tags[i-1] == tagO) && !known[i] {
			continue // outside any name: a lower-case word no list knows, a number, a mark
		}
		fs = nameFeatures(p, i, tags, known, fs[:0])
		m.scores(fs, scores)
		t := best(scores)
		// an inside label must go on with a name of its kind
		if k, begins := tagKind(t); k != None && !begins {
			if i == 0 || tags[i-1] == tagO {
				t = beginTag(k)
			} else if pk, _ := tagKind(tags[i-1]); pk != k {
				t = beginTag(k)
			}
		}
		tags[i] = t
	}
	return tags
}

// spansOf turns the labels of paragraph pi into name spans.
func spansOf(pi int, tags []int) []NameSpan {
	var out []NameSpan
	for i := 0; i < len(tags); {
		k, _ := tagKind(tags[i])
		if k == None {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) {
			k2, begins := tagKind(tags[j])
			if k2 != k || begins {
				break
			}
			j++
		}
		out = append(out, NameSpan{Para: pi, From: i, To: j, Kind: k})
		i = j
	}
	return out
}

// nameFeatures are the tagger's features for token i: the word, its shape
// and affixes, its neighbours, the word lists it is in, and the labels of
// the two tokens before it.
func nameFeatures(p *Para, i int, tags []int, known []bool, fs []feature) []feature {
	t := &p.Toks[i]
	prev1, prev2 := -1, -1
	if i > 0 {
		prev1 = tags[i-1]
	}
	if i > 1 {
		prev2 = tags[i-2]
	}
	fs = append(fs, fBias)
	fs = append(fs, t.form.tagWord[:]...) // the word, its shape and affixes
	fs = append(fs,
		fT1.num(prev1),
		fT2T1.num(prev2).num(prev1),
		fT1Shape.num(prev1).with(t.form.hshape),
		fT1W.num(prev1).with(t.form.hlow),
		fSent0Shape.flag(i == 0 || p.Toks[i-1].Sent != t.Sent).with(t.form.hshape),
		fQuoted.flag(t.Quoted),
	)
	for _, l := range listFeatures {
		if t.in(l.flag) {
			fs = append(fs, l.f)
		}
	}
	if known[i] {
		fs = append(fs, fKnownorg)
	}
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		j := i + d
		if j < 0 || j >= len(p.Toks) {
			fs = append(fs, fW2.num(d+3).str("<edge>"))
			continue
		}
		u := &p.Toks[j]
		fs = append(fs, fW2.num(d+3).with(u.form.hlow))
		if d == -1 || d == 1 {
			fs = append(fs, fShape2.num(d+3).with(u.form.hshape), fShapeShape.num(d+3).with(u.form.hshape).with(t.form.hshape))
			if u.in(inTitles | inHonorifics) {
				fs = append(fs, fTitle.num(d+3))
			}
			if u.in(inCues) {
				fs = append(fs, fCue.num(d+3))
			}
			if u.in(inOrgWords) {
				fs = append(fs, fOrgword.num(d+3))
			}
			if u.in(inGiven) {
				fs = append(fs, fGiven.num(d+3))
			}
		}
	}
	if i+1 < len(p.Toks) {
		fs = append(fs, fWW1.with(t.form.hlow).with(p.Toks[i+1].form.hlow))
	}
	if i > 0 {
		fs = append(fs, fW1W.with(p.Toks[i-1].form.hlow).with(t.form.hlow))
	}
	return fs
}

// listFeatures are the tagger's features for the word lists a token is in.
var listFeatures = []struct {
	flag listFlags
	f    feature
}{{inGiven, feat("given")}, {inTitles | inHonorifics, feat("title")}, {inNonNames, feat("nonname")}, {inOrgWords, feat("orgword")}, {inPlaces, feat("place")}, {inParticles, feat("particle")}}

// plainWord reports whether a token cannot begin a name: a lower-case word
// other than a name particle ("van", "de") or the start of a known
// organisation, a number, a quotation mark or punctuation. The tagger
// leaves such a token outside any name when the one before is outside too,
// without scoring it.
func plainWord(t *Token) bool {
	switch t.Kind {
	case Number, Mark, Punct:
		return true
	case Word:
		return !t.Cap && !t.in(inParticles|inKnownOrg)
	}
	return false
}
