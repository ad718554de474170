package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the reader answers to, in one place: remap a key by
// changing its binding here, and the help view and the footer follow.
type KeyMap struct {
	Up, Down, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	JumpBack                                                  key.Binding // to where the text was before the last jump

	NextQuote, PrevQuote         key.Binding // from anywhere, over partial quotes
	NextSection, PrevSection     key.Binding
	Fold, FoldAll                key.Binding
	Captions                     key.Binding // open or fold all the photo captions, from anywhere
	Enter                        key.Binding // open, jump, fold a heading
	Detail                       key.Binding // the selected quote in full
	Links                        key.Binding // the article's links
	People                       key.Binding // everyone quoted in the library
	Search, NextMatch, PrevMatch key.Binding
	FocusNext, FocusPrev         key.Binding
	Copy                         key.Binding // the selected quote, through OSC 52
	Filter                       key.Binding // in the library
	Back                         key.Binding
	Help                         key.Binding
	Quit                         key.Binding
	Suspend                      key.Binding // to the shell, on the reader's own machine
}

// DefaultKeyMap returns the reader's keys.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:          b("↑/k", "up", "up", "k"),
		Down:        b("↓/j", "down", "down", "j"),
		PageDown:    b("space/f/ctrl+f/pgdn", "page down", "space", "pgdown", "f", "ctrl+f"),
		PageUp:      b("b/ctrl+b/pgup", "page up", "b", "pgup", "ctrl+b"),
		HalfDown:    b("d/ctrl+d", "half page down", "d", "ctrl+d"),
		HalfUp:      b("u/ctrl+u", "half page up", "u", "ctrl+u"),
		Top:         b("g/home", "top", "g", "home"),
		Bottom:      b("G/end", "bottom", "G", "end"),
		JumpBack:    b("'/ctrl+o", "jump back", "'", "ctrl+o"),
		NextQuote:   b("]", "next quote", "]"),
		PrevQuote:   b("[", "previous quote", "["),
		NextSection: b("}", "next section", "}"),
		PrevSection: b("{", "previous section", "{"),
		Fold:        b("z", "fold section", "z"),
		FoldAll:     b("Z", "fold / unfold all", "Z"),
		Captions:    b("c", "show / fold captions", "c"),
		Enter:       b("enter", "open / jump", "enter"),
		Detail:      b("i", "quote in full", "i"),
		Links:       b("L", "links", "L"),
		People:      b("P", "people", "P"),
		Search:      b("/", "search", "/"),
		NextMatch:   b("n", "next match", "n"),
		PrevMatch:   b("N", "previous match", "N"),
		FocusNext:   b("tab", "next pane", "tab"),
		FocusPrev:   b("shift+tab", "previous pane", "shift+tab"),
		Copy:        b("y", "copy quote", "y"),
		Filter:      b("/", "filter", "/"),
		Back:        b("esc", "back", "esc"),
		Help:        b("?", "help", "?"),
		Quit:        b("q/ctrl+c", "quit", "q", "ctrl+c"),
		Suspend:     b("ctrl+z", "suspend (fg resumes)", "ctrl+z"),
	}
}

// with returns a copy of a binding with another description, for the help
// of one view ("enter  open" in the library, "enter  show in text" in the
// quotes pane).
func with(b key.Binding, desc string) key.Binding {
	c := b
	c.SetHelp(b.Help().Key, desc)
	return c
}
