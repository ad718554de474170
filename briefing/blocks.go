package briefing

// block is one unit of an article on its way into a Briefing: what the three
// importers produce and what assemble turns into sections.
type block struct {
	kind   blockKind
	text   string
	styles []inlineStyle // inline emphasis, as byte ranges of text
	links  []inlineLink  // hyperlinks, as byte ranges of text
	level  int           // a heading's level, 0 when unknown
	detail Detail        // list number, code language, table cells
}

type blockKind int

const (
	paragraph  blockKind = iota
	heading              // a subheading that starts a section
	quoteBlock           // a block quote
	listItem             // one item of a list
	codeBlock            // preformatted text
	tableRow             // one row of a table
)

// inlineStyle is emphasis inside one block's text.
type inlineStyle struct {
	start, end int
	kind       StyleKind
}

// inlineLink is a hyperlink inside one block's text.
type inlineLink struct {
	start, end int
	target     string
}
