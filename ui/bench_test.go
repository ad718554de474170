package ui

import (
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"brief/briefing"
	"brief/library"
)

// fiveMB is the size of the large briefing the speed targets are set for.
const fiveMB = 5 << 20

// openModel returns a reader on one briefing, sized and drawn once.
func openModel(b *briefing.Briefing, cache *RenderCache, width, height int) *model {
	m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{b}), Cache: cache}).(*model)
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	_ = m.View()
	return m
}

// renderAll fills the cache with every chunk of the open briefing, as the
// background renderer does once the reader has been open a few seconds.
func renderAll(m *model) {
	d := m.article.articleDoc
	for {
		d.rendering = false
		cmd := d.renderMore()
		if cmd == nil {
			return
		}
		d.applyRendered(cmd().(renderedMsg))
	}
}

func BenchmarkFirstFrameSeed(b *testing.B) {
	br := seedBriefing(b)
	for b.Loop() {
		openModel(br, NewRenderCache(), 120, 40)
	}
}

func BenchmarkFirstFrame5MB(b *testing.B) {
	br := bigBriefing(fiveMB)
	b.ResetTimer()
	for b.Loop() {
		openModel(br, NewRenderCache(), 200, 60)
	}
}

// benchKeys measures Update and View for a sequence of keys on a briefing
// that is fully rendered, at 200x60.
func benchKeys(b *testing.B, br *briefing.Briefing, keys ...tea.KeyPressMsg) {
	m := openModel(br, NewRenderCache(), 200, 60)
	renderAll(m)
	runtime.GC()
	i := 0
	b.ResetTimer()
	for b.Loop() {
		m.Update(keys[i%len(keys)])
		_ = m.View()
		i++
	}
}

var (
	keyJ       = tea.KeyPressMsg{Code: 'j', Text: "j"}
	keyK       = tea.KeyPressMsg{Code: 'k', Text: "k"}
	keyNext    = tea.KeyPressMsg{Code: ']', Text: "]"}
	keyPrev    = tea.KeyPressMsg{Code: '[', Text: "["}
	keyPgDown  = tea.KeyPressMsg{Code: tea.KeyPgDown}
	keyFold    = tea.KeyPressMsg{Code: 'z', Text: "z"}
	keySection = tea.KeyPressMsg{Code: '}', Text: "}"}
)

func BenchmarkScrollKey5MB(b *testing.B) {
	benchKeys(b, bigBriefing(fiveMB), keyJ, keyJ, keyK)
}

func BenchmarkPageDown5MB(b *testing.B) { benchKeys(b, bigBriefing(fiveMB), keyPgDown) }

func BenchmarkNextQuote5MB(b *testing.B) {
	benchKeys(b, bigBriefing(fiveMB), keyNext, keyNext, keyPrev)
}

func BenchmarkFold5MB(b *testing.B) { benchKeys(b, bigBriefing(fiveMB), keyFold, keySection) }

func BenchmarkRenderChunk(b *testing.B) {
	br := bigBriefing(64 << 10)
	for b.Loop() {
		renderChunk(br, 1, 0, 79, "dark", 1)
	}
}

// benchProgramFirstFrame measures a real program, from NewProgram to the
// first complete frame (title and footer) in a virtual terminal.
func benchProgramFirstFrame(b *testing.B, br *briefing.Briefing, width, height int) {
	for b.Loop() {
		m := New(Options{Library: library.FromBriefings([]*briefing.Briefing{br}), Cache: NewRenderCache()})
		s := startScreen(b, m, width, height)
		for {
			txt := s.text()
			if strings.Contains(txt, "§ 1/") && strings.Contains(txt, "▾ ") {
				break
			}
			time.Sleep(50 * time.Microsecond)
		}
		b.StopTimer()
		s.stop()
		runtime.GC()
		b.StartTimer()
	}
}

func BenchmarkProgramFirstFrameSeed(b *testing.B) {
	benchProgramFirstFrame(b, seedBriefing(b), 120, 40)
}

func BenchmarkProgramFirstFrame5MB(b *testing.B) {
	benchProgramFirstFrame(b, bigBriefing(fiveMB), 200, 60)
}
