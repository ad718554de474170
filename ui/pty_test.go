package ui

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
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
	mu        sync.Mutex
	firstRead atomic.Int64  // when the program's first output after a reset arrived (Unix ns; 0 until then)
	lastRead  atomic.Int64  // when the program's latest output arrived (Unix ns)
	exited    chan struct{} // closed when the program has exited
	changed   chan struct{} // signalled after each write into emu
	stopOnce  sync.Once
	emu       *vt.Emulator
	pty       *xpty.UnixPty
	cmd       *exec.Cmd
}

// stop quits the program (q, then a kill after 5 s) and closes the
// pseudo-terminal; it can be called twice.
func (p *ptyScreen) stop() {
	p.stopOnce.Do(func() {
		_, _ = p.pty.Write([]byte("q"))
		select {
		case <-p.exited:
		case <-time.After(5 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.exited
		}
		_ = p.pty.Close()
	})
}

func (p *ptyScreen) text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.emu.String()
}

// waitFor returns when cond holds of the screen. The screen is checked
// each time the program's output has been written into the virtual
// terminal, so the wait neither polls nor competes with the program for
// the processor.
func (p *ptyScreen) waitFor(t *testing.T, what string, cond func(string) bool) time.Time {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		if cond(p.text()) {
			return time.Now()
		}
		select {
		case <-p.changed:
		case <-deadline:
			t.Fatalf("timed out waiting for %s:\n%s", what, p.text())
			return time.Time{}
		}
	}
}

// startPty starts the binary with its arguments in a width x height
// pseudo-terminal.
func startPty(t *testing.T, bin string, args []string, width, height int) (*ptyScreen, time.Time) {
	t.Helper()
	return startPtyEnv(t, bin, args, width, height, nil)
}

// startPtyEnv is startPty with environment variables set after the
// default ones, so that they win.
func startPtyEnv(t *testing.T, bin string, args []string, width, height int, env []string) (*ptyScreen, time.Time) {
	t.Helper()
	pt, err := xpty.NewUnixPty(width, height)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	p := &ptyScreen{emu: vt.NewEmulator(width, height), pty: pt, changed: make(chan struct{}, 1), exited: make(chan struct{})}
	p.cmd = exec.Command(bin, args...)
	// A state directory of its own: a store locked by the previous run
	// would make this one wait for the lock.
	p.cmd.Env = append(append(os.Environ(), "TERM=xterm-256color", "XDG_STATE_HOME="+t.TempDir()), env...)
	go func() { _, _ = io.Copy(pt, p.emu) }() // the terminal's replies
	go readAll(pt, func(out []byte) {
		now := time.Now().UnixNano()
		p.firstRead.CompareAndSwap(0, now)
		p.lastRead.Store(now)
		p.mu.Lock()
		_, _ = p.emu.Write(out)
		p.mu.Unlock()
		select {
		case p.changed <- struct{}{}:
		default:
		}
	})
	start := time.Now()
	if err := pt.Start(p.cmd); err != nil {
		t.Fatalf("starting %s: %v", filepath.Base(bin), err)
	}
	go func() { _ = p.cmd.Wait(); close(p.exited) }()
	t.Cleanup(p.stop)
	return p, start
}

// readAll reads a program's output from its pseudo-terminal until the
// terminal closes, handing each read to got.
func readAll(pt io.Reader, got func([]byte)) {
	buf := make([]byte, 64<<10)
	for {
		n, err := pt.Read(buf)
		if n > 0 {
			got(buf[:n])
		}
		if err != nil {
			return
		}
	}
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

// ptyRun is one program measured in the pseudo-terminal: what it opens and
// the text its first complete frame shows.
type ptyRun struct {
	name, bin, file, title string
	args                   []string // before the file
	settle                 bool     // measure again once background rendering is long done
}

// argv is the run's command-line arguments.
func (r ptyRun) argv() []string {
	if r.file == "" {
		return r.args
	}
	return append(append([]string(nil), r.args...), r.file)
}

// TestPTYStartAndEcho measures, with the real binary in a pseudo-terminal,
// the time from process start to the first complete frame and from a
// scroll key to its echo on screen, at three terminal sizes. The same
// echo is measured for ui/testdata/echofloor, the smallest Bubble Tea
// program that scrolls a full screen of text: the framework's own share.
// Run with: go test ./ui -run TestPTY -pty -v
func TestPTYStartAndEcho(t *testing.T) {
	if !*ptyMeasure {
		t.Skip("measurement: run with -pty")
	}
	dir := t.TempDir()
	bin, floor := filepath.Join(dir, "brief"), filepath.Join(dir, "echofloor")
	for _, b := range [][2]string{{bin, ".."}, {floor, "./testdata/echofloor"}} {
		if out, err := exec.Command("go", "build", "-o", b[0], b[1]).CombinedOutput(); err != nil {
			t.Fatalf("building %s: %v\n%s", b[1], err, out)
		}
	}
	big := filepath.Join(dir, "big.txt")
	writeBigArticle(t, big, fiveMB)
	runs := []ptyRun{
		{name: "floor", bin: floor, args: []string{"-fps", strconv.Itoa(FPS)}, title: "Echo floor"},
		{name: "seed", bin: bin, file: seedPath, title: "China and Russia"},
		{name: "5MB", bin: bin, file: big, title: "A very long briefing", settle: true},
	}
	for _, r := range runs {
		if r.file != "" {
			if _, err := os.Stat(r.file); err != nil {
				t.Logf("%s: skipped (%v)", r.name, err)
				continue
			}
		}
		for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
			measurePty(t, r, size[0], size[1])
		}
	}
}

