// Package ui is the reader: Bubble Tea models that lay a briefing out as an
// article pane with collapsible sections, a quotes pane and a key-facts
// sidebar, and a library list when there are several briefings.
package ui

import (
	"fmt"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
	"brief/library"
	"brief/state"
)

// Options configure a reader program.
type Options struct {
	// Library holds the briefings; one entry opens it directly, several show
	// the library list.
	Library *library.Library
	// Store keeps the reading state (state.NewMemory() when nil).
	Store state.Store
	// Reader is the reader's identity for the store: "local", or a key
	// fingerprint over SSH.
	Reader string
	// Cache is the shared read-only render cache; nil makes a private one.
	Cache *RenderCache
	// Width caps the reading width (default 80).
	Width int
	// Style is "dark", "light", "notty", a Glamour style file path, or ""
	// to follow the terminal's background.
	Style string
	// NoColor turns colours off (NO_COLOR): the notty style and plain text.
	NoColor bool
	// IdleTimeout quits with a notice after this long without input; 0 never does.
	IdleTimeout time.Duration
	// Local says the reader runs on the reader's own machine: a link's
	// target may then be opened with the system's opener (never over SSH).
	Local bool
	// Done, when closed, ends the reader's background work (the library
	// watch): the SSH server closes it when the session ends, since Bubble
	// Tea cannot cancel a command that is still waiting.
	Done <-chan struct{}
	// Terminal, when not nil, is the local terminal Run draws in (the
	// command's standard output): Run paints the first frame there itself,
	// without waiting for Bubble Tea's first frame period (see
	// paintFirstFrame). The SSH server leaves it nil.
	Terminal *os.File
	// Drawn, when not nil, is called once the first frame at the
	// terminal's size is out (two frame periods after the size arrived), so
	// that heavy work can wait for it (see library.LoadOptions.Hold).
	Drawn func()
}

// saveDelay is how long reading state waits after a change before it is saved.
const saveDelay = 2 * time.Second

// model is the root model: it owns the panes, lays them out, routes keys
// and messages, and keeps the reading state.
type model struct {
	opts Options
	c    *common // keys, colours and style, shared with the panes
	dark bool

	width, height int
	lay           layout

	lib         libraryPane
	inLibrary   bool
	hasLib      bool  // the briefing was opened from the library list
	autoOpen    bool  // one file is importing: open it when it is done
	openErr     error // that file could not be read: the reader ends with this error
	marksLoaded bool  // the read marks of the library have been asked for
	read        bool  // the open briefing has been read (to the end, or most of it)

	entryID string
	b       *briefing.Briefing
	article articlePane
	quotes  quotesPane
	facts   factsPane
	focus   pane
	side    pane // the side pane shown in the medium layout
	// mentions is set when, one pane at a time, a fact's mention brought
	// the text on screen: enter there steps on to the fact's next mention,
	// as it does in the facts pane, until the focus moves.
	mentions bool
	// The selected quote lives in the quotes pane (m.quotes.Selected()).

	help       bool
	helpOffset int // rows of the help scrolled past
	detailOn   bool
	linksOn    bool
	links      linksPane // the article's links, over the panes
	peopleOn   bool
	people     peoplePane  // everyone quoted in the library, over the panes
	detail     quoteDetail // the selected quote in full, over the panes
	searching  bool
	input      textinput.Model
	status     string

	shortHelp help.Model // draws the footer's keys

	placeDue  bool // the reader's place in the open briefing is still to be read from the store
	restore   *state.Reading
	saved     state.Reading
	seen      state.Reading // the reading state at the end of the last Update
	saveArmed bool          // a saveMsg timer is running
	changedAt time.Time     // the last change of the reading state
	lastInput time.Time
	notice    string
}

// saveMsg asks for the reading state to be saved if it has been still.
type saveMsg struct{}

// idleMsg checks for inactivity.
type idleMsg struct{}

// New returns the root model of a reader program.
func New(opts Options) tea.Model {
	return newModel(opts)
}

