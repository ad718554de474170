package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/briefing/extract"
)

var (
	bylinePrefixes = lexiconLines("bylines.txt")
	bylineRoles    = lexiconSet("byline_roles.txt")

	// bylineParens are asides in a byline: "(reporting)", "(photography)".
	bylineParens = lazyCompile(`\s*\([^()]*\)`)
	// bylineWith is an aside that may name more authors: "(with John
	// Roe)", "(avec Damien Leloup et Morgane Tual)"; they are taken when
	// the learned name tagger reads them as people's names alone.
	bylineWith = lazyCompile(`\s*\((?:with|avec|mit|con|com)\s+(\p{Lu}[^()]*)\)`)
	// bylineTail starts what follows the names: a dash, bar or slash
	// before a date or outlet, a bullet or bar even without spaces
	// ("Harbour Council•15 January 2020"), a slash before a date ("Jane
	// Roe/June 12, 2020"), a photo's credit ("Foto: © Agency"), a handle, a lower-case "for/in/en/at/from/on"
	// or "with" phrase ("with reporting from …"), or a date or time after
	// "ON" or "AT" in capitals ("POSTED BY JANE DOE ON MARCH 3"; "KIM IN
	// SOO" is a name), or the day's number after "on" in German, French,
	// Spanish, Italian or Portuguese ("Von Jana Roth am 21. April 2020",
	// "Par Jean Roux le 3 mars").
	bylineTail = lazyCompile(`\s+(?:[—–|·•/»]|-{1,2})\s|\s*[·•|]|/\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)|\s(?:Foto|Fotos|Photo|Photos|Bild|Bilder):|\swith\s+\p{Ll}|\s?@|\s(?:for|in|en|at|from|on|updated|published|posted)\s|\s(?:For|FOR)\s|\sON\s+(?:\d|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|MON|TUE|WED|THU|FRI|SAT|SUN)|\sAT\s+\d|\s(?i:am|le|el|il|em)\s+\d|\s(?:Updated|Published|Posted)\b|,?\s(?:avec|with|mit|con|com)\s+(?:AFP|AP|Reuters|dpa|EFE|ANSA|Lusa|Belga|agences?|agencias?)(?:\s|,|$)|\s(?:Publié|Publiée|Mis à jour|Publicado|Actualizado|Atualizado|Veröffentlicht|Aktualisiert|Pubblicato|Aggiornato)(?:\s|:|$)|\n`)
	// bylineTrailingDate is a month or weekday left at the end once the
	// numbers of a date are cut off ("MOHNEY March").
	bylineTrailingDate = lazyCompile(`(?i)(?:(?:^|\s+)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\.?,?)+\s*$`)
	// jointCredit opens a byline that credits the writer with the photos
	// too: "Text och foto:", "Tekst og foto:", "Texto y fotos:", "Words and
	// pictures by", "Story and photos by", "Fotos e texto:".
	jointCredit = lazyCompile(`(?i)^(?:(?:text|texte|texto|tekst|words|story)\s+(?:and|und|och|og|et|y|e|&)\s+(?:photos?|fotos?|pictures?|photographs?|photography|bilder?|billeder|images?|interview)|(?:photos?|fotos?|pictures?|bilder?|interview)\s+(?:and|und|och|og|et|y|e|&)\s+(?:text|texte|texto|tekst|words))\s*(?::\s*|by\s+)`)
	// pieceByline opens a byline that names the kind of piece first: "Eine
	// Kolumne von Nils Pickert", "Ein Gastbeitrag von …", "Ein Artikel von …", "An essay by
	// Jane Roe", "Analysis by …", "Un article de …", "Texto de …",
	// "Aufgezeichnet von …".
	pieceByline = lazyCompile(`(?i)^(?:(?:ein|eine|a|an|un|una|une)\s+)?(?:kolumne|kommentar|gastkommentar|gastbeitrag|beitrag|artikel|analyse|essay|rezension|kritik|reportage|interview|column|commentary|analysis|review|opinion|guest post|columna|análisis|chronique|tribune|article|reportagem|reportaje|texto|artigo|crónica|crônica|aufgezeichnet)\s+(?:von|by|de|par)\s+`)
	// authorSeparators join the names of a byline's authors ("Jane Doe
	// with John Roe" too; the Scandinavian "och", "og": "Av Erik Lindqvist
	// och Amira Haddad"; the Indonesian and Malay "dan": "Oleh Andi
	// Saputra dan Rina Wijaya").
	authorSeparators = lazyCompile(`\s+(?:(?i:and|et|und)|y|e|och|og|dan|&|with)\s+|\s*;\s*`)
)

