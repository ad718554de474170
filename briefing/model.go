// Package briefing holds the briefing model and the importers that turn plain
// text, Markdown and HTML articles into it. It is pure Go with no UI imports,
// and every function in it is deterministic: the same bytes always give the
// same Briefing.
package briefing

import (
	"encoding/json"
	"path/filepath"
	"time"
)

// Briefing is one article read into its parts. Its JSON form (see
// MarshalJSON) is the export contract that scripts and the reader rely on.
type Briefing struct {
	// Name is where the briefing came from: a file name, "-" for standard
	// input, or the embedded name of a default briefing.
	Name string
	// Format is the input format that was detected.
	Format Format

	Title string
	// Standfirst is the line or two under the headline that sums the
	// article up (a dek), kept out of the body.
	Standfirst string
	Source     string // the publication or platform the text was taken from
	Origin     string // provenance: where it first appeared, who translated it
	Authors    []string
	Dateline   string // the place (and agency) that opened the first paragraph
	Published  time.Time
	Tags       []string
	Captions   []Caption
	Sections   []Section
	Quotes     []Quote
	Facts      []Fact
	// Styles are inline emphasis spans (from Markdown or HTML) inside paragraphs.
	Styles []Style
	// Links are the hyperlinks inside paragraphs: the span is the link's
	// text, Target where it points.
	Links []Link
	// Warnings are problems that were repaired during import, such as
	// invalid UTF-8; they are reported but do not stop the import.
	Warnings []string
}

// Caption is a photo caption with its credit, kept out of the body.
type Caption struct {
	Text   string `json:"text"`
	Credit string `json:"credit"`
}

// Line is the caption as a reader shows it on a line of its own: its text
// with the credit in parentheses after it, or "Credit: …" when it has
// only a credit.
func (c Caption) Line() string {
	switch {
	case c.Credit == "":
		return c.Text
	case c.Text == "":
		return "Credit: " + c.Credit
	}
	return c.Text + " (" + c.Credit + ")"
}

// Section is one part of the article: the lead (empty heading) or the text
// under one of the article's own subheadings.
type Section struct {
	Heading    string   `json:"heading"`
	Paragraphs []string `json:"paragraphs"`
	// Kinds, when set, runs parallel to Paragraphs and says what each one is
	// (a block quote, a list item); a nil or short slice means plain paragraphs.
	Kinds []BlockKind `json:"kinds,omitempty"`
	// Level is the heading's level as the article wrote it (2 for "##",
	// 3 for "###" or <h3>); 0 when the format has no levels (a subheading
	// found in plain text), which reads as 2.
	Level int `json:"level,omitempty"`
	// Details, when set, runs parallel to Paragraphs and holds the structure
	// a paragraph's kind carries: list numbers and depth, a code block's
	// language, a table row's cells. A nil or short slice means none.
	Details []Detail `json:"details,omitempty"`
}

// Detail is the structure of one paragraph beyond its kind.
type Detail struct {
	// Number is an ordered list item's number; 0 for a bullet.
	Number int `json:"number,omitempty"`
	// Depth is a list item's nesting: 0 at the top level.
	Depth int `json:"depth,omitempty"`
	// Lang is a code block's language ("go", "python"), when given.
	Lang string `json:"lang,omitempty"`
	// Cells are the byte ranges [start, end) of a table row's cells in the
	// paragraph's text, which joins them with " | ".
	Cells [][2]int `json:"cells,omitempty"`
	// Header marks a table's header row.
	Header bool `json:"header,omitempty"`
	// Align is a table row's column alignment: "left", "center", "right"
	// or "" for each column.
	Align []string `json:"align,omitempty"`
}

// Detail returns the structure of paragraph p of the section.
func (s Section) Detail(p int) Detail {
	if p < len(s.Details) {
		return s.Details[p]
	}
	return Detail{}
}

// HeadingLevel returns the level the section's heading is shown at: its
// own, or 2 when the format had none.
func (s Section) HeadingLevel() int {
	if s.Level >= 2 && s.Level <= 6 {
		return s.Level
	}
	return 2
}

// Kind returns the kind of paragraph p of the section.
func (s Section) Kind(p int) BlockKind {
	if p < len(s.Kinds) {
		return s.Kinds[p]
	}
	return Plain
}

// BlockKind says what a paragraph is.
type BlockKind string

// The paragraph kinds.
const (
	Plain      BlockKind = ""
	BlockQuote BlockKind = "blockquote"
	ListItem   BlockKind = "list"
	Code       BlockKind = "code"
	// TableRow is one row of a table, its cells joined by " | " (see
	// Detail.Cells).
	TableRow BlockKind = "table"
)

// Span is a byte range inside one paragraph: Sections[Section].Paragraphs[Paragraph][Start:End].
type Span struct {
	Section   int `json:"section"`
	Paragraph int `json:"paragraph"`
	Start     int `json:"start"`
	End       int `json:"end"`
}

// Quote is one quotation with its attribution. Its position starts at
// (Section, Paragraph, Start); End is an offset in EndParagraph when the
// quote runs over several paragraphs, otherwise in Paragraph.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Cue     string `json:"cue"`
	// Partial marks scare quotes and quoted terms that are not speech.
	Partial   bool `json:"partial"`
	Section   int  `json:"section"`
	Paragraph int  `json:"paragraph"`
	Start     int  `json:"start"`
	End       int  `json:"end"`
	// EndParagraph is set only for quotes running over several paragraphs.
	EndParagraph int `json:"end_paragraph,omitempty"`
}