// newModel is New with the model's own type.
func newModel(opts Options) *model {
	if opts.Store == nil {
		opts.Store = state.NewMemory()
	}
	if opts.Cache == nil {
		opts.Cache = NewRenderCache()
	}
	if opts.Width <= 0 {
		opts.Width = 80
	}
	if opts.Library == nil {
		opts.Library = library.FromBriefings(nil)
	}
	if opts.Reader == "" {
		opts.Reader = "local"
	}
	m := &model{opts: opts, c: &common{keys: DefaultKeyMap()}, dark: true, lastInput: time.Now()}
	m.setColours(true)
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "search"
	// Nothing is laid out until the first WindowSizeMsg gives the real size.
	m.lay = computeLayout(80, 24, opts.Width)
	m.lib = newLibraryPane(opts.Library, m.c)
	m.lib.stop = opts.Done
	entries, done := opts.Library.Snapshot()
	switch {
	case done && len(entries) == 1 && entries[0].Briefing != nil:
		m.open(entries[0])
	case !done && opts.Library.Progress().Total == 1:
		// One file still importing: its progress shows until it opens.
		m.inLibrary, m.autoOpen = true, true
	default:
		m.inLibrary = true
	}
	return m
}

// setColours picks the palette and Glamour style for a background.
func (m *model) setColours(dark bool) {
	m.dark = dark
	switch {
	case m.opts.NoColor, m.opts.Style == "notty":
		// notty is Glamour's style for no terminal styling: the panes follow.
		m.c.pal, m.c.style = plainPalette(), "notty"
		m.setHelpStyles()
		return
	case m.opts.Style == "":
		m.c.style = "dark"
		if !dark {
			m.c.style = "light"
		}
	default:
		m.c.style = m.opts.Style
		switch m.opts.Style {
		case "light":
			dark = false
		case "dark":
			dark = true
		}
	}
	m.c.pal = newPalette(dark)
	m.setHelpStyles()
}

// open shows a briefing, restoring the reader's place in it.
func (m *model) open(e library.Entry) {
	b := e.Briefing
	if b != nil && len(b.Sections) == 0 {
		// A title with no body: the article pane stands on one empty lead
		// section, made on a copy so the shared briefing is left alone.
		c := *b
		c.Sections = []briefing.Section{{}}
		b = &c
	}
	m.entryID, m.b = e.ID, b
	m.article = newArticlePane(m.b, m.opts.Cache, m.c)
	m.quotes = newQuotesPane(m.b, m.c)
	m.facts = newFactsPane(m.b, m.c)
	m.focus, m.side, m.mentions = articleFocus, quotesFocus, false
	m.inLibrary, m.help, m.searching, m.status, m.detailOn, m.linksOn = false, false, false, "", false, false
	m.restore = nil
	m.saved = state.Reading{Quote: -1}
	m.read = false
	m.placeDue = true
	m.resize() // with the screen's size known, the place is read now
	m.seen = m.reading()
}

// loadPlace reads the reader's place in the open briefing from the store,
// for resize to restore. A reader that starts with a briefing open reads
// it once the terminal has given its size, not before the program starts,
// so the terminal is set up while the store opens; the first frame at that
// size shows the place.
func (m *model) loadPlace() {
	m.placeDue = false
	if r, ok, err := m.opts.Store.Load(m.opts.Reader, m.entryID); err == nil && ok {
		m.restore = &r
		m.saved = r
		m.read = r.Read
	}
}

// Init asks for the terminal's background and starts the library watch and
// the idle timer. Nothing waits for the answers.
func (m *model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.lib.Init(), m.loadMarks()}
	if m.opts.IdleTimeout > 0 {
		cmds = append(cmds, tea.Tick(m.opts.IdleTimeout, func(time.Time) tea.Msg { return idleMsg{} }))
	}
	if !m.inLibrary {
		cmds = append(cmds, m.article.renderMore())
	}
	return tea.Batch(cmds...)
}

