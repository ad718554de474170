package extract

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"brief/briefing/lexicon"
)

// Kind is what a token is.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota // letters, digits and the joiners inside a word: "U.S.", "don't", "Jean-Claude"
	Number             // digits with their separators: "1,000.5"
	Punct              // one punctuation or symbol character
	Mark               // a double quotation mark: " “ ” „ « » ‹ › or a doubled apostrophe
)

// Token is one word, number, punctuation character or quotation mark of a
// paragraph: the paragraph's bytes [Start:End()].
type Token struct {
	Start int
	// Sent is the number of the sentence the token belongs to, counted
	// from 0 in its paragraph.
	Sent int
	Kind Kind
	// Cap is set when the token starts with an upper-case letter.
	Cap bool
	// Quoted is set for a token inside a quotation (marks excluded).
	Quoted bool
	// Opens and Closes tell a mark's part in its quotation.
	Opens, Closes bool
	// phraseCue is set on the word that stands for a reporting phrase of
	// several words, and tells on which side of it the speaker is
	// (speakerAfterPhrase, speakerBeforePhrase; see markCuePhrases).
	phraseCue uint8

	// form is what every stage asks of the word, its text included, worked
	// out once for each distinct word of a range of paragraphs (see NewDoc).
	form *wordForm
}

// Text is the token as the paragraph writes it.
func (t *Token) Text() string { return t.form.text }

// End is where the token ends in its paragraph.
func (t *Token) End() int { return t.Start + len(t.form.text) }

// Lower is the token's text in lower case, with a curly apostrophe made
// straight.
func (t *Token) Lower() string { return t.form.low }

// Shape is the token's form as letter and digit classes (see shape).
func (t *Token) Shape() string { return t.form.shape }

// lowerWord is s in lower case with a curly apostrophe made straight.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		}
	}
	return s
}

// Is reports whether the token is the punctuation s.
func (t *Token) Is(s string) bool { return t.Kind == Punct && t.form.text == s }

// Para is one paragraph of the body, read once: its tokens, sentences and
// quotations. Every later stage reads these, never the text again.
type Para struct {
	Text string
	Toks []Token
	// Quotes are the quotations of the paragraph in reading order.
	Quotes []Segment
}

// Doc is the body of a briefing as the analysis reads it.
type Doc struct {
	Paras []Para
	// german is set when the document reads as German: its commonest
	// small words are German ones more often than English or French ones.
	german bool
}

// NewDoc tokenises every paragraph once and finds its sentences and
// quotation marks.
func NewDoc(paras []string) *Doc {
	d := &Doc{Paras: make([]Para, len(paras))}
	singles := singleQuoted(paras)
	var mu sync.Mutex
	de, other := 0, 0 // small words of German and of English or French
	inRanges(len(paras), func(lo, hi int) {
		// a text has far fewer distinct words than words: each one's
		// forms are worked out once per range
		tz := newTokenizer()
		tz.singles = singles
		rde, rother := 0, 0
		for i := lo; i < hi; i++ {
			p := paras[i]
			toks := tz.tokenize(p)
			for k := range toks {
				switch toks[k].form.small {
				case smallGerman:
					rde++
				case smallOther:
					rother++
				}
			}
			quotes := pairMarks(p, toks)
			markSentences(toks)
			markCuePhrases(toks)
			d.Paras[i] = Para{Text: p, Toks: toks, Quotes: quotes}
		}
		mu.Lock()
		de, other = de+rde, other+rother
		mu.Unlock()
	})
	d.german = de > 10 && de > 2*other
	return d
}

// wordForm is what every stage asks of a word: its lower-case form and
// shape, their hashes for the models' features, and the word lists it is in.
type wordForm struct {
	text         string // as written
	low, shape   string
	hlow, hshape feature
	lists        listFlags
	small        smallWord
	// possessive is set for a possessive ending ("’s"), hyphen for a
	// word with a hyphen inside ("non-profit"), phraseStart for the first
	// word of a reporting phrase of several words ("according").
	possessive, hyphen, phraseStart bool
	// tagWord are the tagger's features of the word alone, in the order
	// nameFeatures gives them: the word, its shape, prefix and suffixes.
	tagWord [5]feature
}

// smallWord tells a common small word of German from one of English or
// French, which is how the language of a document is told.
type smallWord uint8

const (
	smallNone smallWord = iota
	smallGerman
	smallOther
)

// smallWordOf is the kind of small word low (in lower case) is.
func smallWordOf(low string) smallWord {
	switch low {
	case "der", "die", "das", "und", "nicht", "ist", "mit", "ein", "eine", "für", "auf", "sich":
		return smallGerman
	case "the", "and", "of", "is", "to", "le", "la", "les", "et", "est", "des", "un", "une":
		return smallOther
	}
	return smallNone
}

