package briefing

// kindTable finds the kinds of a small word (see wordKind) without a map
// look-up: every word of the text is looked up, and hashing a short word's
// few bytes into a small open-addressed table is several times cheaper than
// a map access. It holds the same words as factLexicon.kinds.
type kindTable struct {
	slots []kindSlot // a power of two, at most a quarter full
	mask  uint32
}

// kindSlot is one word of a kindTable, or an empty slot ("").
type kindSlot struct {
	word string
	kind wordKind
}

// newKindTable makes the table of kinds.
func newKindTable(kinds map[string]wordKind) kindTable {
	n := 16
	for n < 4*len(kinds) {
		n *= 2
	}
	t := kindTable{slots: make([]kindSlot, n), mask: uint32(n - 1)}
	for w, k := range kinds {
		if w == "" || k == 0 {
			continue // never looked up: kindOf and kindOfBytes return 0 for ""
		}
		i := wordHash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = kindSlot{w, k}
	}
	return t
}

// kindIn returns the kinds of w in t, 0 for a word in no list.
func kindIn[W ~string | ~[]byte](t *kindTable, w W) wordKind {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.word == "" {
			return 0
		}
		if s.word == string(w) {
			return s.kind
		}
	}
}

// wordHash is the FNV-1a hash of a word's bytes.
func wordHash[W ~string | ~[]byte](w W) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}
