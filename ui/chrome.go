package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"brief/briefing"
)

// View draws the screen.
func (m *model) View() tea.View {
	if m.notice != "" {
		v := tea.NewView(m.notice + "\n")
		return v
	}
	if m.openErr != nil {
		return tea.NewView("")
	}
	content := ""
	if m.width > 0 && m.height > 0 {
		content = m.screen()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	if m.b != nil && !m.inLibrary {
		v.WindowTitle = sanitizeLine(m.b.DisplayTitle())
	} else {
		v.WindowTitle = "brief"
	}
	return v
}

// screen draws header, body and footer into exactly width x height cells.
func (m *model) screen() string {
	l := m.lay
	var parts []string
	parts = append(parts, m.header(l.width))
	if l.tabs {
		parts = append(parts, m.tabBar(l.width))
	}
	parts = append(parts, m.body(l))
	parts = append(parts, m.footer(l.width))
	return strings.Join(parts, "\n")
}

// body draws the panes, the library or the help view.
func (m *model) body(l layout) string {
	switch {
	case m.help:
		return fitBlock(helpView(m.helpGroups(), l.width, l.bodyH, m.helpOffset, m.c.pal), l.width, l.bodyH)
	case m.peopleOn:
		return fitBlock(m.people.View(), l.width, l.bodyH)
	case m.linksOn && !m.inLibrary:
		return fitBlock(m.links.View(), l.width, l.bodyH)
	case m.detailOn && !m.inLibrary:
		return fitBlock(m.detail.View(), l.width, l.bodyH)
	case m.inLibrary || m.b == nil:
		return fitBlock(m.lib.View(), l.width, l.bodyH)
	}
	art := m.article.View(l.articleW, l.bodyH, m.focus == articleFocus)
	switch l.mode {
	case wide:
		return joinColumns(
			paneBlock(m.facts.View(m.focus == factsFocus), l.factsW, l.bodyH),
			art,
			paneBlock(m.quotes.View(m.focus == quotesFocus), l.quotesW, l.bodyH),
		)
	case medium:
		var side string
		if m.side == factsFocus {
			side = m.facts.View(m.focus == factsFocus)
		} else {
			side = m.quotes.View(m.focus == quotesFocus)
		}
		return joinColumns(art, paneBlock(side, l.sideW, l.bodyH))
	}
	switch m.focus {
	case quotesFocus:
		return paneBlock(m.quotes.View(true), l.width, l.bodyH)
	case factsFocus:
		return paneBlock(m.facts.View(true), l.width, l.bodyH)
	}
	return art
}

// header is the title line: title, source, authors, date.
func (m *model) header(width int) string {
	title := lipgloss.NewStyle().Bold(true).Foreground(m.c.pal.Accent)
	dim := lipgloss.NewStyle().Foreground(m.c.pal.Dim)
	if m.inLibrary || m.b == nil {
		info := " · " + m.lib.status()
		return fitLine(title.Render("brief")+dim.Render(info), width)
	}
	meta := sanitizeLine(strings.Join(headerMeta(m.b), " · "))
	t := sanitizeLine(m.b.DisplayTitle())
	if meta == "" {
		return fitLine(title.Render(truncate(t, width)), width)
	}
	// The title gives way to the details, down to half the line, so a long
	// title never hides who wrote it.
	metaW := ansi.StringWidth(meta) + 3
	titleW := ansi.StringWidth(t)
	if titleW+metaW > width {
		titleW = max(width-metaW, width/2, 1)
		t = truncate(t, titleW)
	}
	meta = truncate(meta, max(width-ansi.StringWidth(t)-3, 0))
	return fitLine(title.Render(t)+dim.Render(" · "+meta), width)
}

// headerMeta lists what the header shows after the title: the source, the
// dateline, the date and the authors, each once.
func headerMeta(b *briefing.Briefing) []string {
	var meta []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			meta = append(meta, s)
		}
	}
	add(b.Source)
	add(b.Dateline)
	// The date before the authors, so that a long author list is what a
	// narrow screen cuts.
	if !b.Published.IsZero() {
		add(b.Published.Format("2 Jan 2006"))
	}
	var authors []string
	for _, a := range b.Authors {
		if k := strings.ToLower(strings.TrimSpace(a)); k != "" && !seen[k] {
			seen[k] = true
			authors = append(authors, a)
		}
	}
	if len(authors) > 0 {
		meta = append(meta, strings.Join(authors, ", "))
	}
	return meta
}

// truncate cuts s to width cells, ending it with an ellipsis when cut.
func truncate(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, ellipsis)
}