// formsOf works out the forms of the word w.
func formsOf(w string) *wordForm {
	f := &wordForm{text: w, low: lowerWord(w), shape: shape(w)}
	f.hlow, f.hshape = fnvOffset.str(f.low), fnvOffset.str(f.shape)
	f.lists = lex().flags(f.low)
	f.small = smallWordOf(f.low)
	f.possessive, f.hyphen = isPossessive(w), strings.Contains(w, "-")
	_, f.phraseStart = cuePhrasesByFirst()[f.low]
	f.tagWord = [5]feature{
		fW.with(f.hlow),
		fShape.with(f.hshape),
		fPre3.str(prefix(f.low, 3)),
		fSuf3.str(suffix(f.low, 3)),
		fSuf2.str(suffix(f.low, 2)),
	}
	return f
}

// tokenizer splits paragraphs into tokens and gives each its word's
// forms, worked out once for each distinct word it meets.
type tokenizer struct {
	forms map[string]*wordForm
	buf   []Token // the paragraph's tokens as they are found
	// singles makes ‘ and ’ quotation marks, for a text that quotes with
	// them (see singleQuoted).
	singles bool
}

func newTokenizer() *tokenizer { return &tokenizer{forms: map[string]*wordForm{}} }

// tokenize splits a paragraph into tokens.
func (tz *tokenizer) tokenize(p string) []Token {
	tz.buf = tz.buf[:0]
	scanTokensQuoting(p, tz.singles, func(start, end int, kind Kind, upper bool) {
		w := p[start:end]
		f, ok := tz.forms[w]
		if !ok {
			f = formsOf(w)
			tz.forms[w] = f
		}
		tz.buf = append(tz.buf, Token{Start: start, Kind: kind, Cap: upper, form: f})
	})
	return slices.Clone(tz.buf) // no room to spare: a long document holds millions
}

// tokenTexts is the text of each token of s.
func tokenTexts(s string) []string {
	var out []string
	scanTokens(s, func(start, end int, _ Kind, _ bool) { out = append(out, s[start:end]) })
	return out
}

// scanTokens finds the tokens of p in order and calls emit with each
// one's bytes [start:end], its kind and whether it starts with a capital.
func scanTokens(p string, emit func(start, end int, kind Kind, upper bool)) {
	scanTokensQuoting(p, false, emit)
}

// scanTokensQuoting is scanTokens, with single curly marks taken for
// quotation marks when singles is set: ‘ always, ’ when no letter follows
// it (in "it’s" it is an apostrophe, inside the word).
func scanTokensQuoting(p string, singles bool, emit func(start, end int, kind Kind, upper bool)) {
	for i := 0; i < len(p); {
		r, n := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case isMarkAt(p, i) > 0:
			m := isMarkAt(p, i)
			emit(i, i+m, Mark, false)
			i += m
			continue
		case singles && (r == '‘' || r == '’' && !unicode.IsLetter(runeAfter(p, i+n))):
			emit(i, i+n, Mark, false)
			i += n
			continue
		case r < utf8.RuneSelf && unicode.IsDigit(r):
			j := numberEnd(p, i)
			emit(i, j, Number, false)
			i = j
			continue
		case unicode.IsLetter(r):
			j := wordEnd(p, i)
			// a possessive ending is a token of its own: "Obama" "’s"
			if k := possessiveAt(p, i, j); k > i {
				emit(i, k, Word, unicode.IsUpper(r))
				emit(k, j, Word, false)
			} else {
				emit(i, j, Word, unicode.IsUpper(r))
			}
			i = j
			continue
		}
		emit(i, i+n, Punct, false)
		i += n
	}
}

// isMarkAt returns the length of the double quotation mark at p[i:], or 0.
func isMarkAt(p string, i int) int {
	switch c := p[i]; {
	case c == '"':
		return 1
	case c == '\'':
		if strings.HasPrefix(p[i:], "''") {
			return 2
		}
		return 0
	case c < 0x80:
		return 0
	}
	r, n := utf8.DecodeRuneInString(p[i:])
	switch r {
	case '“', '”', '„', '«', '»', '‹', '›':
		return n
	}
	return 0
}