// resize lays the panes out for the current screen.
func (m *model) resize() {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	m.lay = computeLayout(m.width, m.height, m.opts.Width)
	if m.lay.tabs && (m.inLibrary || m.b == nil) {
		// The library has no panes to name: it takes the tab bar's row.
		m.lay.tabs, m.lay.bodyY, m.lay.bodyH = false, 1, m.lay.bodyH+1
	}
	m.lib.SetSize(m.lay.width, m.lay.bodyH)
	// The people index opens over the library as over a briefing.
	m.people.SetSize(m.lay.width, m.lay.bodyH)
	if m.b == nil {
		return
	}
	if m.placeDue {
		m.loadPlace()
	}
	m.article.SetSize(m.lay.articleW, m.lay.bodyH)
	m.sizeSidePanes()
	if m.restore != nil {
		r := m.restore
		m.restore = nil
		m.article.setFolded(r.Folded)
		m.article.goToParagraph(r.Section, r.Paragraph)
		if r.Quote >= 0 && r.Quote < len(m.b.Quotes) {
			m.quotes.Select(r.Quote)
			m.article.markQuote(r.Quote)
		}
		m.seen = m.reading()
	}
	m.input.SetWidth(max(m.width-4, 1))
	if m.detailOn {
		m.detail.SetSize(m.lay.width, m.lay.bodyH)
	}
	m.links.SetSize(m.lay.width, m.lay.bodyH)
}

// Update routes a message.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	defer m.prepareView()
	if !m.inLibrary && m.b != nil {
		if more := m.article.renderMore(); more != nil {
			cmd = tea.Batch(cmd, more)
		}
		// Before the first size the article has no height, and would
		// count as read to its end.
		if !m.read && m.width > 0 && m.article.percent() >= readPercent {
			m.read = true
			m.lib.MarkRead(m.entryID)
		}
		if r := m.reading(); !sameReading(r, m.seen) {
			m.seen = r
			cmd = tea.Batch(cmd, m.scheduleSave())
		}
	}
	return m, cmd
}

func (m *model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		if drawn := m.opts.Drawn; drawn != nil {
			m.opts.Drawn = nil
			// The frame at this size is flushed within a frame period; a
			// second one is the margin for a busy machine, where ticks are late.
			return tea.Tick(2*time.Second/FPS+time.Millisecond, func(time.Time) tea.Msg {
				drawn()
				return nil
			})
		}
		return nil
	case tea.BackgroundColorMsg:
		if m.opts.Style == "" && !m.opts.NoColor && msg.IsDark() != m.dark {
			m.setColours(msg.IsDark())
			m.lib.restyle()
			if m.b != nil {
				m.repaint()
			}
		}
		return nil
	case NoticeMsg:
		m.save()
		m.notice = sanitizeLine(msg.Text)
		if m.notice == "" {
			m.notice = "brief: closed"
		}
		return tea.Quit
	case idleMsg:
		left := m.opts.IdleTimeout - time.Since(m.lastInput)
		if left <= 0 {
			return func() tea.Msg {
				return NoticeMsg{Text: fmt.Sprintf("brief: closed after %s without input", m.opts.IdleTimeout)}
			}
		}
		return tea.Tick(left, func(time.Time) tea.Msg { return idleMsg{} })
	case saveMsg:
		return m.saveDue()
	case savedMsg:
		m.takeSaved(msg)
		return nil
	case renderedMsg:
		if m.b == nil {
			return nil
		}
		var cmd tea.Cmd
		m.article, cmd = m.article.Update(msg)
		return cmd
	case openMsg:
		return m.openID(msg.id)
	case openQuoteMsg:
		return m.openAtQuote(msg)
	case closeMsg:
		m.peopleOn, m.linksOn, m.detailOn = false, false, false
		return nil
	case statusMsg:
		m.status = truncate(string(msg), max(m.width, 1))
		return nil
	case libraryChangedMsg:
		var cmd tea.Cmd
		m.lib, cmd = m.lib.Update(msg)
		if m.autoOpen && m.lib.done {
			m.autoOpen = false
			entries, _ := m.opts.Library.Snapshot()
			switch {
			case len(entries) == 1 && entries[0].Briefing != nil:
				m.open(entries[0])
				return tea.Batch(cmd, m.article.renderMore())
			case len(entries) == 1 && entries[0].Err != nil:
				// As when it fails at once: the terminal back, one line, status 1.
				m.openErr = entries[0].Err
				return tea.Quit
			}
		}
		return tea.Batch(cmd, m.loadMarks())
	case readMarksMsg:
		m.lib.SetRead(msg.read)
		if m.read && m.entryID != "" {
			m.lib.MarkRead(m.entryID)
		}
		return nil
	case jumpMsg:
		if m.b == nil {
			return nil
		}
		m.article.jump(msg)
		if msg.quote >= 0 {
			m.quotes.Select(msg.quote)
		}
		if m.lay.mode == narrow {
			// One pane at a time: show the text the jump went to.
			m.setFocus(articleFocus)
			m.mentions = msg.mention
		}
		return nil
	case tea.KeyPressMsg:
		m.lastInput = time.Now()
		return m.key(msg)
	case tea.PasteMsg:
		if m.searching {
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			return cmd
		}
	case tea.MouseWheelMsg:
		m.lastInput = time.Now()
		return m.wheel(msg)
	case tea.MouseClickMsg:
		m.lastInput = time.Now()
		return m.click(msg)
	}
	if m.searching {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return cmd
	}
	return nil
}

