package extract

import "strings"

// Products, programs and devices named like people. Technology writing
// names browsers, phones and libraries the way news names people, and the
// tagger, learned from political news, takes many of them for people's
// names ("Corvex OS", "Nimbus Phone", "Pelloton"). The text tells them
// apart: a thing takes a version or a model number, stands before a noun
// for a product ("the Quillo web browser"), is said to be one ("Pelloton,
// the free online radio app"; "a mobile OS called Corvex"), is installed
// or downloaded, crashes or loads; its name ends with a model's word
// ("Nimbus Phone"). A person says, tells and argues, has a given name, a
// title or a human role, and is "he" or "she". A name the text treats as
// a thing, and nowhere as a person, is no person (namesThing).

// namesThing reports whether the text treats person entity i as a product,
// a program or a device and never as a person: one sure sign of a thing
// (productSigns) or two kinds of likely ones, and no sign of a person
// (personSigns). A name that speaks a quote needs a sure sign: "“Coming
// soon,” Quillo says" is a misread more often than a person's words.
func (an *analysis) namesThing(i int, speaks bool) bool {
	sure, likely := an.productSigns(i)
	if !sure && (speaks || likely < 2) {
		return false
	}
	return !an.personSigns(i)
}

// Kinds of likely signs of a thing, counted once each.
const (
	likelyThe     = 1 << iota // "the Kestra" ending its noun phrase
	likelyNumber              // "Quillo 8": a number no version's
	likelyWhich               // "Quillo, which"
	likelyCrashed             // "Quillo crashed": a driver crashes too
)

// productSigns returns whether a mention of person entity i bears a sure
// sign of a thing (sureSign), and the number of kinds of likely ones:
// "the" before a name that ends its noun phrase, a small number after it,
// "which" after it, "crashed" after it. The name ending with a model's
// word (modelName) and a noun for a product heading its role (productRole:
// "Harrow's internet software") are sure signs too.
func (an *analysis) productSigns(i int) (sure bool, likely int) {
	e := an.ents[i]
	if an.modelName(e) || productRole(e.Role) {
		return true, 0
	}
	// a word no list knows as a name: a noun for a product near it will do
	unknown := len(e.words) == 1 && !an.knownName(e)
	kinds := 0
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		if sureSign(ts, m, unknown) {
			return true, 0
		}
		if possessor(ts, m.To) {
			continue
		}
		if m.From > 0 && ts[m.From-1].Lower() == "the" && endsNounPhrase(ts, m.To-1) {
			kinds |= likelyThe
		}
		if smallNumberAt(ts, m.To) {
			kinds |= likelyNumber
		}
		if m.To+1 < len(ts) && ts[m.To].Is(",") && ts[m.To+1].Lower() == "which" {
			kinds |= likelyWhich
		}
		if m.To < len(ts) && crashedAt(ts, m.To) {
			kinds |= likelyCrashed
		}
	}
	for ; kinds > 0; kinds &= kinds - 1 {
		likely++
	}
	return false, likely
}

// sureSign reports whether name span m bears a sure sign of a thing: a
// word of the name is a model's code ("Kestra S9"; modelCode); or, the
// name being no possessor ("Quillo's users" says what it has, not what it
// is), a version follows it ("Tessary 4.2"), it qualifies a noun for a
// product (nounAfterName: "the Quillo web browser"), an apposition or "is
// a" makes it one (describedAsProduct), "a ... called" names it as one
// (calledAsThing), it is installed or downloaded, or boots, loads or
// renders (usedAsProgram), it stands in brackets after a noun for a
// product ("an HTML editor (Tarrow Composer)"), or in a list such a noun
// sums up (listedAsProducts). For a word no list knows as a name
// (unknown), a noun for a product near it is one too (productNear).
func sureSign(ts []Token, m NameSpan, unknown bool) bool {
	for k := m.From; k < m.To; k++ {
		if modelCode(ts[k].Text()) {
			return true
		}
	}
	if possessor(ts, m.To) {
		return false
	}
	return versionAt(ts, m.To) || nounAfterName(ts, m) || describedAsProduct(ts, m) || calledAsThing(ts, m.From) == calledProduct ||
		usedAsProgram(ts, m) || bracketedAfterProduct(ts, m) || listedAsProducts(ts, m) || unknown && productNear(ts, m)
}

