package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findRoles gives each person the role the text gives them beside their
// first full mention: the appositive after it ("Valeria Yashchenko, vice
// director of the Institute of Cybersecurity, said") or the title before
// it ("Secretary of State John Kerry").
//
// A verb phrase between commas is no role ("Parata, 75, has now overseen
// more than 500 strandings"; see opensVerbPhrase), and a later mention may
// give one; the speaker model still reads it as a role written beside the
// name (Entity.apposed), as it learned to.
func findRoles(d *Doc, ents []*Entity) {
	for _, e := range ents {
		if e.Kind != PersonName {
			continue
		}
		for _, m := range e.Mentions {
			r, raw := roleAndRaw(d, m)
			e.apposed = e.apposed || raw != ""
			if namesOnly(raw) || listedAfter(d, m) {
				continue // "Walmart, Kroger and Costco": no role
			}
			e.described = e.described || raw != ""
			if r != "" {
				e.Role = r
				break
			}
		}
	}
}

// roleAt is the role written beside one mention of a person: the title
// before it, the appositive after it, or both ("former Chinese foreign
// minister, now a member of the State Council").
func roleAt(d *Doc, m NameSpan) string {
	r, _ := roleAndRaw(d, m)
	return r
}

// roleAndRaw returns the role written beside one mention of a person
// (roleAt), and what it was before a verb phrase after the name was
// refused as one (opensVerbPhrase): the role as the speaker model learned
// to see it.
func roleAndRaw(d *Doc, m NameSpan) (role, raw string) {
	before, after := titleBefore(d, m), appositive(d, m)
	if before == "" {
		before = possessorRole(d, m)
	}
	join := func(after string) string {
		switch {
		case before == "":
			return after
		case after == "":
			return before
		}
		return before + ", " + after
	}
	raw = join(after)
	role = raw
	if after != "" && appositiveIsClause(d, m) {
		role = join("")
	}
	if before == "" {
		// shown, but not what the speaker model learned from
		if led := ledRole(d, m); led != "" {
			role = strings.TrimSuffix(led+", "+role, ", ")
		}
	}
	return role, raw
}

// maxLedRoleWords bounds a role that opens the sentence before a name.
const maxLedRoleWords = 8

// ledRole returns the role a sentence opens with, set before the name
// between commas: "The leader of Ennahda, Rachid Ghannouchi, condemned
// …" gives "leader of Ennahda". The phrase opens with "The", holds a
// title word (titles.txt) before any "of", "at" or "for", and before them
// no verb, participle or other preposition ("The boy rescued by the chief
// officer, Tom Hale," gives nothing); otherwise it is "".
func ledRole(d *Doc, m NameSpan) string {
	p := &d.Paras[m.Para]
	ts := p.Toks
	comma := m.From - 1
	if comma < 2 || !ts[comma].Is(",") {
		return ""
	}
	k := comma - 1
	for k >= 0 && comma-k <= maxLedRoleWords && ts[k].Kind == Word && !ts[k].Quoted && ts[k].Sent == ts[m.From].Sent {
		k--
	}
	start := k + 1
	if k >= 0 && ts[k].Sent == ts[m.From].Sent || start >= comma-1 || ts[start].Lower() != "the" {
		return "" // not the sentence's opening phrase, or too long
	}
	w := lex()
	titled := false
	for j := start + 1; j < comma; j++ {
		l := ts[j].Lower()
		if l == "of" || l == "at" || l == "for" {
			break
		}
		if w.clauseVerbs[l] || w.cues[l] || ts[j].in(inPrep) || !w.titles[l] && len(l) > 4 && strings.HasSuffix(l, "ed") {
			return "" // "The boy rescued by the chief officer, Tom Hale,": not his role
		}
		titled = titled || w.titles[l]
	}
	if !titled || ts[start+1].Cap {
		return ""
	}
	return p.Text[ts[start+1].Start:ts[comma-1].End()]
}

// maxRoleWords bounds a role's length.
const maxRoleWords = 30