// repaint rebuilds the panes after a palette or style change.
func (m *model) repaint() {
	m.article.setPalette(m.c.pal)
	m.article.setStyle(m.c.style)
	sel := m.quotes.Selected()
	m.quotes = newQuotesPane(m.b, m.c)
	m.facts = newFactsPane(m.b, m.c)
	m.sizeSidePanes()
	if sel >= 0 {
		m.quotes.Select(sel)
	}
}

// openID opens a library entry by ID.
func (m *model) openID(id string) tea.Cmd {
	entries, _ := m.opts.Library.Snapshot()
	for _, e := range entries {
		if e.ID != id {
			continue
		}
		if e.Briefing == nil {
			if e.Err != nil {
				m.status = sanitizeLine(e.Err.Error())
			}
			return nil
		}
		m.open(e)
		m.hasLib = true
		return m.article.renderMore()
	}
	return nil
}

// key handles a key press: the search prompt and help first, then the
// global keys, then the focused pane.
func (m *model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.c.keys
	m.status = ""
	if key.Matches(msg, k.Quit) && msg.Text == "" {
		// The quit key that types nothing (ctrl+c) quits even while typing.
		m.save()
		return tea.Quit
	}
	if key.Matches(msg, k.Suspend) {
		// Back to the shell, as less does; fg brings the reader back and
		// Bubble Tea repaints it at the terminal's size. Over SSH there is
		// no shell of the reader's to go back to: the key does nothing.
		if !m.opts.Local {
			return nil
		}
		m.save()
		return tea.Suspend
	}
	if m.searching {
		return m.searchKey(msg)
	}
	if m.help {
		return m.helpKey(msg)
	}
	if m.peopleOn {
		switch {
		case key.Matches(msg, k.Quit):
			m.save()
			return tea.Quit
		case key.Matches(msg, k.Help):
			m.openHelp()
			return nil
		}
		var cmd tea.Cmd
		m.people, cmd = m.people.Update(msg)
		return cmd
	}
	if m.linksOn {
		if key.Matches(msg, k.Back) || key.Matches(msg, k.Links) {
			m.linksOn = false
			return nil
		}
		if key.Matches(msg, k.Help) {
			m.openHelp()
			return nil
		}
		if key.Matches(msg, k.Quit) {
			m.save()
			return tea.Quit
		}
		var cmd tea.Cmd
		m.links, cmd = m.links.Update(msg, m.opts.Local)
		return cmd
	}
	if m.detailOn {
		return m.detailKey(msg)
	}
	if key.Matches(msg, k.People) && !(m.inLibrary && m.lib.Filtering()) {
		m.openPeople()
		return nil
	}
	if m.inLibrary {
		if !m.lib.Filtering() {
			switch {
			case key.Matches(msg, k.Quit):
				return tea.Quit
			case key.Matches(msg, k.Help):
				m.openHelp()
				return nil
			}
		}
		var cmd tea.Cmd
		m.lib, cmd = m.lib.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		m.save()
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.openHelp()
		return nil
	case key.Matches(msg, k.Links):
		m.links = newLinksPane(m.b, m.c)
		m.links.SetSize(m.lay.width, m.lay.bodyH)
		m.linksOn, m.detailOn = true, false
		return nil
	case key.Matches(msg, k.Detail), m.focus == quotesFocus && msg.String() == "space":
		return m.openDetail()
	case key.Matches(msg, k.JumpBack):
		if !m.article.jumpBack() {
			m.status = "no jump to go back from"
			return nil
		}
		if m.lay.mode == narrow {
			m.setFocus(articleFocus) // one pane at a time: show the text
		}
		return nil
	case key.Matches(msg, k.Back):
		m.mentions = false
		switch {
		case m.article.query != "":
			m.article.search("")
		case m.hasLib:
			m.save()
			m.inLibrary = true
			m.resize() // the narrow layout's tab bar goes
		default:
			m.article.clearStrong()
		}
		return nil
	case key.Matches(msg, k.Search):
		m.mentions = false
		m.searching = true
		m.input.SetValue("")
		return m.input.Focus()
	case m.article.query != "" && key.Matches(msg, k.NextMatch):
		m.status = m.article.nextMatch(1)
		return nil
	case m.article.query != "" && key.Matches(msg, k.PrevMatch):
		m.status = m.article.nextMatch(-1)
		return nil
	case key.Matches(msg, k.NextQuote):
		return m.stepQuote(1)
	case key.Matches(msg, k.PrevQuote):
		return m.stepQuote(-1)
	case key.Matches(msg, k.FocusNext):
		m.setFocus((m.focus + 1) % 3)
		return nil
	case key.Matches(msg, k.FocusPrev):
		m.setFocus((m.focus + 2) % 3)
		return nil
	case key.Matches(msg, k.Copy):
		return m.copyQuote()
	case key.Matches(msg, k.Captions):
		m.status = m.article.toggleAllCaptions()
		if m.lay.mode == narrow {
			m.setFocus(articleFocus) // one pane at a time: show the text
		}
		return nil
	case m.walkingMentions() && key.Matches(msg, k.Enter):
		var cmd tea.Cmd
		m.facts, cmd = m.facts.Update(msg)
		return cmd
	}
	var cmd tea.Cmd
	switch m.focus {
	case quotesFocus:
		before := m.quotes.Selected()
		if before < 0 && key.Matches(msg, k.Enter) {
			// Nothing picked yet: enter shows the quote ] would go to.
			j := m.nextQuote(1)
			if j < 0 {
				j = m.nextQuote(-1)
			}
			m.quotes.Select(j)
		}
		m.quotes, cmd = m.quotes.Update(msg)
		if q := m.quotes.Selected(); q != before {
			// The quote picked in the pane is painted in the text.
			m.article.markQuote(q)
		}
	case factsFocus:
		m.facts, cmd = m.facts.Update(msg)
	default:
		m.article, cmd = m.article.Update(msg)
	}
	return cmd
}

