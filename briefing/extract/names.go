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
	w := lex()
	t := &p.Toks[i]
	lw := t.Lower()
	sh := shape(t.Text)
	prev1, prev2 := -1, -1
	if i > 0 {
		prev1 = tags[i-1]
	}
	if i > 1 {
		prev2 = tags[i-2]
	}
	fs = append(fs,
		feat("bias"),
		feat("w=").str(lw),
		feat("shape=").str(sh),
		feat("pre3=").str(prefix(lw, 3)),
		feat("suf3=").str(suffix(lw, 3)),
		feat("suf2=").str(suffix(lw, 2)),
		feat("t-1=").num(prev1),
		feat("t-2,t-1=").num(prev2).num(prev1),
		feat("t-1,shape=").num(prev1).str(sh),
		feat("t-1,w=").num(prev1).str(lw),
		feat("sent0,shape=").flag(i == 0 || p.Toks[i-1].Sent != t.Sent).str(sh),
		feat("quoted").flag(t.Quoted),
	)
	if w.firstNames[lw] {
		fs = append(fs, feat("given"))
	}
	if known[i] {
		fs = append(fs, feat("knownOrg"))
	}
	if w.titles[lw] || w.honorifics[lw] {
		fs = append(fs, feat("title"))
	}
	if w.nonNames[lw] {
		fs = append(fs, feat("nonname"))
	}
	if w.orgWords[lw] {
		fs = append(fs, feat("orgword"))
	}
	if w.places[lw] {
		fs = append(fs, feat("place"))
	}
	if w.particles[lw] {
		fs = append(fs, feat("particle"))
	}
	for d := -2; d <= 2; d++ {
		if d == 0 {
			continue
		}
		j := i + d
		if j < 0 || j >= len(p.Toks) {
			fs = append(fs, feat("w@").num(d+3).str("<edge>"))
			continue
		}
		u := &p.Toks[j]
		ul := u.Lower()
		fs = append(fs, feat("w@").num(d+3).str(ul))
		if d == -1 || d == 1 {
			fs = append(fs, feat("shape@").num(d+3).str(shape(u.Text)), feat("shape@,shape").num(d+3).str(shape(u.Text)).str(sh))
			if w.titles[ul] || w.honorifics[ul] {
				fs = append(fs, feat("title@").num(d+3))
			}
			if w.cues[ul] {
				fs = append(fs, feat("cue@").num(d+3))
			}
			if w.orgWords[ul] {
				fs = append(fs, feat("orgword@").num(d+3))
			}
			if w.firstNames[ul] {
				fs = append(fs, feat("given@").num(d+3))
			}
		}
	}
	if i+1 < len(p.Toks) {
		fs = append(fs, feat("w,w+1=").str(lw).str(p.Toks[i+1].Lower()))
	}
	if i > 0 {
		fs = append(fs, feat("w-1,w=").str(p.Toks[i-1].Lower()).str(lw))
	}
	return fs
}
