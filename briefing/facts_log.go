package briefing

// factSink receives the facts of paragraphs as they are read.
type factSink interface {
	// has reports whether the fact is known already, so that its detail
	// need not be worked out again; a false answer may only cost work.
	has(kind FactKind, text string) bool
	// add records a mention of a fact; detail counts at its first mention.
	add(kind FactKind, text, detail string, sp Span)
}

// factEvent is one fact mention as read, waiting to be collected.
type factEvent struct {
	kind         FactKind
	text, detail string
	sp           Span
}

// factLog records the fact mentions of a range of paragraphs read on their
// own, by paragraph, to be replayed into a factCollector in reading order:
// the result is then the same as if every paragraph had been read into the
// collector one after the other.
type factLog struct {
	seen   map[factKey]bool // facts met earlier in this range
	events [][]factEvent    // by paragraph of the range, from the first
	from   int              // the range's first paragraph
	cur    int              // the paragraph being read, from the first
}

// newFactLog returns a log for paragraphs lo..hi-1, reading paragraph lo.
func newFactLog(lo, hi int) *factLog {
	return &factLog{seen: map[factKey]bool{}, events: make([][]factEvent, hi-lo), from: lo}
}

// read makes paragraph k the one whose mentions are recorded.
func (l *factLog) read(k int) { l.cur = k - l.from }

// has reports whether the fact was met earlier in the range. A fact first
// met in an earlier range is not known here: its detail is worked out and
// then dropped by the collector, which keeps the first.
func (l *factLog) has(kind FactKind, text string) bool { return l.seen[factKey{kind, text}] }

// add records a mention in the current paragraph.
func (l *factLog) add(kind FactKind, text, detail string, sp Span) {
	l.seen[factKey{kind, text}] = true
	l.events[l.cur] = append(l.events[l.cur], factEvent{kind, text, detail, sp})
}

// replay adds the mentions of paragraph k to c.
func (l *factLog) replay(k int, c *factCollector) {
	for _, e := range l.events[k-l.from] {
		c.add(e.kind, e.text, e.detail, e.sp)
	}
}