// personSigns reports whether the text treats person entity i as a person
// anywhere: its first word is a given name, a title or honorific goes with
// it (hasPersonContext), a mention says, tells or argues, or stands after
// a reporting verb, or "who" or an age follows it (treatedAsPerson), the
// text gives it a human role ("Kestra Banner, the company's chief
// executive"; humanRole), "he" or "she" comes next (pronounNext), or it
// does what a person does past an auxiliary ("has argued", "was born";
// actsAsPerson).
func (an *analysis) personSigns(i int) bool {
	e := an.ents[i]
	if len(e.words) > 0 && isGiven(e.words[0]) || an.hasPersonContext(i) || an.treatedAs(e, true) || humanRole(e.Role) {
		return true
	}
	for _, m := range e.Mentions {
		if an.pronounNext(m) || actsAsPerson(an.doc.Paras[m.Para].Toks, m.To) {
			return true
		}
	}
	return false
}

// humanVerbs are verbs of a person's own mind and life, besides the
// reporting verbs: a name they follow is a person's ("Drummond believes",
// "Drummond has resigned").
var humanVerbs = map[string]bool{
	"believes": true, "believed": true, "thinks": true, "thought": true, "feels": true, "felt": true, "hopes": true, "hoped": true,
	"wants": true, "wanted": true, "decided": true, "married": true, "died": true, "resigned": true, "retired": true,
	"smiled": true, "laughed": true, "recalled": true, "apologised": true, "apologized": true, "born": true,
}

// actsAsPerson reports whether the words from token k, right after a
// name, make it the subject of a reporting verb or a person's verb past
// at most two auxiliaries or adverbs: "Quillo has also argued", "Drummond
// was born".
func actsAsPerson(ts []Token, k int) bool {
	w := lex()
	for n := 0; k < len(ts) && ts[k].Kind == Word && n <= 2; k, n = k+1, n+1 {
		l := ts[k].Lower()
		if w.cues[l] || humanVerbs[l] {
			return true
		}
		if !w.clauseAdverbs[l] && !passiveAux[l] {
			return false
		}
	}
	return false
}

// modelName reports whether the name of e, of two words or more, ends
// with a word that ends the names of product lines and models, written
// with a capital (products.txt, "model": "Nimbus Phone", "Greyline Pro"),
// and does not open with a given name ("Max" ends no "Grace Max").
func (an *analysis) modelName(e *Entity) bool {
	if len(e.words) < 2 || isGiven(e.words[0]) {
		return false
	}
	f := strings.Fields(e.Name)
	last := f[len(f)-1]
	return lex().modelWords[e.words[len(e.words)-1]] && last != strings.ToLower(last)
}

// productNounAt reports whether token k of ts is a noun for a product, a
// program or a device (products.txt, "noun"), alone or with the word
// before it ("package manager"), written in lower case or as an acronym
// ("OS"). after allows the nouns that say so only right after a name
// ("users").
func productNounAt(ts []Token, k int, after bool) bool {
	if k < 0 || k >= len(ts) || ts[k].Kind != Word || ts[k].Cap && !allUpper(ts[k].Text()) {
		return false
	}
	w, l := lex(), ts[k].Lower()
	if k > 0 && ts[k-1].Kind == Word && w.productNouns[ts[k-1].Lower()+" "+l] {
		return true
	}
	return w.productNouns[l] || after && w.productNounsAfter[l]
}

// maxProductModifiers is the most words between a name and the noun for a
// product it qualifies: "the Quillo open-source web browser".
const maxProductModifiers = 3

// nounAfterName reports whether name span m qualifies a noun for a product
// after at most a version and a few lower-case words that are no verb:
// "Corvex OS apps", "the Quillo web browser", "Tessary 4 users". The
// words between are no function word, reporting verb, past tense or verb
// in "-s" ("Smith builds apps").
func nounAfterName(ts []Token, m NameSpan) bool {
	k := m.To
	if versionAt(ts, k) || smallNumberAt(ts, k) {
		k++
	}
	w := lex()
	for j := k; j < len(ts) && j <= k+maxProductModifiers; j++ {
		if productNounAt(ts, j, true) {
			return true
		}
		t := &ts[j]
		l := t.Lower()
		if t.Kind != Word || t.Cap || t.Quoted != ts[m.From].Quoted || t.in(inFunction|inPrep|inCues|inPronoun) || w.clauseVerbs[l] ||
			strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") {
			return false
		}
	}
	return false
}