// appositive returns the phrase between commas right after a name:
// "Name, role," or "Name, role." up to a reporting verb, a quotation mark
// or a clause's end.
func appositive(d *Doc, m NameSpan) string {
	p := &d.Paras[m.Para]
	ts := p.Toks
	i := skipAfterName(ts, m.To)
	if i >= len(ts) || !ts[i].Is(",") {
		return ""
	}
	w := lex()
	from := i + 1
	// "Name, 35, the daughter of ...": an age before the role
	if from+1 < len(ts) && ts[from].Kind == Number && ts[from+1].Is(",") {
		from += 2
	}
	j := from
	for j < len(ts) && j-from <= maxRoleWords {
		t := ts[j]
		if t.Kind == Mark || t.Quoted || t.Kind == Punct && t.Text() != "-" && t.Text() != "&" && t.Text() != "’" && t.Text() != "'" {
			break
		}
		if j > from && w.cues[t.Lower()] {
			return "" // "Name, who said" or a clause: not a role
		}
		j++
	}
	if j == from || j-from > maxRoleWords || j >= len(ts) {
		return ""
	}
	end := ts[j]
	if !end.Is(",") && !end.Is(".") && !end.Is(";") && !end.Is("—") && !end.Is(")") {
		return ""
	}
	first := ts[from].Lower()
	switch first {
	case "which", "that", "whose", "where", "when", "and", "but", "or", "as", "if", "he", "she", "it", "they", "i", "we", "said", "says",
		"mais", "puis", "dont", "et", "ou", "était", "est", "aber", "und", "oder", "der", "die", "das":
		return ""
	}
	// the role may go on past a comma: "president of NDN, a policy and
	// advocacy group", "Democrat of Vermont, who replaced Mr. Sanders"
	for j+2 < len(ts) && ts[j].Is(",") && j-from < maxRoleWords {
		next := ts[j+1].Lower()
		if !(next == "who" || (next == "a" || next == "an" || next == "the") && !ts[j+2].Cap && ts[j+2].Kind == Word) {
			break
		}
		k := j + 1
		for k < len(ts) && k-from <= maxRoleWords && !ts[k].Quoted && ts[k].Kind == Word || k < len(ts) && (ts[k].Is("-") || ts[k].Is("’") || ts[k].Is("'")) {
			if k > j+1 && w.cues[ts[k].Lower()] && next != "who" {
				break
			}
			k++
		}
		if k >= len(ts) || !(ts[k].Is(",") || ts[k].Is(".") || ts[k].Is(";")) || k-from > maxRoleWords {
			break
		}
		j = k
	}
	if from+1 < j && (first == "a" || first == "an" || first == "the") {
		from++
	}
	if strings.IndexFunc(p.Text[ts[from].Start:ts[j-1].End()], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 && j-from < 3 {
		return "" // "Name, 45," is an age
	}

	return p.Text[ts[from].Start:ts[j-1].End()]
}

// namesOnly reports whether a phrase lists names and nothing else:
// capitalised words that are no titles, joined by "and", "or" or "&"
// ("Kroger and Costco" after "Walmart,"), not a role in capitals ("Chief
// Executive and President").
func namesOnly(phrase string) bool {
	w := lex()
	joined := false
	for _, f := range strings.Fields(phrase) {
		l := strings.ToLower(f)
		switch r, _ := utf8.DecodeRuneInString(f); {
		case l == "and" || l == "or" || f == "&":
			joined = true
		case unicode.IsUpper(r) && !w.titles[l] && !w.titles[strings.TrimSuffix(l, "s")]:
		default:
			return false
		}
	}
	return joined
}

// listedAfter reports whether the name span m opens a list of names:
// capitalised words set apart by commas, the last after "and" or "or"
// ("Ubuntu, Debian, Fedora and Arch"), where the words after the first
// comma are the next name, not the first one's role.
func listedAfter(d *Doc, m NameSpan) bool {
	ts := d.Paras[m.Para].Toks
	i := m.To
	names := 0
	for i < len(ts) && ts[i].Is(",") {
		i++
		if i < len(ts) && (ts[i].Lower() == "and" || ts[i].Lower() == "or") {
			i++ // the serial comma
		}
		j := i
		for j < len(ts) && ts[j].Kind == Word && ts[j].Cap {
			j++
		}
		if j == i {
			return false
		}
		names++
		i = j
		if i < len(ts) && ts[i].Kind == Word && (ts[i].Lower() == "and" || ts[i].Lower() == "or") {
			return names >= 1 && i+1 < len(ts) && ts[i+1].Kind == Word && ts[i+1].Cap
		}
	}
	return false
}

// appositiveIsClause reports whether the words between commas after the
// name span m, past an age ("Parata, 75,"), open a verb phrase
// (opensVerbPhrase) or with a preposition ("in front of the carving
// shed", "for one"): what the person does or where they are, not what
// they are.
func appositiveIsClause(d *Doc, m NameSpan) bool {
	ts := d.Paras[m.Para].Toks
	i := skipAfterName(ts, m.To)
	if i >= len(ts) || !ts[i].Is(",") {
		return false
	}
	from := i + 1
	if from+1 < len(ts) && ts[from].Kind == Number && ts[from+1].Is(",") {
		from += 2
	}
	end := from
	for end < len(ts) && ts[end].Kind == Word {
		end++
	}
	if from >= end {
		return false
	}
	if l := ts[from].Lower(); !ts[from].Cap && ts[from].in(inPrep) && l != "of" && l != "from" {
		return true // "Name, in front of the shed", "Name, for one"; "Name, of Sarasota", "from Manchester" stay
	}
	return opensVerbPhrase(ts, from, end) || holdsCopula(ts, from, end)
}

// holdsCopula reports whether words from..to-1 after a name and a comma
// make a sentence of their own: a copula after a short subject, with no
// relative pronoun before it ("For Mutua, the calculation is simpler."). A
// role's own clause opens with one ("a rider who is paid by the day").
func holdsCopula(ts []Token, from, to int) bool {
	for k := from; k < to; k++ {
		switch ts[k].Lower() {
		case "who", "which", "that", "whose", "whom", "where":
			return false
		case "is", "are", "was", "were":
			return k > from && k-from <= maxCopulaSubjectWords
		}
	}
	return false
}

// maxCopulaSubjectWords is the most words before the copula of a sentence
// set after a name ("the calculation is"); further on, a copula is a
// role's own clause's ("minister of finance at the time the tax was
// introduced").
const maxCopulaSubjectWords = 3

// opensVerbPhrase reports whether words from..to-1, the words after a
// name and a comma, open with a verb, after any adverbs ("has now
// overseen", "now has", "also said"): an auxiliary, a modal, a verb that
// often follows a name and an age, or a reporting verb (clauseverbs.txt,
// cues.txt), or a participle before a small word ("bristling with anger",
// "speaking to reporters", "backed by") or a possessive ("condemned
// Wednesday’s attack"). Such words say what the person
// does; a role is a noun phrase ("now a senator", "managing director").
func opensVerbPhrase(ts []Token, from, to int) bool {
	w := lex()
	for k := from; k < to; k++ {
		t := &ts[k]
		if t.Kind != Word || t.Cap { // "Will Folks" is a name
			return false
		}
		l := t.Lower()
		switch {
		case w.clauseVerbs[l] || w.cues[l]:
			return true
		case w.clauseAdverbs[l] || strings.HasSuffix(l, "ly") && len(l) > 4:
			continue
		}
		// a participle before a small word: "bristling with anger",
		// "speaking to reporters", "backed by"; not "managing director"
		return len(l) > 5 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) && k+1 < to &&
			// (the possessive's ending may be a mark, past to: k+2 is read in ts)
			(ts[k+1].in(inFunction|inPrep|inPronoun) || k+2 < len(ts) && isPossessive(ts[k+2].Lower()))
	}
	return false
}