// LastParagraph is the paragraph the quote ends in.
func (q Quote) LastParagraph() int {
	if q.EndParagraph > q.Paragraph {
		return q.EndParagraph
	}
	return q.Paragraph
}

// FactKind is the kind of a key fact.
type FactKind string

// The kinds of key facts, in the order the reader groups them.
const (
	Person       FactKind = "person"
	Organization FactKind = "organization"
	Place        FactKind = "place"
	Date         FactKind = "date"
	Figure       FactKind = "figure"
)

// FactKinds lists every fact kind in display order.
var FactKinds = []FactKind{Person, Organization, Place, Date, Figure}

// Fact is a key fact of the story with every place it is mentioned.
type Fact struct {
	Kind FactKind `json:"kind"`
	Text string   `json:"text"`
	// Detail is the person's role, or what a figure or date is about.
	Detail   string `json:"detail"`
	Mentions []Span `json:"mentions"`
}

// StyleKind is a kind of inline emphasis.
type StyleKind string

// Inline emphasis kinds.
const (
	Emphasis   StyleKind = "em"
	Strong     StyleKind = "strong"
	InlineCode StyleKind = "code"
	Strike     StyleKind = "del"
)

// Style is an inline emphasis span inside a paragraph.
type Style struct {
	Span
	Kind StyleKind `json:"kind"`
}

// Link is a hyperlink inside a paragraph: Span covers its text.
type Link struct {
	Span
	Target string `json:"target"`
}

// Format is an input format.
type Format string

// The input formats.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// jsonBriefing is the export contract's shape.
type jsonBriefing struct {
	Title      string    `json:"title"`
	Standfirst string    `json:"standfirst,omitempty"`
	Source     string    `json:"source"`
	Origin     string    `json:"origin"`
	Authors    []string  `json:"authors"`
	Dateline   string    `json:"dateline"`
	Published  string    `json:"published"`
	Tags       []string  `json:"tags,omitempty"`
	Captions   []Caption `json:"captions"`
	Sections   []Section `json:"sections"`
	Quotes     []Quote   `json:"quotes"`
	Facts      []Fact    `json:"facts"`
	Styles     []Style   `json:"styles,omitempty"`
	Links      []Link    `json:"links,omitempty"`
}

// MarshalJSON writes the export contract: published as RFC 3339 or "", and
// empty lists as [] rather than null.
func (b *Briefing) MarshalJSON() ([]byte, error) {
	return json.Marshal(b.contract())
}

// contract is the briefing in the export contract's shape.
func (b *Briefing) contract() jsonBriefing {
	j := jsonBriefing{
		Title: b.Title, Standfirst: b.Standfirst, Source: b.Source, Origin: b.Origin, Authors: nonNil(b.Authors),
		Dateline: b.Dateline, Tags: b.Tags, Captions: nonNil(b.Captions),
		Sections: nonNil(b.Sections), Quotes: nonNil(b.Quotes), Facts: nonNil(b.Facts),
		Styles: b.Styles, Links: b.Links,
	}
	if !b.Published.IsZero() {
		j.Published = b.Published.Format(time.RFC3339)
	}
	for i := range j.Sections {
		j.Sections[i].Paragraphs = nonNil(j.Sections[i].Paragraphs)
	}
	for i := range j.Facts {
		j.Facts[i].Mentions = nonNil(j.Facts[i].Mentions)
	}
	return j
}

// UnmarshalJSON reads the export contract back.
func (b *Briefing) UnmarshalJSON(data []byte) error {
	var j jsonBriefing
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*b = Briefing{
		Title: j.Title, Standfirst: j.Standfirst, Source: j.Source, Origin: j.Origin, Authors: j.Authors,
		Dateline: j.Dateline, Tags: j.Tags, Captions: j.Captions, Sections: j.Sections,
		Quotes: j.Quotes, Facts: j.Facts, Styles: j.Styles, Links: j.Links,
	}
	if j.Published != "" {
		t, err := time.Parse(time.RFC3339, j.Published)
		if err != nil {
			return err
		}
		b.Published = t
	}
	return nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// DisplayTitle is the title to show: the briefing's own, or, for a text
// pasted without one, the name of the file it came from.
func (b *Briefing) DisplayTitle() string {
	if b.Title != "" {
		return b.Title
	}
	if name := filepath.Base(b.Name); b.Name != "" && b.Name != "-" && name != "." {
		return name
	}
	return "Untitled"
}

// Text returns the text a span covers, or "" when it points outside the briefing.
func (b *Briefing) Text(s Span) string {
	if s.Section < 0 || s.Section >= len(b.Sections) {
		return ""
	}
	ps := b.Sections[s.Section].Paragraphs
	if s.Paragraph < 0 || s.Paragraph >= len(ps) {
		return ""
	}
	p := ps[s.Paragraph]
	if s.Start < 0 || s.End > len(p) || s.Start > s.End {
		return ""
	}
	return p[s.Start:s.End]
}

// Words counts the words of the body, for reading time and statistics.
func (b *Briefing) Words() int {
	n := 0
	for _, s := range b.Sections {
		n += countWords(s.Heading)
		for _, p := range s.Paragraphs {
			n += countWords(p)
		}
	}
	return n
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