// endsNounPhrase reports whether the noun phrase that token k is in ends
// with it: no lower-case word follows it but a function word, a verb of
// clauseverbs.txt, a reporting verb or a past tense ("the Kestra S9 has",
// "the Nimbus Phone and", "the Kestra."; not "the Quillo team", "Quillo
// functions").
func endsNounPhrase(ts []Token, k int) bool {
	if k+1 >= len(ts) {
		return true
	}
	n := &ts[k+1]
	if n.Kind != Word || isPossessive(n.Text()) {
		return !isPossessive(n.Text())
	}
	l := n.Lower()
	return n.Cap || n.in(inFunction|inPrep|inCues|inPronoun) || lex().clauseVerbs[l] || strings.HasSuffix(l, "ed")
}

// maxProductPhrase is the most words of a noun phrase read for its head
// after a name: "an easy to install, easy to configure, and easy to use
// JavaScript code coverage library".
const maxProductPhrase = 20

// describedAsProduct reports whether the words after name span m say it
// is a product: an apposition ("Pelloton, the free online radio app,") or
// "is a", "was the" ("Mavrix is an easy to use JavaScript test
// library"), whose noun phrase ends with a noun for a product
// (productHead).
func describedAsProduct(ts []Token, m NameSpan) bool {
	i := skipAfterName(ts, m.To)
	if i+1 >= len(ts) {
		return false
	}
	switch {
	case ts[i].Is(","):
	case ts[i].Kind == Word && !ts[i].Cap && (ts[i].Lower() == "is" || ts[i].Lower() == "was"):
	default:
		return false
	}
	switch ts[i+1].Lower() {
	case "a", "an", "the":
		return productHead(ts, i+2)
	}
	return false
}

// productHead reports whether the noun phrase that opens at token from,
// after its article, ends with a noun for a product (productNounAt) before
// any word that opens a clause or a prepositional phrase: "free online
// radio app,", "easy to install, easy to use JavaScript test library
// that"; not "app developer".
func productHead(ts []Token, from int) bool {
	for k := from; k < len(ts) && k < from+maxProductPhrase; k++ {
		t := &ts[k]
		if productNounAt(ts, k, false) && endsNounPhrase(ts, k) {
			return true
		}
		switch {
		case t.Kind == Word && (!t.in(inFunction|inPrep|inCues|inPronoun) || t.Lower() == "and" || t.Lower() == "to"):
		case t.Is(",") || t.Is("-"):
		default:
			return false
		}
	}
	return false
}

// How "called" names what follows it (calledAsThing).
const (
	calledNot     = iota // no naming: "Obama called Smith"
	calledPerson         // "a man called Ove"
	calledProduct        // "a mobile OS called Corvex"
	calledThing          // "a skin patch called Vorrima"
)

// namingVerbs are the words before a name that give its name to what the
// noun before them names ("a project called Tarrow").
var namingVerbs = map[string]bool{"called": true, "named": true, "dubbed": true, "codenamed": true, "code-named": true}

// personNouns are nouns for people besides the titles and the nouns for
// people of origin ("a character called Garfunkel", "a user named
// vell").
var personNouns = map[string]bool{
	"character": true, "user": true, "guy": true, "bloke": true, "chap": true, "lad": true, "kid": true, "baby": true,
	"friend": true, "son": true, "daughter": true, "brother": true, "sister": true, "cousin": true, "uncle": true,
	"aunt": true, "nephew": true, "niece": true, "husband": true, "wife": true, "partner": true, "colleague": true,
	"player": true, "student": true, "member": true, "pseudonym": true, "nickname": true, "alias": true, "handle": true,
}