// possessorRole returns the role set before a name as a possessive and a
// comma: "Google's chief human resources executive, Laszlo Bock", "Ms.
// Merkel's spokesman, Steffen Seibert".
func possessorRole(d *Doc, m NameSpan) string {
	p := &d.Paras[m.Para]
	ts := p.Toks
	i := m.From - 1
	if i < 2 || !ts[i].Is(",") {
		return ""
	}
	k := i - 1
	for k >= 0 && i-1-k < 5 && ts[k].Kind == Word && !ts[k].Cap && !ts[k].Quoted && !isPossessive(ts[k].Lower()) {
		k--
	}
	if k == i-1 || k < 1 || !isPossessive(ts[k].Lower()) {
		return ""
	}
	start := k
	for start > 0 && k-start < 4 && ts[start-1].Kind == Word && ts[start-1].Cap && !ts[start-1].Quoted {
		start--
	}
	if start == k {
		return ""
	}
	return p.Text[ts[start].Start:ts[i-1].End()]
}

// titleBefore returns the title written right before a name, with its
// modifiers: "former Chinese foreign minister Yang Jiechi", "Secretary of
// State John Kerry". It needs a word from the list of titles.
func titleBefore(d *Doc, m NameSpan) string {
	w := lex()
	p := &d.Paras[m.Para]
	ts := p.Toks
	from := m.From
	// a title inside the name span ("President Obama")
	titled := false
	for k := m.From; k < m.To; k++ {
		l := ts[k].Lower()
		if w.titles[l] {
			titled = true
			from = k + 1
		}
	}
	if titled && from > m.From {
		return p.Text[ts[m.From].Start:ts[from-1].End()]
	}
	i := m.From - 1
	hasTitle := false
	start := m.From
	for ; i >= 0 && m.From-i <= maxRoleWords; i-- {
		t := ts[i]
		l := t.Lower()
		if t.Kind != Word || t.Quoted {
			break
		}
		switch {
		case w.titles[l]:
			hasTitle = true
		case l == "and" && i > 0 && w.titles[ts[i-1].Lower()]:
		case w.modifiers[l] || t.Cap && !w.nonNames[l] && !named(d, m.Para, i) || l == "of" || l == "for" || l == "state":
		default:
			i = -1
		}
		if i < 0 {
			break
		}
		start = i
	}
	if !hasTitle || start == m.From {
		return ""
	}
	for start < m.From && (ts[start].Lower() == "of" || ts[start].Lower() == "and" || ts[start].Lower() == "for") {
		start++
	}
	return p.Text[ts[start].Start:ts[m.From-1].End()]
}