// tabBar names the panes in the narrow layout, the focused one marked.
func (m *model) tabBar(width int) string {
	on := lipgloss.NewStyle().Bold(true).Reverse(true)
	off := lipgloss.NewStyle().Foreground(m.c.pal.Dim)
	if m.inLibrary || m.b == nil {
		return fitLine("", width)
	}
	names := []string{"Article", "Quotes", "Facts"}
	var parts []string
	for i, n := range names {
		if pane(i) == m.focus {
			parts = append(parts, on.Render(" "+n+" "))
		} else {
			parts = append(parts, off.Render(" "+n+" "))
		}
	}
	return fitLine(strings.Join(parts, "│"), width)
}

// footer is the status line: section n/m, position and the keys that
// matter now, drawn by bubbles/help. When they do not all fit, the least
// important go first (help and quit last), and the two keys of a pair
// (next and previous) go together or not at all.
func (m *model) footer(width int) string {
	if m.searching {
		return fitLine(m.input.View(), width)
	}
	if m.status != "" {
		return fitLine(lipgloss.NewStyle().Foreground(m.c.pal.Accent).Render(m.status), width)
	}
	left, groups := m.footerKeys()
	room := width - ansi.StringWidth(left) - 1
	right := m.shortHelp.ShortHelpView(fitFooterKeys(groups, room, func(keys []key.Binding) int {
		return ansi.StringWidth(m.shortHelp.ShortHelpView(keys))
	}))
	right = truncate(right, max(room, 0))
	gap := max(width-ansi.StringWidth(left)-ansi.StringWidth(right), 1)
	return fitLine(left+strings.Repeat(" ", gap)+right, width)
}

// footerGroup is keys the footer shows or drops together, such as next
// and previous match, and how long they stay as the width shrinks: the
// group with the lowest keep goes first, the leftmost of equals first.
type footerGroup struct {
	keys []key.Binding
	keep int
}

// inOrder makes one group of each key, each kept longer than the one
// before: the first dropped first.
func inOrder(keys ...key.Binding) []footerGroup {
	out := make([]footerGroup, len(keys))
	for i, k := range keys {
		out[i] = footerGroup{[]key.Binding{k}, i}
	}
	return out
}

// keptAfter puts g first in the footer's groups, kept longer than the
// group of key k and dropped before any kept longer than that one.
func keptAfter(groups []footerGroup, k key.Binding, g footerGroup) []footerGroup {
	after := -1
	for _, h := range groups {
		if len(h.keys) > 0 && h.keys[0].Help().Key == k.Help().Key {
			after = h.keep
		}
	}
	out := make([]footerGroup, 0, len(groups)+1)
	g.keep = after + 1
	out = append(out, g)
	for _, h := range groups {
		if h.keep > after {
			h.keep++
		}
		out = append(out, h)
	}
	return out
}

// fitFooterKeys drops groups, the least kept first, until the keys left
// take at most room cells as measure draws them, or one group is left;
// it returns the keys left, in their order.
func fitFooterKeys(groups []footerGroup, room int, measure func([]key.Binding) int) []key.Binding {
	shown := make([]bool, len(groups))
	for i := range shown {
		shown[i] = true
	}
	for n := len(groups); ; n-- {
		var keys []key.Binding
		drop := -1
		for i, g := range groups {
			if !shown[i] {
				continue
			}
			keys = append(keys, g.keys...)
			if drop < 0 || g.keep < groups[drop].keep {
				drop = i
			}
		}
		if n <= 1 || measure(keys) <= room {
			return keys
		}
		shown[drop] = false
	}
}