// nameParticles are the lower-case words a name may hold.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "der": true, "van": true, "von": true,
	"le": true, "la": true, "du": true, "dos": true, "das": true, "bin": true, "al": true,
	"ter": true, "den": true, "ibn": true, "di": true, "el": true, "y": true,
}

// maxBylineWords bounds the length of a byline line.
const maxBylineWords = 40

// parseByline reports whether a line is a byline ("By A, B and C", "Par A et
// B", "BY JANE DOE", "by A @handle February 1, 2016", a paper's "WRITER:
// Jane Doe" in capitals; "Writer:" in mixed case names a film's writer in
// a review's box) and returns its authors.
func parseByline(line string) ([]string, bool) {
	s := strings.TrimLeft(collapseSpace(line), "*_-–—•·/ ")
	if wordCount(s) > maxBylineWords {
		return nil, false
	}
	s = unglueBy(s)
	if i := strings.Index(s, " :"); i > 0 && i < maxLabelColon {
		s = s[:i] + s[i+1:] // French spacing: "Texte : Jane Doe"
	}
	if loc := jointCredit.FindStringIndex(s); loc != nil {
		s = "By " + s[loc[1]:] // "Tekst og foto: Kari Nordmann", "Words and pictures by Fiona MacLeod"
	}
	if loc := pieceByline.FindStringIndex(s); loc != nil {
		s = "By " + s[loc[1]:] // "Eine Kolumne von Nils Pickert", "An essay by Jane Roe"
	}
	if rest, ok := bylineAfterDatePart(s); ok {
		s = rest // "Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann"
	}
	if rest, ok := strings.CutPrefix(s, "WRITER:"); ok {
		s = "By " + strings.TrimSpace(rest)
	}
	if withoutDutchBy(s) != s {
		// "Door Sanne de Waard": names alone after the Dutch "by", which
		// bylinePrefixes leaves out ("Door to door sales rose", "Door
		// County Man Arrested").
		if names, ok := namesAlone(s, ""); ok {
			return names, true
		}
		rest := withoutDutchBy(s)
		if names, tail := leadingNames(bylineNamesPart(rest)); len(names) > 0 && tail == "" && extract.PersonLine(rest) {
			return names, true // names the learned tagger reads as people's: "Door Hazel Sheffield"
		}
		if names, tail := leadingNames(cutBylineTail(rest)); len(names) > 0 && tail == "" && bylineTail.MatchString(rest) && extract.PersonLine(strings.Join(names, " en ")) {
			return names, true // the same before the date: "Door Hazel Sheffield · 4 maart 2024"
		}
	}
	for _, p := range bylinePrefixes {
		if len(s) <= len(p)+1 || !strings.EqualFold(s[:len(p)], p) || (s[len(p)] != ' ' && s[len(p)] != ':') {
			continue
		}
		if s[len(p)] == ':' && labelledOnlyBare[strings.ToLower(p)] {
			return nil, false // "Penulis: Andrea Hirata" in a book's box
		}
		rest := strings.TrimLeft(s[len(p):], ": ")
		names := splitAuthors(rest)
		if len(names) == 1 && !strings.Contains(names[0], " ") && s[len(p)] == ' ' && prefixMayBeName(p) && unicode.IsUpper(firstRune(s)) &&
			!isOutletAcronym(names[0]) && !isWireAgency(names[0]) {
			return nil, false // a name, not "by" and a surname: "Oleh Marchenko", "Di Maio" (but "Por EFE", "Par AFP": an agency)
		}
		if len(names) > 0 {
			return names, true
		}
		return nil, false
	}
	return nil, false
}

// maxLabelColon bounds where the colon after a byline's label stands
// ("Texte :", "Propos recueillis par :").
const maxLabelColon = 24

// prefixMayBeName reports whether a byline's prefix is also a part of a
// name, a given name or a particle ("Oleh Marchenko", "Di Maio", "Von
// Trier"), so that over one word it may open a name; "Par" and "Por" open
// none ("Par Ouest-France" credits the paper).
func prefixMayBeName(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	return nameParticles[l] || isGivenName(l)
}

