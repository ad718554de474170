package extract

import "strings"

// Names of peoples. The tagger learned the names of peoples and
// nationalities as a kind of their own, and reads one it has not seen on
// its own as a person's ("His father was Kenyan", "called by Māori"), a
// place's ("some New Zealanders") or an organisation's. Such a name is
// none of them: the key facts leave it out, and no pronoun stands for it.

// demonymEndings are the endings that make the name of a people from the
// name of a place, with how the place's name may end beyond the part they
// share: "Kenya" + "n", "Israel" + "i", "Japan" + "ese", "China" ->
// "Chinese", "Italy" -> "Italian", "Britain" -> "British", "London" +
// "er". An ending that surnames often have ("-er", "-i") takes the place's
// whole name, so that "Bremer" is no people of Bremen nor "Ghani" of
// Ghana.
var demonymEndings = []struct {
	end  string
	rest int // letters of the place's name past the shared part, at most
}{
	{"ian", 3}, {"an", 3}, {"n", 0}, {"ese", 1}, {"ish", 3}, {"i", 0}, {"er", 0},
}

// isDemonym reports whether name (a whole name, in any case) names a
// people or nationality: it is listed (demonyms.txt), made from a listed
// place with a demonym's ending ("Kenyan", "New Zealander", "Chinese"),
// or the plural in "s" of either ("Latinos", "New Zealanders"). The place
// must be one of several words or of four letters or more before the
// ending ("Texan" is listed), and the name is not the place's own
// ("Jordan").
func isDemonym(name string) bool {
	l := lower(strings.Join(strings.Fields(name), " "))
	if l == "" {
		return false
	}
	s, plural := strings.CutSuffix(l, "s")
	return demonymWord(l) || plural && demonymWord(s)
}

// demonymWord is isDemonym without the plural.
func demonymWord(l string) bool {
	w := lex()
	if w.demonyms[l] {
		return true
	}
	if w.places[l] {
		return false
	}
	for _, e := range demonymEndings {
		stem, ok := strings.CutSuffix(l, e.end)
		if !ok || len([]rune(stem)) < 4 {
			continue
		}
		if w.places[stem] {
			return true
		}
		for _, p := range w.placesFrom(stem) {
			if n := len([]rune(p)) - len([]rune(stem)); n > 0 && n <= e.rest {
				return true
			}
		}
	}
	return false
}

// isInterjection reports whether name is one word that is an interjection
// ("Ahh, if only ..."): listed (interjections.txt), or holding one letter
// three times running ("Sooo") or ending in "hh".
func isInterjection(name string) bool {
	l := lower(name)
	if l == "" || strings.ContainsAny(l, " .-'") || allUpper(name) {
		return false // "KKK" is a name
	}
	if lex().interjections[l] || strings.HasSuffix(l, "hh") {
		return true
	}
	r := []rune(l)
	for i := 2; i < len(r); i++ {
		if r[i] == r[i-1] && r[i] == r[i-2] {
			return true
		}
	}
	return false
}

// namesNoOne reports whether a name is that of a people (isDemonym) or an
// interjection (isInterjection): no person, place or organisation.
func namesNoOne(name string) bool { return isDemonym(name) || isInterjection(name) }
