package ui

import (
	"flag"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/vt"
)

var update = flag.Bool("update", false, "rewrite the golden screens in testdata")

// screen runs a real reader program against a virtual terminal: the
// program's output goes into the emulator, keys and the emulator's replies
// to queries go into the program's input.
type screen struct {
	t     testing.TB
	mu    sync.Mutex
	emu   *vt.Emulator
	prog  *tea.Program
	in    *io.PipeWriter
	done  chan struct{}
	err   error
	final tea.Model

	stopOnce sync.Once
}

// emuWriter feeds program output to the emulator under the screen's lock.
type emuWriter struct{ s *screen }

func (w emuWriter) Write(p []byte) (int, error) {
	w.s.mu.Lock()
	defer w.s.mu.Unlock()
	return w.s.emu.Write(p)
}

// startScreen starts a program showing the model in a width x height
// terminal with a black background.
func startScreen(t testing.TB, m tea.Model, width, height int) *screen {
	t.Helper()
	return startScreenOn(t, m, width, height, color.Black)
}

// startScreenOn is startScreen on a terminal of the given background
// colour; extra program options come after the harness's own.
func startScreenOn(t testing.TB, m tea.Model, width, height int, bg color.Color, extra ...tea.ProgramOption) *screen {
	t.Helper()
	s := &screen{t: t, emu: vt.NewEmulator(width, height), done: make(chan struct{})}
	s.emu.SetDefaultBackgroundColor(bg)
	// LNM: the renderer sends bare LF when its input is not a tty.
	_, _ = s.emu.Write([]byte("\x1b[20h"))
	pr, pw := io.Pipe()
	s.in = pw
	go func() { _, _ = io.Copy(pw, s.emu) }()
	s.prog = tea.NewProgram(m, append([]tea.ProgramOption{
		tea.WithInput(pr), tea.WithOutput(emuWriter{s}),
		tea.WithWindowSize(width, height),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}),
		tea.WithColorProfile(colorprofile.ANSI256),
		tea.WithoutSignals(), tea.WithFPS(FPS),
	}, extra...)...)
	go func() {
		s.final, s.err = s.prog.Run()
		close(s.done)
	}()
	t.Cleanup(s.stop)
	return s
}

// stop quits the program and closes the pipes; it can be called twice.
func (s *screen) stop() {
	s.stopOnce.Do(func() {
		s.prog.Quit()
		select {
		case <-s.done:
		case <-time.After(5 * time.Second):
			s.t.Error("program did not stop")
		}
		// End the reply copier by closing the emulator's input pipe
		// (Emulator.Close races with a blocked Read).
		if c, ok := s.emu.InputPipe().(io.Closer); ok {
			_ = c.Close()
		}
		_ = s.in.Close()
	})
}

// quit stops the program and returns its final model.
func (s *screen) quit() *model {
	s.t.Helper()
	s.prog.Quit()
	<-s.done
	if s.err != nil {
		s.t.Fatalf("program: %v", s.err)
	}
	return s.final.(*model)
}

// text returns the screen as plain text, trailing blanks trimmed.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.emu.String()
}

// typeKeys sends raw bytes as if typed.
func (s *screen) typeKeys(keys string) {
	s.t.Helper()
	if _, err := io.WriteString(s.in, keys); err != nil {
		s.t.Fatalf("typing %q: %v", keys, err)
	}
}

// resize changes the terminal's size, as a window change would.
func (s *screen) resize(width, height int) {
	s.mu.Lock()
	s.emu.Resize(width, height)
	s.mu.Unlock()
	s.prog.Send(tea.WindowSizeMsg{Width: width, Height: height})
}

// screenWait is how long waitFor waits for a screen: long enough for a
// program under the race detector on a loaded machine of two cores (CI
// runs every package's tests at once); a screen that comes is met at once.
const screenWait = 20 * time.Second

// waitFor polls the screen until cond holds, failing after screenWait.
func (s *screen) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(screenWait)
	for {
		txt := s.text()
		if cond(txt) {
			return txt
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, txt)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// settleQuiet is how long the screen must stay the same for settle: long
// enough that a program still working through typed keys on a loaded
// machine (the race detector, a browser in another package's test) has
// drawn again before it passes.
const settleQuiet = 250 * time.Millisecond

// settle waits until the screen has not changed for settleQuiet.
func (s *screen) settle() string {
	s.t.Helper()
	last, since := s.text(), time.Now()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
		if txt := s.text(); txt != last {
			last, since = txt, time.Now()
		} else if time.Since(since) >= settleQuiet {
			return txt
		}
	}
	s.t.Fatalf("screen never settled:\n%s", last)
	return ""
}

// waitText waits until the screen contains every one of the strings.
func (s *screen) waitText(subs ...string) string {
	s.t.Helper()
	return s.waitFor(strings.Join(subs, ", "), func(txt string) bool {
		for _, sub := range subs {
			if !strings.Contains(txt, sub) {
				return false
			}
		}
		return true
	})
}

// find returns the cell position of the first occurrence of sub, or -1s.
func (s *screen) find(sub string) (int, int) { return s.findIn(0, 1<<30, sub) }

// findIn is find inside the columns [from, to): one pane of the screen.
func (s *screen) findIn(from, to int, sub string) (int, int) {
	for y, line := range strings.Split(s.text(), "\n") {
		r := []rune(line)
		if from >= len(r) {
			continue
		}
		part := string(r[from:min(to, len(r))])
		if i := strings.Index(part, sub); i >= 0 {
			return from + len([]rune(part[:i])), y
		}
	}
	return -1, -1
}

// findArticle is find inside the article pane of a width x height screen.
func (s *screen) findArticle(width, height int, sub string) (int, int) {
	l := computeLayout(width, height, 80)
	return s.findIn(l.articleX, l.articleX+l.articleW, sub)
}

// bg returns the background colour of a cell.
func (s *screen) bg(x, y int) color.Color {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.emu.CellAt(x, y)
	if c == nil {
		return nil
	}
	return c.Style.Bg
}

// hasBg reports whether any cell in the columns [from, to) has background c.
func (s *screen) hasBg(from, to int, c color.Color) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for y := range s.emu.Height() {
		for x := from; x < min(to, s.emu.Width()); x++ {
			if cell := s.emu.CellAt(x, y); cell != nil && sameColor(cell.Style.Bg, c) {
				return true
			}
		}
	}
	return false
}

// golden compares the screen with testdata/<name>.golden, rewriting it
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden screen (run go test ./ui -update and review it): %v", err)
	}
	if string(want) != got {
		t.Errorf("screen differs from %s (go test ./ui -update rewrites it)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