// named reports whether token i of paragraph p starts or continues a
// capitalised run that is a name of its own ("Putin" in "Putin and
// Chinese leader Xi"): a capital not at the start of its sentence and
// followed by "and" or a comma.
func named(d *Doc, p, i int) bool {
	ts := d.Paras[p].Toks
	return i+1 < len(ts) && (ts[i+1].Lower() == "and" || ts[i+1].Is(","))
}

// skipAfterName returns the token after what may stand between a name and
// its appositive: a suffix ("Jr.", "III"), a party and state in brackets
// ("(R-Wis.)"), or where the person is from ("of Oklahoma").
func skipAfterName(ts []Token, i int) int {
	for i < len(ts) {
		switch l := ts[i].Lower(); {
		case l == "jr." || l == "sr." || l == "jr" || l == "sr" || l == "ii" || l == "iii" || l == "iv":
			i++
		case ts[i].Is("("):
			j := i + 1
			for j < len(ts) && j-i < 8 && !ts[j].Is(")") {
				j++
			}
			if j >= len(ts) || !ts[j].Is(")") {
				return i
			}
			i = j + 1
		case l == "of" && i+1 < len(ts) && ts[i+1].Cap:
			j := i + 1
			for j < len(ts) && ts[j].Cap && ts[j].Kind == Word {
				j++
			}
			return j
		default:
			return i
		}
	}
	return i
}