// calledAsThing tells how the words before the name that starts at token
// from name it: "a" or "an", at most two lower-case words and a noun, then
// "called", "named" or "dubbed". It is calledProduct when the noun is one
// for a product (productNounAt), calledPerson for a noun for people
// (titles, originnouns.txt, personNouns, personSuffix), calledThing for
// another noun, and calledNot when no such words stand before the name
// ("the company called Smith to say" is a call).
func calledAsThing(ts []Token, from int) int {
	v := from - 1
	if v < 2 || ts[v].Kind != Word || !namingVerbs[ts[v].Lower()] {
		return calledNot
	}
	n := v - 1
	a := n - 1
	for a >= 0 && n-a <= 3 && ts[a].Kind == Word && !ts[a].in(inFunction|inPrep|inCues|inPronoun) && (!ts[a].Cap || allUpper(ts[a].Text())) {
		a--
	}
	if a < 0 || ts[a].Lower() != "a" && ts[a].Lower() != "an" || ts[n].Kind != Word || ts[n].Cap && !allUpper(ts[n].Text()) || ts[n].in(inFunction|inPrep|inCues|inPronoun) {
		return calledNot
	}
	if productNounAt(ts, n, false) {
		return calledProduct
	}
	w, l := lex(), ts[n].Lower()
	if w.titles[l] || w.originNouns[l] || personNouns[l] || personSuffix(l) {
		return calledPerson
	}
	return calledThing
}

// maxProductGap is the most words between a name of one word and a noun
// for a product that productNear reads as about it.
const maxProductGap = 4

// productNear reports whether a noun for a product stands within
// maxProductGap words of name span m in its sentence: "an adapter for
// Tarvo, the test framework", "Lemmix support in the browser".
func productNear(ts []Token, m NameSpan) bool {
	sent := ts[m.From].Sent
	for k := max(0, m.From-maxProductGap); k < len(ts) && k < m.To+maxProductGap; k++ {
		if (k < m.From || k >= m.To) && ts[k].Sent == sent && productNounAt(ts, k, true) {
			return true
		}
	}
	return false
}

// modelCode reports whether a word of a name is a model's code: ASCII
// letters and digits, both ("S9", "B2G", "A53"; not "GÃ1" of a name's
// garbled letters).
func modelCode(w string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case '0' <= c && c <= '9':
			digits++
		case asciiLetter(c):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}

// versionAt reports whether token k is a version or a model number: a
// number with dots ("4.2", "4.1.1") that no percent sign follows, or a
// word of letters and then digits ("v2", "S9").
func versionAt(ts []Token, k int) bool {
	if k >= len(ts) {
		return false
	}
	t := ts[k].Text()
	switch ts[k].Kind {
	case Number:
		return strings.Contains(t, ".") && !strings.ContainsAny(t, ",:") && (k+1 >= len(ts) || !ts[k+1].Is("%"))
	case Word:
		d := strings.IndexAny(t, "0123456789")
		return d > 0 && len(t) <= 5 && modelCode(t) && strings.Trim(t[d:], "0123456789") == ""
	}
	return false
}

// smallNumberAt reports whether token k is a number of one or two digits
// that no dash, colon, slash or percent sign follows: a model's ("Tessary
// 8") or a score's ("Smith 2, Jones 1").
func smallNumberAt(ts []Token, k int) bool {
	if k >= len(ts) || ts[k].Kind != Number || len(ts[k].Text()) > 2 || strings.Trim(ts[k].Text(), "0123456789") != "" {
		return false
	}
	if k+1 < len(ts) {
		switch ts[k+1].Text() {
		case "-", "–", ":", "/", "%":
			return false
		}
	}
	return true
}

// objectVerbs are the verbs whose object is a program ("install
// Forvale", "downloaded Pelloton"); passiveVerbs the participles that say
// so after "is", "was" or "be" ("Forvale is installed"); programVerbs
// what a program does of itself ("Forvale loads", "boots").
var (
	objectVerbs = map[string]bool{
		"install": true, "installs": true, "installed": true, "installing": true,
		"uninstall": true, "uninstalls": true, "uninstalled": true, "uninstalling": true,
		"reinstall": true, "reinstalled": true, "download": true, "downloads": true, "downloaded": true, "downloading": true,
	}
	passiveVerbs = map[string]bool{
		"installed": true, "preinstalled": true, "pre-installed": true, "uninstalled": true, "reinstalled": true,
		"downloaded": true, "updated": true, "bundled": true, "launched": true,
	}
	programVerbs = map[string]bool{"boots": true, "reboots": true, "loads": true, "renders": true}
	// passiveAux are the words that may stand between a name and a passive
	// participle: "Forvale can now be installed".
	passiveAux = map[string]bool{
		"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true,
		"can": true, "could": true, "will": true, "would": true, "must": true, "should": true, "may": true, "now": true, "also": true, "already": true,
	}
	// objectEnds are the words after a verb that give it an object or a
	// direction, which a program's own verb does not take ("Smith loads
	// the truck", "crashed into").
	objectEnds = map[string]bool{
		"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true,
		"him": true, "them": true, "me": true, "us": true, "into": true, "out": true, "through": true, "up": true, "off": true, "as": true,
	}
)

