package ui

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/charmbracelet/x/xpty"
)

var ptyMeasure = flag.Bool("pty", false, "build brief and measure start-up and key echo in a pseudo-terminal")

// ptyScreen is the brief binary running in a pseudo-terminal, its output
// read into a virtual terminal.
type ptyScreen struct {
	mu       sync.Mutex
	received atomic.Int64 // bytes the program has written, for timing its first answer
	emu      *vt.Emulator
	pty      *xpty.UnixPty
	cmd      *exec.Cmd
}

func (p *ptyScreen) text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.emu.String()
}

// waitFor polls every 200 µs until cond holds and returns when it did.
func (p *ptyScreen) waitFor(t *testing.T, what string, cond func(string) bool) time.Time {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if cond(p.text()) {
			return time.Now()
		}
		time.Sleep(200 * time.Microsecond)
	}
	t.Fatalf("timed out waiting for %s:\n%s", what, p.text())
	return time.Time{}
}

// startPty starts the binary on a file in a width x height pseudo-terminal.
func startPty(t *testing.T, bin, file string, width, height int) (*ptyScreen, time.Time) {
	t.Helper()
	pt, err := xpty.NewUnixPty(width, height)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	p := &ptyScreen{emu: vt.NewEmulator(width, height), pty: pt}
	p.cmd = exec.Command(bin, file)
	// A state directory of its own: a store locked by the previous run
	// would make this one wait for the lock.
	p.cmd.Env = append(os.Environ(), "TERM=xterm-256color", "XDG_STATE_HOME="+t.TempDir())
	go func() { _, _ = io.Copy(pt, p.emu) }() // the terminal's replies
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n, err := pt.Read(buf)
			if n > 0 {
				p.received.Add(int64(n))
				p.mu.Lock()
				_, _ = p.emu.Write(buf[:n])
				p.mu.Unlock()
			}
			if err != nil {
				return
			}
		}
	}()
	start := time.Now()
	if err := pt.Start(p.cmd); err != nil {
		t.Fatalf("starting brief: %v", err)
	}
	t.Cleanup(func() {
		_, _ = pt.Write([]byte("q"))
		done := make(chan struct{})
		go func() { _ = p.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = p.cmd.Process.Kill()
		}
		_ = pt.Close()
	})
	return p, start
}

// writeBigArticle writes a plain-text article of about size bytes.
func writeBigArticle(t *testing.T, path string, size int) {
	t.Helper()
	b := bigBriefing(size)
	var sb strings.Builder
	sb.WriteString(b.Title + "\n\n")
	for _, s := range b.Sections {
		if s.Heading != "" {
			sb.WriteString(s.Heading + "\n\n")
		}
		for _, p := range s.Paragraphs {
			sb.WriteString(p + "\n\n")
		}
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPTYStartAndEcho measures, with the real binary in a pseudo-terminal,
// the time from process start to the first complete frame and from a
// scroll key to its echo on screen. Run with: go test ./ui -run TestPTY -pty -v
func TestPTYStartAndEcho(t *testing.T) {
	if !*ptyMeasure {
		t.Skip("measurement: run with -pty")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", bin, "..").CombinedOutput(); err != nil {
		t.Fatalf("building brief: %v\n%s", err, out)
	}
	big := filepath.Join(dir, "big.txt")
	writeBigArticle(t, big, fiveMB)
	files := []struct{ name, path, title string }{
		{"seed", seedPath, "China and Russia"},
		{"5MB", big, "A very long briefing"},
	}
	for _, f := range files {
		if _, err := os.Stat(f.path); err != nil {
			t.Logf("%s: skipped (%v)", f.name, err)
			continue
		}
		for _, size := range [][2]int{{120, 40}, {200, 60}} {
			var firsts, echoes, settled, answers []time.Duration
			echo := func(p *ptyScreen, into *[]time.Duration) {
				for range 10 {
					before, got := p.text(), p.received.Load()
					sent := time.Now()
					_, _ = p.pty.Write([]byte("j"))
					// The program's answer: its first bytes after the key,
					// before the virtual terminal has parsed them.
					for p.received.Load() == got && time.Since(sent) < 5*time.Second {
						time.Sleep(50 * time.Microsecond)
					}
					answers = append(answers, time.Since(sent))
					at := p.waitFor(t, "the echo of j", func(s string) bool { return s != before })
					*into = append(*into, at.Sub(sent))
					time.Sleep(20 * time.Millisecond)
				}
			}
			for run := range 3 {
				p, start := startPty(t, bin, f.path, size[0], size[1])
				at := p.waitFor(t, "the first frame", func(s string) bool {
					return strings.Contains(s, f.title) && strings.Contains(s, "§ 1/")
				})
				firsts = append(firsts, at.Sub(start))
				time.Sleep(300 * time.Millisecond)
				echo(p, &echoes)
				if run == 0 {
					// Again once the background rendering is long done.
					time.Sleep(15 * time.Second)
					echo(p, &settled)
				}
			}
			t.Logf("%s at %dx%d: first frame %s; j echo on screen %s, after 15 s %s; first output byte after j %s",
				f.name, size[0], size[1], stats(firsts), stats(echoes), stats(settled), stats(answers))
		}
	}
}

// stats summarises durations: median and max.
func stats(ds []time.Duration) string {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return fmt.Sprintf("median %s, max %s (n=%d)", s[len(s)/2].Round(100*time.Microsecond), s[len(s)-1].Round(100*time.Microsecond), len(s))
}
