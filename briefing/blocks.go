package briefing

// block is one unit of an article on its way into a Briefing: what the three
// importers produce and what assemble turns into sections.
type block struct {
	kind   blockKind
	text   string
	styles []inlineStyle // inline emphasis, as byte ranges of text
}

type blockKind int

const (
	paragraph  blockKind = iota
	heading              // a subheading that starts a section
	quoteBlock           // a block quote
	listItem             // one item of a list
	codeBlock            // preformatted text
)

// inlineStyle is emphasis inside one block's text.
type inlineStyle struct {
	start, end int
	kind       StyleKind
}