// setFocus moves the focus; in the medium layout the side pane follows it.
// The facts pane, taking the focus with nothing selected, selects its first
// fact, so that enter does what the footer offers ("next mention"). The
// quotes pane selects nothing, so that ] still goes on from the top of the
// article; there enter with nothing selected shows the quote ] would.
func (m *model) setFocus(p pane) {
	m.focus = p
	m.mentions = false
	if p != articleFocus {
		m.side = p
	}
	if p == factsFocus && m.b != nil && m.facts.selected < 0 {
		m.facts.MoveBy(1)
	}
}

// walkingMentions reports whether enter steps to the selected fact's next
// mention from the text: one pane at a time, after a mention's jump.
func (m *model) walkingMentions() bool {
	return m.mentions && m.lay.mode == narrow && m.focus == articleFocus && m.facts.selected >= 0
}

// stepQuote selects the next (dir 1) or previous (dir -1) non-partial quote
// and brings it on screen, from the selected quote or, with none, from the top.
// Under 80 columns, pressed on the facts, it shows the article.
func (m *model) stepQuote(dir int) tea.Cmd {
	m.mentions = false // the text now shows a quote
	if j := m.nextQuote(dir); j >= 0 {
		m.showQuote(j)
		if m.lay.mode == narrow && m.focus == factsFocus {
			// One pane at a time, and the facts show nothing of a quote:
			// show the text the quote is in, as a jump from a pane does.
			m.setFocus(articleFocus)
		}
		return nil
	}
	if dir > 0 {
		m.status = "no more quotes below"
	} else {
		m.status = "no more quotes above"
	}
	return nil
}