// measurePty starts r three times at width x height and logs the first
// frame times and the echo of 20 scroll keys per start.
func measurePty(t *testing.T, r ptyRun, width, height int) {
	var firsts, echoes, settled, answers []time.Duration
	echo := func(p *ptyScreen, into *[]time.Duration) {
		for i := range 20 {
			// A random pause, so that keys fall at every point of the
			// program's frame period rather than in step with it.
			time.Sleep(20*time.Millisecond + time.Duration(rand.Int64N(int64(time.Second/FPS))))
			// Down ten lines and up again, so the article never reaches
			// its end and every key changes the screen.
			key := "j"
			if i >= 10 {
				key = "k"
			}
			before := p.text()
			p.firstRead.Store(0)
			sent := time.Now()
			_, _ = p.pty.Write([]byte(key))
			at := p.waitFor(t, "the echo of "+key, func(s string) bool { return s != before })
			*into = append(*into, at.Sub(sent))
			// The program's answer: its first bytes after the key, before
			// the virtual terminal has parsed them.
			answers = append(answers, time.Unix(0, p.firstRead.Load()).Sub(sent))
		}
	}
	// One start that is not timed: the first run of a freshly built binary
	// pays for loading it from disk.
	p, _ := startPty(t, r.bin, r.argv(), width, height)
	p.waitFor(t, "the first frame", func(s string) bool { return strings.Contains(s, "§ 1/") })
	p.stop()
	for run := range 3 {
		p, start := startPty(t, r.bin, r.argv(), width, height)
		at := p.waitFor(t, "the first frame", func(s string) bool {
			return strings.Contains(s, r.title) && strings.Contains(s, "§ 1/")
		})
		firsts = append(firsts, at.Sub(start))
		time.Sleep(300 * time.Millisecond)
		echo(p, &echoes)
		if run == 0 && r.settle {
			time.Sleep(15 * time.Second)
			echo(p, &settled)
		}
		p.stop() // so that its background work does not slow the next run
	}
	line := fmt.Sprintf("%s at %dx%d: first frame %s; key echo on screen %s; first output byte after the key %s",
		r.name, width, height, stats(firsts), stats(echoes), stats(answers))
	if r.settle {
		line += fmt.Sprintf("; echo on screen 15 s after opening %s", stats(settled))
	}
	t.Log(line)
}

// stats summarises durations: median, 90th percentile and max.
func stats(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	r := func(d time.Duration) time.Duration { return d.Round(100 * time.Microsecond) }
	return fmt.Sprintf("median %s, p90 %s, max %s (n=%d)", r(s[len(s)/2]), r(s[len(s)*9/10]), r(s[len(s)-1]), len(s))
}

// TestPTYBigFileShowsProgress measures, with the real binary in a
// pseudo-terminal, the time from process start to the first screen that
// shows a 25 MB file importing, and to its first page of text.
// Run with: go test ./ui -run TestPTYBigFile -pty -v
func TestPTYBigFileShowsProgress(t *testing.T) {
	if !*ptyMeasure {
		t.Skip("measurement: run with -pty")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brief")
	if out, err := exec.Command("go", "build", "-o", bin, "..").CombinedOutput(); err != nil {
		t.Fatalf("building brief: %v\n%s", err, out)
	}
	big := filepath.Join(dir, "big.txt")
	writeBigArticle(t, big, 25<<20)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	// Ten starts for the progress, the first three of them left to open
	// the briefing (which takes seconds).
	var progress, opened []time.Duration
	for run := range 11 {
		p, start := startPty(t, bin, []string{"--max-size", "30MB", big}, 80, 24)
		at := p.waitFor(t, "the import's progress", func(s string) bool {
			return strings.Contains(s, "importing big.txt") || strings.Contains(s, "§ 1/")
		})
		if run >= 1 && run <= 3 {
			done := p.waitFor(t, "the briefing", func(s string) bool { return strings.Contains(s, "§ 1/") })
			opened = append(opened, done.Sub(start))
		}
		p.stop()
		t.Setenv("XDG_CACHE_HOME", t.TempDir()) // no cache: a first opening each time
		if run == 0 {
			continue // loading the fresh binary from disk
		}
		progress = append(progress, at.Sub(start))
	}
	// The same start-up for a small file, for comparison: the frame the
	// progress beats is the program's own first frame.
	small := filepath.Join(dir, "small.txt")
	writeBigArticle(t, small, 8<<10)
	var first []time.Duration
	for run := range 11 {
		p, start := startPty(t, bin, []string{small}, 80, 24)
		at := p.waitFor(t, "the first frame", func(s string) bool { return strings.Contains(s, "§ 1/") })
		p.stop()
		if run > 0 {
			first = append(first, at.Sub(start))
		}
	}
	t.Logf("25 MB file at 80x24: progress on screen %s; the briefing open %s; an 8 KB file's first frame %s",
		stats(progress), stats(opened), stats(first))
	sort.Slice(progress, func(i, j int) bool { return progress[i] < progress[j] })
	if m := progress[len(progress)/2]; m > 100*time.Millisecond {
		t.Errorf("progress showed after %v (median), want within 100 ms", m)
	}
}
