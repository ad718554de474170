package briefing

// ruleMatch names the news-text rule that claimed a block.
type ruleMatch int

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
type verdict struct {
	bl        block // the block with its spaces trimmed
	empty     bool  // no letter or digit: dropped
	short     bool  // short enough for the rules (ruleText has a key)
	rule      ruleMatch
	furniture furnitureKind
	source    string  // ruleNotice: the platform named, if any
	caption   Caption // ruleCaption
	origin    string  // ruleProvenance
}

// verdictContext is what every verdict depends on besides its block.
type verdictContext struct {
	title    string // the title's key (see titleKey), "" when there is none
	titleLen int    // the title's length in bytes
}

// judge works out the verdict on one block whose word count is words, in
// the order newsRules applies the rules: title, furniture, notice,
// caption, provenance.
func (ctx verdictContext) judge(bl block, words int) verdict {
	v := verdict{bl: trimBlock(bl)}
	if !hasWordChar(v.bl.text) {
		v.empty = true
		return v
	}
	if v.bl.kind == codeBlock {
		return v
	}
	rt := ruleText{text: v.bl.text, words: words}
	if words <= maxRuleWords {
		rt.key = lineKey(rt.text)
	}
	if ctx.title != "" && len(rt.text) <= 2*ctx.titleLen+16 && titleKeyOf(rt) == ctx.title {
		v.rule = ruleTitle
		return v
	}
	if rt.key == "" {
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
		v.rule, v.source = ruleNotice, src
	} else if c, ok := captionOf(rt); ok {
		v.rule, v.caption = ruleCaption, c
	} else if o, ok := provenanceOf(rt); ok {
		v.rule, v.origin = ruleProvenance, o
	}
	return v
}

// parallelVerdicts is the fewest blocks worth a goroutine of their own.
const parallelVerdicts = 512

// judgeAll works out the verdicts on all blocks (words holds their word
// counts), splitting long texts between the processors.
func (ctx verdictContext) judgeAll(blocks []block, words []int) []verdict {
	out := make([]verdict, len(blocks))
	inChunks(len(blocks), parallelVerdicts, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = ctx.judge(blocks[i], words[i])
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
	return want
}