// nextQuote returns the next (dir 1) or previous (dir -1) non-partial
// quote from the selected one or, with none, from the top line of the
// screen; -1 when there is none that way. A selected quote the reader has
// scrolled off the text counts as none, unless the quotes pane or the
// quote in full shows it.
func (m *model) nextQuote(dir int) int {
	qs := m.b.Quotes
	i := m.quotes.Selected()
	if i >= 0 && i < len(qs) && m.focus != quotesFocus && !m.detailOn {
		q := qs[i]
		if !m.article.spanOnScreen(q.Section, q.Paragraph, q.Start) && !m.article.spanOnScreen(q.Section, q.LastParagraph(), max(q.End-1, 0)) {
			i = -1
		}
	}
	if i < 0 {
		s, p := m.article.topParagraph()
		from := m.article.topOffset() // the top line, inside paragraph p
		first := len(qs)              // the first quote at or below the top line
		for j, q := range qs {
			if q.Section > s || q.Section == s && (q.Paragraph > p || q.Paragraph == p && q.Start >= from) {
				first = j
				break
			}
		}
		i = first
		if dir > 0 {
			i = first - 1
		}
	}
	for j := i + dir; j >= 0 && j < len(qs); j += dir {
		if !qs[j].Partial {
			return j
		}
	}
	return -1
}

// setHelpStyles styles the footer's keys from the palette.
func (m *model) setHelpStyles() {
	h := help.New()
	h.ShortSeparator = " · "
	dim := lipgloss.NewStyle().Foreground(m.c.pal.Dim)
	h.Styles.ShortKey, h.Styles.ShortDesc, h.Styles.ShortSeparator, h.Styles.Ellipsis = dim, dim, dim, dim
	m.shortHelp = h
}

// sizeSidePanes gives the quotes and facts panes their size in the layout.
func (m *model) sizeSidePanes() {
	l := m.lay
	switch l.mode {
	case wide:
		m.quotes.SetSize(l.quotesW, l.bodyH)
		m.facts.SetSize(l.factsW, l.bodyH)
	case medium:
		m.quotes.SetSize(l.sideW, l.bodyH)
		m.facts.SetSize(l.sideW, l.bodyH)
	default:
		m.quotes.SetSize(l.width, l.bodyH)
		m.facts.SetSize(l.width, l.bodyH)
	}
}

// readPercent is how far into a briefing a reader must get for it to count
// as read: its end, or most of it.
const readPercent = 90

// readMarksMsg brings the reader's read marks for the library.
type readMarksMsg struct{ read map[string]bool }

// loadMarks returns a command that loads the read marks of the library's
// briefings, once the library has finished loading; nil before, or when
// they have been loaded.
func (m *model) loadMarks() tea.Cmd {
	if m.marksLoaded || !m.lib.done || len(m.lib.entries) < 2 {
		return nil
	}
	m.marksLoaded = true
	store, reader, ids := m.opts.Store, m.opts.Reader, m.lib.IDs()
	return func() tea.Msg {
		read, _ := state.ReadMarks(store, reader, ids)
		return readMarksMsg{read}
	}
}

// prepareView lays out and renders, after each update, what the next View
// will draw, so that View only puts ready rows together.
func (m *model) prepareView() {
	if m.inLibrary || m.b == nil {
		m.lib.prepare()
		return
	}
	m.article.paintVisible()
	m.quotes.prepare()
	m.facts.prepare()
}