// footerKeys is the footer's left side (where the reader is) and the keys
// it lists for the view on screen.
func (m *model) footerKeys() (string, []footerGroup) {
	k := m.c.keys
	// The footer names the quit key people type; the help lists ctrl+c too.
	k.Quit.SetHelp("q", "quit")
	switch {
	case m.help:
		if !m.helpScrolls() {
			return "", inOrder(with(k.Help, "close"), k.Quit)
		}
		scroll := key.NewBinding(key.WithKeys("j", "k"), key.WithHelp("j/k", "scroll"))
		return "", inOrder(scroll, with(k.Help, "close"), k.Quit)
	case m.linksOn && !m.inLibrary:
		enter := "copy"
		if m.opts.Local {
			enter = "open"
		}
		return "", inOrder(with(k.Enter, enter), with(k.Copy, "copy"), with(k.Back, "close"), k.Help, k.Quit)
	case m.peopleOn && m.people.open >= 0:
		return "", inOrder(with(k.Enter, "open at the quote"), with(k.Back, "people"), k.Help, k.Quit)
	case m.peopleOn:
		return "", inOrder(with(k.Enter, "their quotes"), with(k.Back, "back"), k.Help, k.Quit)
	case (m.inLibrary || m.b == nil) && m.lib.Filtering():
		// Typed keys go into the filter: q, ? and P are letters there.
		quit := key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
		return "", inOrder(with(k.Back, "clear"), with(k.Enter, "keep filter"), quit)
	case m.inLibrary || m.b == nil:
		keys := []key.Binding{k.Filter, k.People, k.Help, k.Quit}
		if m.lib.filter != "" {
			keys = append([]key.Binding{with(k.Back, "clear filter")}, keys...)
		}
		if m.lib.canOpen() {
			// Not on a file that failed to import: its row says why already.
			keys = append([]key.Binding{with(k.Enter, "open")}, keys...)
		}
		return "", inOrder(keys...)
	case m.detailOn:
		return "", []footerGroup{
			{[]key.Binding{k.NextQuote, k.PrevQuote}, 3},
			{[]key.Binding{with(k.Enter, "show in text")}, 1},
			{[]key.Binding{with(k.Back, "close")}, 2},
			{[]key.Binding{k.Help}, 4},
			{[]key.Binding{k.Quit}, 5},
		}
	}
	left := m.article.place()
	searching := m.article.searching()
	if searching {
		left += " · " + m.article.matchStatus()
	}
	walking := m.walkingMentions() && !searching
	if walking {
		left += " · mention " + m.facts.stepStatus()
	}
	fold := k.Fold
	switch {
	case m.article.captionsAtTop():
		// z opens or folds the photo captions there, not the section
		fold = with(k.Fold, map[bool]string{false: "show captions", true: "fold captions"}[m.article.captionsOpen])
	case m.article.topFolded():
		fold = with(k.Fold, "unfold section")
	}
	var groups []footerGroup
	switch {
	case walking:
		// Enter matters most here: it outlasts help on a narrow screen.
		groups = inOrder(fold, k.Search, k.FocusNext, k.Help, with(k.Enter, "next mention"), k.Quit)
	case searching:
		groups = []footerGroup{
			{[]key.Binding{k.NextMatch, k.PrevMatch}, 2},
			{[]key.Binding{k.Back}, 1},
			{[]key.Binding{k.Help}, 3},
			{[]key.Binding{k.Quit}, 4},
		}
	case m.focus == quotesFocus && len(m.quotes.order) > 0:
		// Enter, what the pane is for, outlasts help on a narrow screen;
		// copying goes first.
		groups = []footerGroup{
			{[]key.Binding{with(k.Enter, "show in text")}, 4},
			{[]key.Binding{with(k.Detail, "in full")}, 1},
			{[]key.Binding{k.Copy}, 0},
			{[]key.Binding{k.FocusNext}, 2},
			{[]key.Binding{k.Help}, 3},
			{[]key.Binding{k.Quit}, 6},
		}
	case m.focus == quotesFocus:
		// No quote to show: the quote keys do nothing.
		groups = inOrder(k.FocusNext, k.Help, k.Quit)
	case m.focus == factsFocus:
		groups = []footerGroup{
			{[]key.Binding{with(k.Enter, "next mention")}, 3},
			{[]key.Binding{k.FocusNext}, 1},
			{[]key.Binding{k.Help}, 2},
			{[]key.Binding{k.Quit}, 5},
		}
	default:
		groups = inOrder(k.NextQuote, with(k.Detail, "quote in full"), fold, k.Search, k.FocusNext, k.Help, k.Quit)
		if m.quotes.partial == 0 {
			// No quote ] or i could go to.
			groups = inOrder(fold, k.Search, k.FocusNext, k.Help, k.Quit)
		}
		if m.article.captionFoldOnScreen() && !m.article.captionsAtTop() {
			// The captions' line is in sight but not at the top, where z
			// acts (in an article that fits the pane it never gets there):
			// c, kept longer than tab, opens them from here.
			c := with(k.Captions, map[bool]string{false: "show captions", true: "fold captions"}[m.article.captionsOpen])
			groups = keptAfter(groups, k.FocusNext, footerGroup{keys: []key.Binding{c}})
		}
	}
	if m.hasLib && !searching {
		// Before quit, kept as long as help. (While searching, esc
		// clears the search first: its "esc back" is there already.)
		quit := groups[len(groups)-1]
		groups = append(groups[:len(groups)-1], footerGroup{[]key.Binding{with(k.Back, "library")}, quit.keep - 1}, quit)
	}
	return left, groups
}

// sanitizeLine makes untrusted text safe for one line of the terminal: no
// escape sequences, no control or bidi override characters, no line breaks.
func sanitizeLine(s string) string {
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			return -1
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}
