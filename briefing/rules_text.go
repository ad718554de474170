package briefing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// collapseSpace joins the words of s with single spaces: the form every
// output string and every rule works on.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports, for ASCII-spaced text, whether s already has single
// spaces between words and none at its ends.
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		class := collapseClass[s[i]]
		if class == byteWord {
			// Fast path: skip the rest of the word at once.
			for i+1 < len(s) && collapseClass[s[i+1]] == byteWord {
				i++
			}
			prevSpace = false
			continue
		}
		switch class {
		case byteSpace:
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case byteOtherSpace:
			return false
		case byteMaybeSpace:
			// Possible Unicode space (U+0085, U+00A0, U+1680, U+2000-U+200A,
			// U+2028, U+2029, U+202F, U+205F, U+3000): check the rune.
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
		}
		prevSpace = false
	}
	return true
}

// Byte classes of isCollapsed.
const (
	byteWord       = iota // part of a word
	byteSpace             // the ASCII space
	byteOtherSpace        // other white space, or a byte of U+0085 or U+00A0
	byteMaybeSpace        // the first byte of a rune that may be a space
)

// collapseClass gives the class of each byte for isCollapsed.
var collapseClass = func() (t [256]uint8) {
	t[' '] = byteSpace
	for _, c := range []byte{'\t', '\n', '\v', '\f', '\r', 0x85, 0xa0} {
		t[c] = byteOtherSpace
	}
	for _, c := range []byte{0xc2, 0xe1, 0xe2, 0xe3} {
		t[c] = byteMaybeSpace
	}
	return t
}()

// tidy cleans a value taken from metadata (front matter, HTML) and
// collapses its white space, so that no control character reaches the model.
func tidy(s string) string {
	return collapseSpace(CleanString(s))
}

// lineKey is the form in which lines are looked up in word lists and
// compared with the title: lower case, single spaces, straight apostrophes
// and quotes. It is built in one pass into one allocation.
//
// The key is written by index into a buffer as long as s: each ASCII byte
// read gives at most one byte of key (a space is written only for white
// space already read), so there is always room for what is left of s. Only
// a rune outside ASCII can give more bytes than it takes (some lower-case
// letters are longer than their capitals), so room is made before each one.
func lineKey(s string) string {
	return string(appendLineKey(nil, s))
}

// appendLineKey writes the key of s (see lineKey) into buf, reusing its
// array when it is large enough, and returns it.
func appendLineKey(buf []byte, s string) []byte {
	if cap(buf) < len(s) {
		buf = make([]byte, len(s))
	}
	buf = buf[:len(s)]
	// Fast path: the key of a prefix of printable ASCII with single spaces
	// is that prefix with each byte mapped, byte for byte.
	i := plainKeyPrefix(buf, s)
	n, space := i, false
	if n > 0 && buf[n-1] == ' ' {
		// The loop below writes a space only before the next word.
		n--
		space = true
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			k := asciiKey[c]
			if k == keySpace {
				space = n > 0
				continue
			}
			if space {
				buf[n] = ' '
				n++
				space = false
			}
			buf[n] = k
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsSpace(r):
			space = n > 0
			continue
		case r == '\u2018' || r == '\u2019' || r == '\u02bc':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		default:
			r = unicode.ToLower(r)
		}
		if need := n + 1 + utf8.UTFMax + len(s) - i; need > len(buf) {
			buf = append(buf, make([]byte, need-len(buf))...)
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return buf[:n]
}

// plainKeyPrefix writes into buf (as long as s) the bytes of the longest
// prefix of s that is printable ASCII and neither starts with a space nor
// holds two in a row, each mapped as in a key (see asciiKey; the space
// stays a space), and returns the prefix's length.
func plainKeyPrefix(buf []byte, s string) int {
	buf = buf[:len(s)]
	for i := 0; i < len(s); i++ {
		k := plainKey[s[i]]
		if k == 0 || k == ' ' && (i == 0 || s[i-1] == ' ') {
			return i
		}
		buf[i] = k
	}
	return len(s)
}

// plainKey maps each printable ASCII byte to its form in a key (see
// asciiKey), the space to itself, and every other byte to 0: the bytes
// plainKeyPrefix maps.
var plainKey = func() (t [256]byte) {
	for c := ' '; c <= '~'; c++ {
		t[c] = asciiKey[c]
	}
	t[' '] = ' '
	return t
}()

// keySpace marks, in asciiKey, the ASCII white space lineKey collapses.
const keySpace = 0xff

// asciiKey maps each ASCII byte to its form in a key (see lineKey): capitals
// to lower case, a backquote to an apostrophe, white space to keySpace.
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = keySpace
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// maxRuleWords is the longest paragraph (in words) any news-text rule
// looks at: longer ones are article text.
const maxRuleWords = 90

// ruleText is a paragraph as the rules see it, with what they share
// computed once: its word count and, for paragraphs short enough for the
// rules, its key (see lineKey).
type ruleText struct {
	text  string
	words int
	// key is empty for paragraphs too long for the rules. It may be a
	// buffer reused for the next paragraph: the rules must not keep it.
	key []byte
	// phrases, once phrasesFound is set, tells which phrase lists (see
	// rulePhrases) the key holds, found in one scan for all the rules.
	phrases phraseLists
}

func newRuleText(s string) ruleText {
	rt := ruleText{text: s, words: wordCount(s)}
	if rt.words <= maxRuleWords {
		rt.key = appendLineKey(nil, s)
	}
	return rt
}

// wordCount counts the words of text whose spaces are already collapsed
// (see collapseSpace), as every block's text is; on other text it may count
// a few too many, which only matters to the rules' length limits.
func wordCount(s string) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// endsSentence reports whether s ends like a sentence: with a full stop,
// question or exclamation mark, possibly followed by closing quotes or
// brackets, as each language closes them ("…“ in German, ‘…’ in English).
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '\u201d', '\u2019', '\u201c', '\u2018', ')', ']', '\u00bb', '\u00ab':
			s = s[:len(s)-size]
			continue
		case '.', '!', '?', '\u2026', '\u061f', '\u06d4', '\u0964', '\u0965':
			return true // and the question mark of Arabic, the full stops of Urdu and Hindi
		}
		return false
	}
	return false
}