// labelledOnlyBare are the byline prefixes that lead a byline only
// without a colon: with one they label a field of a box ("Penulis:
// Andrea Hirata" is a book's writer, "Penulis Dimas Nugroho" the
// article's).
var labelledOnlyBare = map[string]bool{"penulis": true}

// unglueBy sets a space after a "By" that a copy ran into the name it
// stands before, the two set apart on the page by its layout alone:
// "ByDaniela Whitaker" ("Byron", in lower case after its "By", is a name),
// and a comma before a role run into the name (gluedRole).
func unglueBy(s string) string {
	s = gluedRole.ReplaceAllString(s, "$1, $2")
	if len(s) > 3 && (s[:2] == "By" || s[:2] == "BY") && s[2] >= 'A' && s[2] <= 'Z' && (s[:2] == "By" || s[3] >= 'a' && s[3] <= 'z') {
		return s[:2] + " " + s[2:]
	}
	return s
}

// gluedRole is a writer's role glued to the name before it, as a copy
// joins two elements: "Evan HalperStaff Writer".
var gluedRole = lazyCompile(`(\p{Ll})((?:Staff|Senior|Contributing|Special) (?:Writer|Reporter|Correspondent|Editor)|Contributor|Correspondent)\b`)

// authorsFromByline reads the authors of a byline taken from metadata, with
// or without its "By".
func authorsFromByline(byline string) []string {
	if names, ok := parseByline(byline); ok {
		return names
	}
	return splitAuthors(tidy(byline))
}

