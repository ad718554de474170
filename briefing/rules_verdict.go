package briefing

// ruleMatch names the news-text rule that claimed a block.
type ruleMatch uint8

const (
	noRule         ruleMatch = iota // article text
	ruleTitle                       // a repeat of the title
	ruleFurniture                   // site furniture (see verdict.furniture)
	ruleNotice                      // the platform's boilerplate
	ruleCaption                     // a photo caption or credit
	ruleProvenance                  // where the article first appeared
)

// verdict is what the order-free news-text rules say about one block: all
// that newsRules needs besides the blocks' order (repeats, captions in a row,
// body paragraphs before a byline), so verdicts can be worked out in parallel.
// It is small, since there is one per block: what the rare notice, caption
// and provenance rules found is kept apart.
type verdict struct {
	furniture furnitureKind
	found     *ruleFound // what ruleNotice, ruleCaption or ruleProvenance found
	rule      ruleMatch
	empty     bool // no letter or digit: dropped
	short     bool // short enough for the rules (ruleText has a key)
}

// ruleFound is what the rule that claimed a block found in it.
type ruleFound struct {
	source  string  // ruleNotice: the platform named, if any
	caption Caption // ruleCaption
	origin  string  // ruleProvenance
}

// verdictContext is what every verdict depends on besides its block.
type verdictContext struct {
	title    string // the title's key (see titleKey), "" when there is none
	titleLen int    // the title's length in bytes
}

// judge trims the spaces around a block (see trimBlock) and works out the
// verdict on it, given its word count, in the order newsRules applies the
// rules: title, furniture, notice, caption, provenance.
//
// keyBuf is where the block's key is written, reused from block to block.
func (ctx verdictContext) judge(bl *block, words int, keyBuf *[]byte) verdict {
	*bl = trimBlock(*bl)
	v := verdict{}
	if !hasWordChar(bl.text) {
		v.empty = true
		return v
	}
	if bl.kind == codeBlock || bl.kind == tableRow {
		return v
	}
	rt := ruleText{text: bl.text, words: words}
	if words <= maxRuleWords {
		*keyBuf = appendLineKey(*keyBuf, rt.text)
		rt.key = *keyBuf
	}
	if ctx.title != "" && len(rt.text) <= 2*ctx.titleLen+16 && repeatsTitle(rt, ctx.title) {
		v.rule = ruleTitle
		return v
	}
	if len(rt.key) == 0 {
		return v
	}
	v.short = true
	// One scan of the key for the phrase lists of the notice and the
	// provenance rules, each wanted only within its length limit.
	if want := wantedPhrases(rt.words); want != 0 {
		rt.phrases = rulePhrases.scan(rt.key, want)
	}
	if k := furnitureOf(rt); k != notFurniture {
		v.rule, v.furniture = ruleFurniture, k
	} else if src, ok := noticeOf(rt); ok {
		v.rule, v.found = ruleNotice, &ruleFound{source: src}
	} else if c, ok := captionOf(rt); ok {
		v.rule, v.found = ruleCaption, &ruleFound{caption: c}
	} else if o, ok := provenanceOf(rt); ok {
		v.rule, v.found = ruleProvenance, &ruleFound{origin: o}
	}
	return v
}

// parallelVerdicts is the fewest blocks worth a goroutine of their own.
const parallelVerdicts = 512

// judgeAll trims the blocks in place and works out the verdicts on them
// (words holds their word counts; see judge), splitting long texts between
// the processors.
func (ctx verdictContext) judgeAll(blocks []block, words []int) []verdict {
	out := make([]verdict, len(blocks))
	inChunks(len(blocks), parallelVerdicts, func(lo, hi int) {
		var keyBuf []byte
		for i := lo; i < hi; i++ {
			out[i] = ctx.judge(&blocks[i], words[i], &keyBuf)
		}
	})
	return out
}

// wantedPhrases returns the phrase lists whose rules look at a paragraph of
// the given number of words.
func wantedPhrases(words int) phraseLists {
	want := phraseLists(0)
	if words <= maxNoticeWords {
		want |= noticeList
	}
	if words <= maxProvenanceWords {
		want |= provenanceList
	}
	if words <= maxPleaWords {
		want |= pleaList
	}
	return want
}
