package briefing

import (
	"strings"
	"unicode"
)

// englishWords are the commonest words of English prose. In an English
// article they make up a third of the words or more; in French, German,
// Spanish or Finnish almost none of them occur.
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "a": true, "in": true, "is": true, "that": true, "for": true,
	"on": true, "with": true, "was": true, "as": true, "it": true, "by": true, "at": true, "from": true, "he": true,
	"she": true, "said": true, "his": true, "her": true, "are": true, "be": true, "have": true, "has": true, "this": true,
	"an": true, "were": true, "not": true, "but": true, "or": true, "they": true, "who": true, "which": true, "their": true,
	"its": true, "will": true, "would": true, "been": true, "had": true, "more": true, "than": true, "about": true,
}

// otherWords are the commonest short words of the other languages brief
// meets in pastes (French, Spanish, Portuguese, Italian, German, Dutch,
// the Scandinavian languages, Finnish, Polish, Czech, Turkish,
// Indonesian) that English does not use: in English news they make up
// 0.03 of the words at the most, in those languages 0.08 or more.
var otherWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`le la les des est et une du dans pour qui que sur pas avec au aux ce il elle sont ont
		el los las del y en por una con para se es al lo su más pero
		os do da dos das em um uma não com é ao
		di che della nel alla per non sono gli
		der das und ist nicht mit von zu den dem des sich auf ein eine für
		de het een van niet voor zijn
		och att det som för på är av med og er ikke af til
		ja ei että kun oli ovat mutta myös hän tai kuin mukaan vuonna
		się nie że jest na
		je že se
		ve bir bu için ile
		yang dan di ini itu dengan untuk dari tidak`) {
		otherWords[w] = true
	}
}

// Bounds of the test of a text's language (see inEnglish).
const (
	// maxLanguageWords is how many words, from the start, tell a text's
	// language: enough for any article, and a long text costs no more.
	maxLanguageWords = 3000
	// minLanguageWords is the fewest words that tell a text's language;
	// a shorter text is taken for English.
	minLanguageWords = 30
	// minOtherShare is the least share of otherWords that, above the
	// share of englishWords, makes a text another language's.
	minOtherShare = 0.05
	// minEnglishShare is the share of englishWords below which a text is
	// no English whatever its other words (a language otherWords misses).
	minEnglishShare = 0.03
)

// inEnglish reports whether the paragraphs are written in English: not
// when the commonest words of other languages (otherWords) make up
// minOtherShare of their words or more, and more than twice the commonest
// of English (englishWords) do (an English article may quote a long
// statement in French), nor when those English words are fewer than
// minEnglishShare. Results, line-ups and tables of names are English news
// short on English's common words (0.05 of them), but with none of other
// languages'. Over the 840 annotated English articles the share of
// englishWords is 0.13 at the least and that of otherWords 0.03 at the
// most; on the shared readability pages in French, Spanish, Portuguese,
// Czech and German, otherWords make up 0.08 to 0.35.
func inEnglish(paras []paraRef) bool {
	words, english, other := 0, 0, 0
	var buf [16]byte
	for _, p := range paras {
		for _, w := range strings.FieldsFunc(p.text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words++
			if len(w) > len(buf) {
				continue
			}
			k := asciiLower(buf[:0], w)
			if englishWords[string(k)] {
				english++
			} else if otherWords[string(k)] {
				other++
			}
		}
		if words >= maxLanguageWords {
			break
		}
	}
	if words < minLanguageWords {
		return true
	}
	n := float64(words)
	return !(float64(other) >= minOtherShare*n && other > 2*english || float64(english) < minEnglishShare*n)
}

// asciiLower appends w to buf with its ASCII capitals in lower case.
func asciiLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