// wordEnd returns the end of the word starting at p[i:]: letters, digits,
// and apostrophes, hyphens, dots and ampersands between them. A dot after
// a single letter ("U.S.", "J.") or a known abbreviation stays with it.
func wordEnd(p string, i int) int {
	j := i
	for j < len(p) {
		if c := p[j]; c < utf8.RuneSelf && (asciiLetter(c) || '0' <= c && c <= '9') {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if k := j + n; k < len(p) {
				r2, _ := utf8.DecodeRuneInString(p[k:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j = k
					continue
				}
			}
		}
		break
	}
	if j < len(p) && p[j] == '.' && keepsDot(p[i:j]) {
		j++
	}
	return j
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// keepsDot reports whether a word written before a full stop keeps it as
// part of itself: an initial ("J."), an initialism ("U.S"), or an
// abbreviation ("Mr", "Sen").
func keepsDot(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		return true
	}
	return abbreviations()[strings.ToLower(w)]
}

// possessiveAt returns where a possessive ending starts in the word
// p[i:j] ("Obama’s" → the index of "’"), or i when there is none.
func possessiveAt(p string, i, j int) int {
	w := p[i:j]
	for _, s := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return j - len(s)
		}
	}
	return i
}

// numberEnd returns the end of the number starting at p[i:]: digits with
// commas, dots and colons between them ("1,000.5", "9:30").
func numberEnd(p string, i int) int {
	j := i
	for j < len(p) {
		c := p[j]
		if c >= '0' && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.' || c == ':') && j+1 < len(p) && p[j+1] >= '0' && p[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	// "1990s", "5th": the letters after the digits belong to the number
	for j < len(p) && p[j] < 0x80 && unicode.IsLetter(rune(p[j])) {
		j++
	}
	return j
}

// markSentences numbers the sentences of a paragraph's tokens. A sentence
// ends at ".", "?" or "!" (with the closing marks and brackets right after
// it) when what follows starts like a sentence: a capital, a number or an
// opening quotation mark. It runs after the marks are paired.
func markSentences(toks []Token) {
	s := 0
	for i := 0; i < len(toks); i++ {
		toks[i].Sent = s
		t := toks[i]
		if t.Kind != Punct || (t.Text() != "." && t.Text() != "?" && t.Text() != "!") {
			continue
		}
		j := i + 1
		for j < len(toks) && (toks[j].Kind == Mark && toks[j].Closes || toks[j].Is(")")) {
			toks[j].Sent = s
			j++
		}
		if j >= len(toks) || toks[j].Cap || toks[j].Kind == Number || toks[j].Kind == Mark {
			s++
		}
		i = j - 1
	}
}

// abbreviations are words written with a full stop that does not end a
// sentence (abbreviations.txt). They are read apart from lex(), which
// tokenises the place names with them.
var abbreviations = sync.OnceValue(func() map[string]bool { return lexicon.Set("abbreviations") })

// minParasPerWorker is the fewest paragraphs worth a goroutine: a normal
// article is read on one, a long document on every processor.
const minParasPerWorker = 256

// inParallel calls fn for every index below n, in ranges of at least
// minParasPerWorker on as many goroutines as there are processors. Each
// call writes only what belongs to its index, so the result is the same
// on any number of processors.
func inParallel(n int, fn func(i int)) {
	inRanges(n, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			fn(i)
		}
	})
}

// inRanges is inParallel for work that keeps something per range: fn is
// called once for each range [lo, hi) of indices below n.
func inRanges(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minParasPerWorker)
	switch {
	case n == 0:
		return
	case workers <= 1:
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	per := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += per {
		hi := min(lo+per, n)
		wg.Go(func() { fn(lo, hi) })
	}
	wg.Wait()
}

// minSingleOpeners is the fewest opening single curly marks that make a
// text one quoted with them.
const minSingleOpeners = 2

// singleQuoted reports whether a text quotes with single curly marks, as
// many British, Irish and Australian papers do ('‘We have waited long
// enough,’ she said'): it opens at least minSingleOpeners runs with ‘
// (after a space, a bracket or a dash, or at a paragraph's start, and
// before a letter or digit), and holds fewer than half as many double
// marks, which would quote it otherwise, the single ones then quoting
// inside them.
func singleQuoted(paras []string) bool {
	openers, doubles := 0, 0
	for _, p := range paras {
		doubles += strings.Count(p, "“") + strings.Count(p, "\"")
		for i := strings.Index(p, "‘"); i >= 0; {
			prev, next := runeBefore(p, i), runeAfter(p, i+len("‘"))
			if (prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([—–-", prev)) && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				openers++
			}
			j := strings.Index(p[i+len("‘"):], "‘")
			if j < 0 {
				break
			}
			i += len("‘") + j
		}
	}
	return openers >= minSingleOpeners && 2*doubles < openers
}
