package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// common is what every pane of one reader shares: the keys, the colours
// and the Glamour style. The root owns it and the panes keep a pointer to
// it, so that nothing is passed to each constructor and a change reaches
// every pane.
type common struct {
	keys  KeyMap
	pal   palette
	style string // the Glamour style in use
}

// palette is the reader's colours for one background. Each pane builds its
// Lip Gloss styles from it, so light and dark terminals both read well.
type palette struct {
	dark bool
	// plain is set under NO_COLOR: no colours, highlights by underline and reverse video.
	plain bool

	Text, Dim, Accent, Border, BorderFocused color.Color
	Speaker                                  color.Color
	Highlight, HighlightText                 color.Color // quotes in the text
	Selected, SelectedText                   color.Color // the selected quote or mention
	Match, MatchText                         color.Color // search matches
	Error                                    color.Color
}

// newPalette returns the colours for a dark or light background.
func newPalette(dark bool) palette {
	ld := lipgloss.LightDark(dark)
	return palette{
		dark:          dark,
		Text:          ld(lipgloss.Color("235"), lipgloss.Color("252")),
		Dim:           ld(lipgloss.Color("244"), lipgloss.Color("243")),
		Accent:        ld(lipgloss.Color("25"), lipgloss.Color("75")),
		Border:        ld(lipgloss.Color("250"), lipgloss.Color("238")),
		BorderFocused: ld(lipgloss.Color("25"), lipgloss.Color("75")),
		Speaker:       ld(lipgloss.Color("130"), lipgloss.Color("215")),
		Highlight:     ld(lipgloss.Color("230"), lipgloss.Color("236")),
		HighlightText: ld(lipgloss.Color("94"), lipgloss.Color("223")),
		Selected:      ld(lipgloss.Color("220"), lipgloss.Color("178")),
		SelectedText:  ld(lipgloss.Color("0"), lipgloss.Color("0")),
		Match:         ld(lipgloss.Color("153"), lipgloss.Color("61")),
		MatchText:     ld(lipgloss.Color("0"), lipgloss.Color("231")),
		Error:         ld(lipgloss.Color("160"), lipgloss.Color("203")),
	}
}