// firstRune returns the first rune of s, or 0 when s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isAllCaps reports whether s has letters and none of them is lower case.
func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// titleCaseWord turns an all-caps word into its capitalised form ("MOHNEY"
// -> "Mohney", "O'NEIL" -> "O'Neil", "JEAN-PAUL" -> "Jean-Paul").
func titleCaseWord(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '\u2019'
	}
	return b.String()
}

// phraseSet finds any of a list of lower-case phrases inside a key (see
// lineKey) in one pass: phrases are indexed by their first word, and only
// words whose first byte and length some phrase's first word has are looked up.
type phraseSet struct {
	byFirst map[string][]string
	lengths [256]uint64 // bit n set: some first word starting with this byte has length n
}

func newPhraseSet(phrases []string) *phraseSet {
	set := &phraseSet{byFirst: map[string][]string{}}
	for _, p := range phrases {
		first, _, _ := strings.Cut(p, " ")
		if first == "" {
			continue
		}
		set.byFirst[first] = append(set.byFirst[first], p)
		set.lengths[first[0]] |= 1 << min(len(first), 63)
	}
	return set
}

// in reports whether one of the phrases occurs in key at a word start.
func (set *phraseSet) in(key string) bool {
	for start := 0; start < len(key); {
		end := start
		for end < len(key) && key[end] != ' ' {
			end++
		}
		if end > start && set.lengths[key[start]]&(1<<min(end-start, 63)) != 0 {
			for _, p := range set.byFirst[key[start:end]] {
				if strings.HasPrefix(key[start:], p) {
					return true
				}
			}
		}
		start = end + 1
	}
	return false
}

// phraseLists is a set of phrase lists, one bit each.
type phraseLists uint8

// The phrase lists of the rules, and the mark of a scan done.
const (
	noticeList     phraseLists = 1 << iota // notices.txt (see noticeOf)
	provenanceList                         // provenance.txt (see provenanceOf)
	pleaList                               // pleas.txt (see noticeOf)
	phrasesFound   phraseLists = 1 << 7    // ruleText.phrases holds a scan
)

// rulePhrases are the phrase lists of the rules as one set, so that a key
// is scanned once for all of them.
var rulePhrases = newPhraseLists(map[phraseLists][]string{
	noticeList:     noticeLines,
	provenanceList: provenanceLines,
	pleaList:       pleaLines,
})

// phraseListSet finds the phrases of several lists inside a key (see
// lineKey) in one pass, as phraseSet does for one list. The phrases are
// grouped by their first word, and the first words by their first byte: a
// word of the key is compared with the few first words that share its
// first byte and length, without hashing it.
type phraseListSet struct {
	byFirstByte [256][]firstWordPhrases
	lengths     [256]uint64 // as in phraseSet
}

// firstWordPhrases are the phrases that open with the same word.
type firstWordPhrases struct {
	word    string
	phrases []listPhrase
}

// listPhrase is a phrase and the list it belongs to.
type listPhrase struct {
	text string
	list phraseLists
}

func newPhraseLists(lists map[phraseLists][]string) *phraseListSet {
	set := &phraseListSet{}
	for list, phrases := range lists {
		for _, p := range phrases {
			first, _, _ := strings.Cut(p, " ")
			if first == "" {
				continue
			}
			set.add(first, listPhrase{p, list})
			set.lengths[first[0]] |= 1 << min(len(first), 63)
		}
	}
	return set
}

// add files phrase under its first word.
func (set *phraseListSet) add(first string, phrase listPhrase) {
	group := &set.byFirstByte[first[0]]
	for i := range *group {
		if (*group)[i].word == first {
			(*group)[i].phrases = append((*group)[i].phrases, phrase)
			return
		}
	}
	*group = append(*group, firstWordPhrases{word: first, phrases: []listPhrase{phrase}})
}

// scan returns the lists among want whose phrases occur in key at a word
// start, marked with phrasesFound. It stops once every list wanted is found.
func (set *phraseListSet) scan(key []byte, want phraseLists) phraseLists {
	found := phraseLists(0)
	for start := 0; start < len(key) && found != want; {
		end := start
		for end < len(key) && key[end] != ' ' {
			end++
		}
		if end > start && set.lengths[key[start]]&(1<<min(end-start, 63)) != 0 {
			found |= set.find(key[start:end], key[start:], want)
		}
		start = end + 1
	}
	return found | phrasesFound
}

// find returns the lists among want with a phrase of set that opens with
// word, the word at the start of rest, and that rest starts with.
func (set *phraseListSet) find(word, rest []byte, want phraseLists) phraseLists {
	found := phraseLists(0)
	for _, g := range set.byFirstByte[word[0]] {
		if g.word != string(word) {
			continue
		}
		for _, p := range g.phrases {
			if want&p.list != 0 && hasPrefix(rest, p.text) {
				found |= p.list
			}
		}
	}
	return found
}

// hasPhrase reports whether the key of rt holds a phrase of list, using
// the scan in rt.phrases when there is one.
func (rt ruleText) hasPhrase(list phraseLists, single *phraseSet) bool {
	if rt.phrases&phrasesFound != 0 {
		return rt.phrases&list != 0
	}
	return single.in(string(rt.key))
}