// usedAsProgram reports whether the words around name span m use it as a
// program: it is the object of "install" or "download" ("installed
// Forvale on my laptop", "download the Quillo"), the subject of a passive
// one ("Forvale is installed", "can now be downloaded", "was launched";
// not "installed as archbishop", "launched into", "was updated on the
// talks"), or loads, boots or renders with no object.
func usedAsProgram(ts []Token, m NameSpan) bool {
	after := func(k int) bool { return k >= len(ts) || !objectEnds[ts[k].Lower()] }
	v := m.From - 1
	if v >= 0 && ts[v].Kind == Word && (ts[v].in(inDeterminer) || ts[v].Lower() == "a" || ts[v].Lower() == "an") {
		v--
	}
	if v >= 0 && ts[v].Kind == Word && objectVerbs[ts[v].Lower()] && after(m.To) {
		return true
	}
	k := m.To
	if k < len(ts) && programVerbs[ts[k].Lower()] && after(k+1) {
		return true
	}
	for k < len(ts) && ts[k].Kind == Word && passiveAux[ts[k].Lower()] {
		k++
	}
	if k == m.To || k >= len(ts) || !beForms[ts[k-1].Lower()] || ts[k].Kind != Word || !passiveVerbs[ts[k].Lower()] {
		return false // "had installed cameras" is no passive
	}
	return after(k+1) && (k+1 >= len(ts) || ts[k+1].Lower() != "on" && ts[k+1].Lower() != "about")
}

// beForms are the forms of "be" that make a participle after them passive.
var beForms = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true}

// crashedAt reports whether token k says the name before it crashed, with
// no object or direction ("Forvale crashed twice"; not "crashed his car",
// "crashed into").
func crashedAt(ts []Token, k int) bool {
	switch ts[k].Lower() {
	case "crashed", "crashes", "crashing":
		return k+1 >= len(ts) || !objectEnds[ts[k+1].Lower()]
	}
	return false
}

// roleHead returns the tokens of a role and the index of its head noun:
// the last word before a function word or a preposition ("chief executive
// of Acme", "Harrow's internet software"), or -1.
func roleHead(role string) ([]Token, int) {
	if role == "" {
		return nil, -1
	}
	ts := NewDoc([]string{role}).Paras[0].Toks
	head := -1
	for k := range ts {
		if ts[k].Kind != Word || ts[k].in(inFunction|inPrep) && k > 0 {
			break
		}
		head = k
	}
	return ts, head
}

// productRole reports whether a noun for a product heads a role:
// "Harrow's internet software", "free online radio app".
func productRole(role string) bool {
	ts, head := roleHead(role)
	return head >= 0 && productNounAt(ts, head, false)
}

// humanRole reports whether a role is a person's: a title, a noun for
// people (originnouns.txt, personNouns) or a lower-case word in "-er",
// "-or", "-ist" or "-ian" (personSuffix) heads it, that is no noun for a
// product ("chief executive", "Evolution user"; not "free online radio
// app", "Debian").
func humanRole(role string) bool {
	ts, head := roleHead(role)
	if head < 0 || productNounAt(ts, head, false) {
		return false
	}
	w, l := lex(), ts[head].Lower()
	return w.titles[l] || w.titles[strings.TrimSuffix(l, "s")] || w.originNouns[l] || personNouns[l] || !ts[head].Cap && personSuffix(l)
}

// personSuffix reports whether a lower-case noun ends as many nouns for
// people do: "-er", "-or", "-ist", "-ian" ("developer", "editor",
// "scientist", "historian").
func personSuffix(l string) bool {
	for _, s := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}