// splitAuthors splits the names part of a byline into authors: on ", "
// only while the parts look like names (a comma may introduce a role), and
// on " and ", " y ", " et ", " & ". Dates, handles, roles and asides that
// follow the names are dropped; all-caps names are capitalised.
func splitAuthors(s string) []string {
	if names := namesWithOutlets(s); len(names) > 0 {
		return names
	}
	s = cutBylineTail(s)
	var out []string
	seen := map[string]bool{}
	for i, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if l := strings.ToLower(part); strings.HasPrefix(l, "and ") || strings.HasPrefix(l, "& ") {
			part = strings.TrimSpace(part[strings.Index(part, " "):])
		}
		if part == "" {
			if i == 0 {
				return nil
			}
			break
		}
		if i > 0 && (isOutletAcronym(part) || strings.HasPrefix(part, "The ") || !strings.Contains(part, " ") || isRoleWord(strings.Fields(part)[0]) || acronymCompound(part)) {
			// The outlet after the names ("By Jane Doe, CNN", ", The
			// Washington Post"), a degree (", PhD": a name has two words),
			// a degree before the outlet (", MA WebMD Health News") or the
			// outlet's desk (", ARD-Studio Berlin").
			break
		}
		names := splitCompoundSurnames(part)
		for k, n := range names {
			names[k] = withoutFollowButton(n)
		}
		good := true
		for _, n := range names {
			if !looksLikeName(n) {
				good = false
				break
			}
		}
		if !good && i == 0 && !strings.Contains(s, ",") && len(names) == 1 && hasNameShape(part) {
			// A byline that credits only an outlet or a desk: "By BBC News".
			return []string{normaliseName(part)}
		}
		if !good {
			rest := strings.Join(strings.Split(s, ",")[i:], ",")
			if i > 0 && namesRole(rest) {
				break // "By Jane Doe, a deputy editor and author of …"
			}
			if i == 0 || lowerWords(rest) > 3 {
				// Not a byline but a sentence that opens with "By".
				return nil
			}
			break
		}
		for _, n := range names {
			n = normaliseName(n)
			if !seen[strings.ToLower(n)] {
				seen[strings.ToLower(n)] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// acronymCompound reports whether a part of a byline opens with an
// outlet's acronym joined to a word ("ARD-Studio Berlin",
// "ZDF-Korrespondentin"): a desk or a role, where a name's hyphen joins
// two names ("Jean-Pierre", "Anne-Marie").
func acronymCompound(part string) bool {
	first, _, _ := strings.Cut(part, " ")
	acronym, _, ok := strings.Cut(first, "-")
	return ok && isOutletAcronym(acronym)
}

// withoutFollowButton is a writer's name without the "Follow" button a
// page sets right after it: "Eleanor Vance Follow" in "By Eleanor Vance
// Follow and Raj Patel Follow".
func withoutFollowButton(n string) string {
	f := strings.Fields(n)
	if len(f) > 2 {
		if last := strings.ToLower(f[len(f)-1]); last == "follow" || followWords[last] {
			return strings.Join(f[:len(f)-1], " ")
		}
	}
	return n
}

// splitCompoundSurnames splits a part of a byline into its names on the
// authorSeparators, but a single word after "e" or "y" is the end of an
// Iberian compound surname, not a second writer: "Ana Rita Sousa e Silva",
// "Lucía Ortega y Gasset" (a writer's name has two words or more).
func splitCompoundSurnames(part string) []string {
	seps := authorSeparators.FindAllStringIndex(part, -1)
	var names []string
	from := 0
	for k, sep := range seps {
		end := len(part)
		if k+1 < len(seps) {
			end = seps[k+1][0]
		}
		joiner := strings.TrimSpace(part[sep[0]:sep[1]])
		if next := strings.TrimSpace(part[sep[1]:end]); (joiner == "e" || joiner == "y") && next != "" && !strings.Contains(next, " ") && unicode.IsUpper(firstRune(next)) &&
			!isOutletAcronym(next) && !isWireAgency(next) { // (not "Ana López y EFE")
			continue // the separator is inside the surname
		}
		names = append(names, part[from:sep[0]])
		from = sep[1]
	}
	return append(names, part[from:])
}

// namesWithOutlets reads the names of a byline whose authors each come
// with their outlet, joined by ", and ": "Laura Bennett, The Tulsa
// Sentinel, and Marco Ruiz, ProPublica". It returns nil for any other
// byline.
func namesWithOutlets(s string) []string {
	if !strings.Contains(s, ", and ") {
		return nil
	}
	var out []string
	for _, c := range strings.Split(s, ", and ") {
		name, outlet, ok := strings.Cut(c, ",")
		name, outlet = strings.TrimSpace(name), strings.TrimSpace(outlet)
		if !ok || !namesAnOutlet(outlet) || !strings.Contains(name, " ") || !looksLikeName(name) {
			return nil
		}
		out = append(out, normaliseName(name))
	}
	return out
}

// outletWords end the names of news outlets: "The Harbour Courier",
// "Tide News".
var outletWords = []string{"news", "times", "post", "press", "herald", "journal", "tribune", "courier", "gazette", "telegraph",
	"guardian", "chronicle", "magazine", "media", "radio", "sentinel", "observer", "star", "globe", "mail", "express", "daily",
	"weekly", "review", "report", "network", "agency", "standard", "independent", "record", "register", "bulletin"}

// namesAnOutlet reports whether a part of a byline after a name names the
// outlet the author writes for: one word ("ProPublica"), "The …", a news
// agency, or a name ending in an outlet's word ("Tide News"), and no more
// commas. A second author's name ("Piet Vos") is none.
func namesAnOutlet(s string) bool {
	if s == "" || strings.Contains(s, ",") {
		return false
	}
	f := strings.Fields(s)
	return len(f) == 1 || f[0] == "The" || isWireAgency(s) || wordIn(strings.ToLower(f[len(f)-1]), outletWords)
}

// cutBylineTail removes asides, dates, handles and what follows a dash or
// bar from the names part of a byline.
func cutBylineTail(s string) string {
	if i := strings.IndexByte(s, ';'); i >= 0 && creditsOthers(s[i+1:]) {
		s = s[:i] // "Reporting by Jane Doe; Editing by John Roe"
	}
	if i := strings.Index(s, ". "); i >= 0 && creditsOthers(s[i+2:]) {
		s = s[:i] // "Story by Jane Doe. Photos by John Roe."
	}
	s = bylineWith.ReplaceAllStringFunc(s, func(aside string) string {
		if m := bylineWith.FindStringSubmatch(aside); m != nil && extract.PersonLine(m[1]) {
			return " and " + m[1] // "(avec Damien Leloup et Morgane Tual)"
		}
		return aside // "(mit Material von dpa)": removed with the asides below
	})
	for strings.IndexByte(s, '(') >= 0 {
		// (nested ones from the inside out: "(Vernois-le-Haut (Jura),
		// envoyée spéciale)")
		t := bylineParens.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	if loc := bylineTail.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	if i := strings.IndexFunc(s, unicode.IsDigit); i >= 0 {
		s = s[:i]
		s = bylineTrailingDate.ReplaceAllString(s, "")
	}
	return cutAtRole(cutAfterCapitals(strings.Trim(collapseSpace(s), " ,;:-–—|")))
}

// cutAfterCapitals cuts what follows a name in capitals when the words
// after it are not: "JANE DOE Harbour Times Staff Writer" is the name
// "JANE DOE" and the outlet's staff ("JANE DOE, John Roe and …" goes on
// with more names after its comma).
func cutAfterCapitals(s string) string {
	f := strings.Fields(s)
	caps := 0
	for _, w := range f {
		if letterCount(w) < 2 || strings.ToUpper(w) != w {
			break // (an initial is no name in capitals: "J. K. Rowling")
		}
		caps++
	}
	if caps >= 2 && caps < len(f) && !strings.HasSuffix(f[caps-1], ",") && unicode.IsUpper(firstRune(f[caps])) && strings.ToUpper(f[caps]) != f[caps] {
		return strings.Join(f[:caps], " ")
	}
	return s
}

// cutAtRole cuts a role (or a contact link) written straight after a
// name, without a comma, from the names part of a byline: "Jane Doe Staff
// Writer", "Jane Doe Contributor", "Jane Doe Twitter". Only a capitalised
// word after two words of a name counts.
func cutAtRole(s string) string {
	if strings.Count(s, " ") < 2 || strings.HasPrefix(s, "The ") || strings.HasPrefix(s, "Our ") {
		return s // a name of two words, an outlet ("The Associated Press") or a desk ("Our Foreign Staff")
	}
	prev, n := "", 0 // the word before, and how many words came before
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		w := s[i : i+j]
		if n >= 2 && unicode.IsUpper(firstRune(w)) && prev != "and" && prev != "&" && (isRoleWord(strings.Trim(w, ".,;:")) || isContactWord(w)) {
			return strings.TrimRight(s[:i], " ")
		}
		if n >= 2 && unicode.IsUpper(firstRune(w)) && !isRoleWord(w) && prev != "and" && prev != "&" {
			// A beat before a role in lower case: "Helen Ashby
			// Environment correspondent".
			if next, _, _ := strings.Cut(s[min(i+j+1, len(s)):], " "); next != "" && unicode.IsLower(firstRune(next)) && isRoleWord(strings.Trim(next, ".,;:")) {
				return strings.TrimRight(s[:i], " ")
			}
		}
		prev, n = w, n+1
		i += j + 1
	}
	return s
}

// contactWords are the links an author's byline carries after the name:
// "By Jane Doe Twitter Email".
var contactWords = []string{"twitter", "facebook", "instagram", "linkedin", "email", "e-mail", "rss", "bio"}

// isContactWord reports whether w is one of the contactWords, in any case.
func isContactWord(w string) bool {
	w = strings.Trim(w, ".,;:")
	for _, c := range contactWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// isRoleWord reports whether w, in any case, is one of the byline roles
// (see byline_roles.txt), without allocating for the lower-case form.
func isRoleWord(w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false // no role is this long
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return bylineRoles[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return bylineRoles[string(buf[:len(w)])]
}

// creditsOthers reports whether what follows a semicolon or a sentence's
// end in a byline credits the editing, the photos or other help: "Editing
// by …", "additional reporting by …", "Photos by …".
func creditsOthers(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"editing", "edited", "additional reporting", "writing", "compiled", "photo", "illustration", "video", "graphics", "design", "images"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// looksLikeName reports whether s can be a person's name: one to five
// words, capitalised (name particles aside), no digits, no role words.
func looksLikeName(s string) bool {
	for _, w := range strings.Fields(s) {
		if bylineRoles[strings.ToLower(strings.Trim(w, ".,'’"))] {
			return false
		}
	}
	return hasNameShape(s)
}

// hasNameShape reports whether s is shaped like a name: one to five
// capitalised words (name particles aside) of letters, without digits.
func hasNameShape(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	capital := 0
	for k, w := range words {
		bare := strings.ToLower(strings.Trim(w, ".,'’"))
		if w == "e" && capital >= 2 && k == len(words)-2 {
			continue // the "e" of a Portuguese compound surname: "Ana Rita Sousa e Silva"
		}
		for _, r := range w {
			if unicode.IsDigit(r) || (!unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r)) {
				return false
			}
		}
		switch r := firstRune(w); {
		case unicode.IsUpper(r):
			capital++
		case nameParticles[bare] || particleJoined(w):
		default:
			return false
		}
	}
	return capital > 0 && unicode.IsUpper(firstRune(words[0]))
}

// particleJoined reports whether w is a name particle joined to a
// capitalised name: "al-Sayed", "d'Angelo", "el-Sisi".
func particleJoined(w string) bool {
	i := strings.IndexAny(w, "-'’")
	if i <= 0 {
		return false
	}
	p, rest := strings.ToLower(w[:i]), w[i:]
	rest = strings.TrimLeft(rest, "-'’")
	return (nameParticles[p] || p == "d" || p == "l") && unicode.IsUpper(firstRune(rest))
}

// normaliseName capitalises an all-caps name ("GILLIAN MOHNEY" -> "Gillian
// Mohney"), collapses its spaces and drops a full stop after its last
// word ("Yann Le Goff." as a French site ends its byline), though not
// after an initial or a suffix ("Jane Doe Jr.").
func normaliseName(n string) string {
	n = collapseSpace(n)
	if last := n[strings.LastIndexByte(n, ' ')+1:]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 3 && !strings.Contains(last[:len(last)-1], ".") {
		n = n[:len(n)-1]
	}
	words := strings.Fields(n)
	if !isAllCaps(n) {
		// A surname in capitals after a given name that is not, as French
		// sites write it: "Lena MARSH".
		if len(words) < 2 || isAllCaps(words[0]) || !isAllCaps(words[len(words)-1]) || len([]rune(words[len(words)-1])) < 3 {
			return n
		}
	}
	if len(words) == 1 && isWireAgency(n) {
		return n // an agency's name in capitals: "AFP"
	}
	for i, w := range words {
		if len([]rune(w)) > 1 && !strings.Contains(w, ".") && isAllCaps(w) {
			words[i] = titleCaseWord(w)
		}
	}
	return strings.Join(words, " ")
}

// lowerWords counts the words of s that start with a lower-case letter and
// are not name particles: many of them make a sentence, not a list of names.
func lowerWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if unicode.IsLower(firstRune(w)) && !nameParticles[w] && w != "and" {
			n++
		}
	}
	return n
}

// namesRole reports whether the words after a byline's names say what the
// author is: a role word among the first four ("a deputy editor", "Staff
// Writer", "senior reporter for …").
func namesRole(rest string) bool {
	for i, w := range strings.Fields(rest) {
		if i >= 4 {
			break
		}
		if bylineRoles[strings.ToLower(strings.Trim(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// authorOverDate reports whether a line is the byline said again without
// "By": one of the authors the briefing already has, then only a date, a
// time or counts ("Jane Doe March 9, 2017 13", a blog's name, date and
// number of comments), with at least a digit after the name.
func authorOverDate(t string, authors []string) bool {
	t = collapseSpace(t)
	for _, a := range authors {
		if len(t) <= len(a) || !strings.EqualFold(t[:len(a)], a) || t[len(a)] != ' ' {
			continue
		}
		rest := t[len(a):]
		if strings.IndexFunc(rest, unicode.IsDigit) >= 0 && otherThanDateWords(rest) == 0 {
			return true
		}
	}
	return false
}

// bylineAfterDatePart returns the byline that follows a date at a line's start,
// set off by a comma or a bar ("Dienstag, 13. Mai 2014, von Dr. Sebastian
// Brüggemann", "12.01.2022 | By Jane Roe"), or false.
func bylineAfterDatePart(s string) (string, bool) {
	if !startsWithDate(s) {
		return "", false
	}
	for _, sep := range []string{", ", " | ", " - ", " – "} {
		for i := strings.Index(s, sep); i >= 0; {
			date, rest := s[:i], strings.TrimSpace(s[i+len(sep):])
			if otherThanDateWords(date) == 0 && isDateLine(date, wordCount(date)) && rest != "" {
				return rest, true
			}
			j := strings.Index(s[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	return "", false
}
