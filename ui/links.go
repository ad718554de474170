package ui

import (
	"net/url"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"brief/briefing"
)

// linksPane lists every link of the article, in the order of the text:
// its words and its target. enter opens the target with the system's
// opener when the reader runs on this machine, and copies it through OSC
// 52 otherwise (over SSH the opener would run on the server).
type linksPane struct {
	b      *briefing.Briefing
	links  []briefing.Link // the briefing's links and the addresses written out in its text
	c      *common
	size   paneSize
	sel    int
	offset int
}

// newLinksPane lists the links of a briefing, with the web addresses
// written out in its text, which the text shows as links (see urlRuns),
// in the order of the text.
func newLinksPane(b *briefing.Briefing, c *common) linksPane {
	p := linksPane{b: b, c: c}
	if b == nil {
		return p
	}
	p.links = append(p.links, b.Links...)
	for s, sec := range b.Sections {
		links, styles := linksBySection(b, s), stylesBySection(b, s)
		for i, text := range sec.Paragraphs {
			if sec.Kind(i) == briefing.Code {
				continue
			}
			for _, r := range urlRuns(text, links[i]) {
				if inCode(styles[i], r) || isLinkSpan(links[i], r) {
					continue
				}
				l := briefing.Link{Target: text[r.start:r.end]}
				l.Section, l.Paragraph, l.Start, l.End = s, i, r.start, r.end
				p.links = append(p.links, l)
			}
		}
	}
	sort.SliceStable(p.links, func(i, j int) bool {
		a, b := p.links[i], p.links[j]
		if a.Section != b.Section {
			return a.Section < b.Section
		}
		if a.Paragraph != b.Paragraph {
			return a.Paragraph < b.Paragraph
		}
		return a.Start < b.Start
	})
	return p
}

// isLinkSpan reports whether a run is the span of one of the links.
func isLinkSpan(links []briefing.Link, r urlRun) bool {
	for _, l := range links {
		if l.Start == r.start && l.End == r.end {
			return true
		}
	}
	return false
}

// SetSize gives the pane its size.
func (p *linksPane) SetSize(width, height int) {
	p.size = paneSize{width, height}
	p.scroll()
}

// linkText is the words a link covers in its paragraph.
func linkText(b *briefing.Briefing, l briefing.Link) string {
	if l.Section < 0 || l.Section >= len(b.Sections) {
		return ""
	}
	ps := b.Sections[l.Section].Paragraphs
	if l.Paragraph < 0 || l.Paragraph >= len(ps) || l.Start < 0 || l.End > len(ps[l.Paragraph]) || l.Start >= l.End {
		return ""
	}
	return ps[l.Paragraph][l.Start:l.End]
}

// scroll keeps the selected link (two rows, and a blank) in view.
func (p *linksPane) scroll() {
	if p.b == nil {
		return
	}
	body := max(p.size.height-1, 0) / 3 * 3
	p.offset = keepInView(p.offset, p.sel*3, p.sel*3+2, body, len(p.links)*3)
}

// Update moves the selection; enter opens the target (local) or copies it,
// y copies it, each with a status line saying so.
func (p linksPane) Update(msg tea.KeyPressMsg, local bool) (linksPane, tea.Cmd) {
	n := len(p.links)
	if n == 0 {
		return p, nil
	}
	switch {
	case key.Matches(msg, p.c.keys.Enter):
		target := sanitizeLine(p.links[p.sel].Target)
		if local && openable(target) {
			return p, tea.Batch(openTarget(target), status("opening "+target))
		}
		return p, tea.Batch(tea.SetClipboard(target), status("copied "+target))
	case key.Matches(msg, p.c.keys.Copy):
		target := sanitizeLine(p.links[p.sel].Target)
		return p, tea.Batch(tea.SetClipboard(target), status("copied "+target))
	}
	if next, ok := moveKey(msg, &p.c.keys, p.sel, n, max((p.size.height-1)/3, 1)); ok {
		p.sel = next
		p.scroll()
	}
	return p, nil
}

// openable reports whether a target is a web or mail address, the only
// kind handed to the system's opener.
func openable(target string) bool {
	u, err := url.Parse(target)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") && !strings.ContainsAny(target, " \t")
}

// openTarget returns a command that hands target to the system's opener
// without waiting for it.
func openTarget(target string) tea.Cmd {
	return func() tea.Msg {
		name := "xdg-open"
		switch runtime.GOOS {
		case "darwin":
			name = "open"
		case "windows":
			return statusMsg("cannot open links here: y copies it")
		}
		cmd := exec.Command(name, target)
		if err := cmd.Start(); err != nil {
			return statusMsg("could not open the link (" + name + "): y copies it")
		}
		go cmd.Wait() //nolint:errcheck // the opener's exit does not matter
		return nil
	}
}

// View draws the list into its size.
func (p linksPane) View() string {
	width, height := p.size.width, p.size.height
	if width <= 0 || height <= 0 {
		return ""
	}
	s := lipgloss.NewStyle()
	text, dim, sel, marker := s.Foreground(p.c.pal.Text), s.Foreground(p.c.pal.Dim), s.Bold(true).Background(p.c.pal.Selected).Foreground(p.c.pal.SelectedText), s.Foreground(p.c.pal.Selected)
	n := len(p.links)
	status := plural(n, "link")
	if n > 0 {
		status = strconv.Itoa(p.sel+1) + "/" + strconv.Itoa(n)
	}
	lines := []string{titleBar("Links", status, width, true, p.c.pal)}
	if n == 0 {
		lines = append(lines, dim.Italic(true).Render(" This article has no links."))
		return fitRows(lines, width, height)
	}
	for d := p.offset / 3; d < n && len(lines) < height; d++ {
		l := p.links[d]
		mark, st := "  ", text
		if d == p.sel {
			mark, st = marker.Render("▌")+" ", sel
		}
		words := sanitizeLine(linkText(p.b, l))
		if words == "" {
			words = "(no text)"
		}
		lines = append(lines, fitCells(mark+st.Render(words), width))
		lines = append(lines, fitCells(mark+dim.Render("→ "+sanitizeLine(l.Target)), width))
		lines = append(lines, "")
	}
	return fitRows(lines, width, height)
}
