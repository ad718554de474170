package ui

import (
	tea "charm.land/bubbletea/v2"

	"brief/briefing"
)

// Messages the panes send each other through the root model.

// jumpMsg asks the article pane to bring a span on screen (unfolding its
// section) and paint it with the strong highlight. quote is the index of
// the quote it belongs to, or -1 for a fact mention.
type jumpMsg struct {
	span         briefing.Span
	endParagraph int // for quotes over several paragraphs; else = span.Paragraph
	quote        int
	mention      bool // a fact's mention, from the facts pane
}

// openMsg asks the root to open the library entry with this ID.
type openMsg struct{ id string }

// libraryChangedMsg says the library has new entries or finished loading.
type libraryChangedMsg struct{}

// NoticeMsg makes the reader show a one-line notice and quit, restoring the
// terminal: the SSH server sends it on shutdown and at its time limits.
type NoticeMsg struct{ Text string }

// closeMsg asks the root to close the view drawn over the panes (the
// people index, the links).
type closeMsg struct{}

// statusMsg is a one-line message for the footer, shown until the next key.
type statusMsg string

// status returns a command that shows text in the footer.
func status(text string) tea.Cmd { return func() tea.Msg { return statusMsg(text) } }