// maxListItems bounds the names of a list read for its noun.
const maxListItems = 12

// listItemEnd returns the end of the name of a list that starts at token
// k: one to four words, each holding a capital ("openSUSE"), or k when
// none starts there.
func listItemEnd(ts []Token, k int) int {
	j := k
	for j < len(ts) && j-k < 4 && ts[j].Kind == Word && strings.ToLower(ts[j].Text()) != ts[j].Text() {
		j++
	}
	return j
}

// listNounAt reports whether token k is a noun that sums up a list of
// things: a noun for products (productNounAt) or one of products.txt's
// "list" ("technologies", "games").
func listNounAt(ts []Token, k int) bool {
	return productNounAt(ts, k, false) || k >= 0 && k < len(ts) && ts[k].Kind == Word && !ts[k].Cap && lex().thingLists[ts[k].Lower()]
}

// listQuantifiers may stand between "and" and "other" at a list's end:
// "and dozens of other services".
var listQuantifiers = map[string]bool{"several": true, "many": true, "some": true, "various": true, "numerous": true, "dozens": true, "hundreds": true, "thousands": true, "of": true, "a": true, "few": true}

// listedAsProducts reports whether name span m stands in a list of names
// that a noun for things sums up (listNounAt): one that ends with "and
// other" and the noun ("packages for Tarvo, Lemmix, openQuarry, and
// several other distributions"), or that follows the noun and "such as",
// "like" or "including" ("browsers such as Quillo, Dranik and Vell").
func listedAsProducts(ts []Token, m NameSpan) bool {
	// to the right, to "and other …"
	k := m.To
	for n := 0; k < len(ts) && n < maxListItems; n++ {
		if ts[k].Is(",") {
			k++
		}
		if k < len(ts) && (ts[k].Lower() == "and" || ts[k].Lower() == "or") {
			j := k + 1
			for j < len(ts) && j < k+4 && listQuantifiers[ts[j].Lower()] {
				j++
			}
			if j >= len(ts) || ts[j].Lower() != "other" {
				break
			}
			for j++; j < len(ts) && j <= k+8 && ts[j].Kind == Word && !ts[j].in(inFunction|inPrep); j++ {
				if listNounAt(ts, j) && endsNounPhrase(ts, j) {
					return true
				}
			}
			return false
		}
		e := listItemEnd(ts, k)
		if e == k {
			break
		}
		k = e
	}
	// to the left, to "… such as"
	k = m.From - 1
	for n := 0; k >= 1 && n < maxListItems; n++ {
		switch l := ts[k].Lower(); {
		case l == "as" && ts[k-1].Lower() == "such":
			return listNounAt(ts, k-2)
		case l == "like" || l == "including":
			return listNounAt(ts, k-1)
		case ts[k].Is(",") || l == "and" || l == "or":
			k--
			continue
		}
		j := k
		for j >= 0 && k-j < 4 && ts[j].Kind == Word && strings.ToLower(ts[j].Text()) != ts[j].Text() {
			j--
		}
		if j == k {
			return false
		}
		k = j
	}
	return false
}

// bracketedAfterProduct reports whether name span m stands alone in
// brackets right after a noun for a product: "an HTML editor (Tarrow
// Composer)".
func bracketedAfterProduct(ts []Token, m NameSpan) bool {
	return m.From >= 2 && ts[m.From-1].Is("(") && m.To < len(ts) && ts[m.To].Is(")") && productNounAt(ts, m.From-2, false)
}

// pronounNext reports whether the next personal pronoun after name span m,
// in its sentence or the next one, is "he", "she", "him" or "her" with no
// other name between: "Drummond leads the project. He said ...".
func (an *analysis) pronounNext(m NameSpan) bool {
	ts := an.doc.Paras[m.Para].Toks
	sent := ts[m.From].Sent
	for k := m.To; k < len(ts) && ts[k].Sent <= sent+1; k++ {
		if ts[k].Kind != Word {
			continue
		}
		if personalPronouns[ts[k].Lower()] {
			return true
		}
		if ts[k].Lower() == "it" || ts[k].Lower() == "its" || an.mentions.covers(m.Para, k) {
			return false
		}
	}
	return false
}
