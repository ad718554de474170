package server

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"

	"brief/content"
	"brief/library"
	"brief/state"
)

// claimTerm opens a PTY session that claims a terminal of claimW x claimH
// while the screen that shows it is w x h.
func claimTerm(t *testing.T, c *gossh.Client, w, h, claimW, claimH int) *term {
	t.Helper()
	tm := openTermSized(t, c, w, h, claimW, claimH)
	return tm
}

func TestHugeTerminalIsClamped(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	key := newKey(t)
	tm := claimTerm(t, srv.dial(t, key), 100, 30, 4294967295, 4294967295)
	tm.waitFor("LIBRARY", fmt.Sprintf("size %dx%d", MaxWidth, MaxHeight))
	tm.resize(100, 30)
	tm.waitFor("size 100x30")
	if err := tm.sess.WindowChange(4294967295, 4294967295); err != nil {
		t.Fatal(err)
	}
	tm.waitFor(fmt.Sprintf("size %dx%d", MaxWidth, MaxHeight))
	tm.keys("q")
	tm.wait(5 * time.Second)
	out, _, status := run(t, srv.dial(t, key), "list")
	if status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("after a huge terminal: list status %d, output %q", status, out)
	}
}

func TestHugeTerminalRealReader(t *testing.T) {
	env := newEnv(t)
	srv := env.startWith(env.config(), nil, nil, nil)
	tm := claimTerm(t, srv.dial(t, newKey(t)), 120, 40, 4294967295, 4294967295)
	tm.waitFor("Council Approves New Bridge")
	tm.keys("q")
	tm.wait(5 * time.Second)
}

// sizeCounter is the stand-in reader counting the window sizes it is told.
type sizeCounter struct {
	tea.Model
	n *atomic.Int64
}

func (m sizeCounter) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		m.n.Add(1)
	}
	next, cmd := m.Model.Update(msg)
	m.Model = next
	return m, cmd
}

func TestResizeStormIsCoalesced(t *testing.T) {
	env := newEnv(t)
	var sizes atomic.Int64
	srv := env.startWith(env.config(), nil, nil, func(o ReaderOptions) tea.Model {
		return sizeCounter{Model: newStandIn(o), n: &sizes}
	})
	tm := openTerm(t, srv.dial(t, newKey(t)), 80, 24)
	tm.waitFor("LIBRARY", "size 80x24")
	before := sizes.Load()
	const storm = 20000
	start := time.Now()
	for i := range storm {
		if err := tm.sess.WindowChange(20+i%50, 60+i%100); err != nil {
			t.Fatal(err)
		}
	}
	tm.resize(90, 30)
	tm.waitFor("size 90x30")
	told := sizes.Load() - before
	t.Logf("%d window changes in %v; the reader was told %d sizes", storm+1, time.Since(start).Round(time.Millisecond), told)
	if told > 200 {
		t.Errorf("the reader was told %d of %d sizes; a storm should be coalesced", told, storm+1)
	}
}

// dropSession opens a connection and a PTY session, waits for the first
// screen, then closes the TCP connection without closing the session.
func dropSession(srv *running, key gossh.Signer, marker string) error {
	conn, err := netDial(srv.addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	cfg := srv.clientConfig(gossh.PublicKeys(key))
	cfg.Timeout = 30 * time.Second
	cc, chans, reqs, err := gossh.NewClientConn(conn, srv.addr, cfg)
	if err != nil {
		return fmt.Errorf("handshake: %w", err)
	}
	c := gossh.NewClient(cc, chans, reqs)
	sess, err := c.NewSession()
	if err != nil {
		return err
	}
	out := &syncBuffer{}
	sess.Stdout = out
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), marker) {
		if time.Now().After(deadline) {
			return fmt.Errorf("no first screen; got %q", out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	return conn.Close()
}

// dropMany drops n sessions, par at a time.
func dropMany(t *testing.T, srv *running, n, par int, marker string) {
	t.Helper()
	key := newKey(t)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	next := make(chan struct{})
	for range par {
		wg.Go(func() {
			for range next {
				if err := dropSession(srv, key, marker); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	for range n {
		next <- struct{}{}
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		t.Errorf("dropped session: %v", err)
	}
}

func TestDroppedConnectionsEndTheirSessions(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxSessions = 20
	cfg.MaxPerAddress = 0
	bs, err := content.Defaults()
	if err != nil {
		t.Fatal(err)
	}
	srv := env.startWith(cfg, library.FromBriefings(bs), nil, nil)
	baseline := runtime.NumGoroutine()
	start := time.Now()
	dropMany(t, srv, 100, 1, "Library")
	t.Logf("100 sessions opened and dropped in %v", time.Since(start).Round(time.Millisecond))
	waitFor(t, 5*time.Second, "every dropped session to end", func() bool { return srv.Sessions() == 0 })
	out, errOut, status := run(t, srv.dial(t, newKey(t)), "list")
	if status != 0 || !strings.Contains(out, "russia-china-cyber") {
		t.Fatalf("after dropped sessions: list status %d, stdout %q, stderr %q", status, out, errOut)
	}
	srv.ssh.Close()
	waitFor(t, 5*time.Second, "the goroutines to end", func() bool { return runtime.NumGoroutine() <= baseline+2 })
}

func TestClosedChannelEndsItsSession(t *testing.T) {
	env := newEnv(t)
	srv := env.startWith(env.config(), nil, nil, nil)
	c := srv.dial(t, newKey(t))
	for range 5 {
		tm := openTerm(t, c, 120, 40)
		tm.waitFor("Council Approves New Bridge")
		// The client closes the session's channel and keeps the connection.
		tm.sess.Close()
	}
	waitFor(t, 5*time.Second, "the closed sessions to end", func() bool { return srv.Sessions() == 0 })
	if out, _, status := run(t, c, "list"); status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("list on the same connection: status %d, %q", status, out)
	}
}

// waitFor polls cond until it holds, failing after d.
func waitFor(t *testing.T, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			n := runtime.Stack(buf, true)
			t.Fatalf("timed out after %v waiting for %s; goroutines:\n%s", d, what, buf[:n])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestLongCommandRefusedFast(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	c := srv.dial(t, newKey(t))
	for _, n := range []int{MaxCommand + 1, 100 << 10, 200 << 10} {
		start := time.Now()
		_, errOut, status := run(t, c, "export "+strings.Repeat("A", n-len("export ")))
		took := time.Since(start)
		if status != 1 || !strings.Contains(errOut, "command line too long") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%d-byte command: status %d, stderr %q; want one line refusing it", n, status, errOut)
		}
		if took > time.Second {
			t.Errorf("%d-byte command refused after %v; want under 1 s", n, took)
		}
	}
	if out, _, status := run(t, c, "list"); status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("list after long commands: %d %q", status, out)
	}
}

func TestSplitCommand(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"list", []string{"list"}},
		{"  export  bridge   --format json ", []string{"export", "bridge", "--format", "json"}},
		{`export 'my file.txt'`, []string{"export", "my file.txt"}},
		{`export "a \"b\" \\ c"`, []string{"export", `a "b" \ c`}},
		{`export a\ b`, []string{"export", "a b"}},
		{`x ''`, []string{"x", ""}},
		{`a"b"'c'd`, []string{"abcd"}},
		{"", nil},
	}
	for _, c := range cases {
		got, err := splitCommand(c.in)
		if err != nil || fmt.Sprint(got) != fmt.Sprint(c.want) || len(got) != len(c.want) {
			t.Errorf("splitCommand(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{`export 'x`, `export "x`} {
		if _, err := splitCommand(bad); err == nil {
			t.Errorf("splitCommand(%q) took an unterminated quote", bad)
		}
	}
	// Linear: a megabyte of one word is split in well under a second.
	big := strings.Repeat("A", 1<<20)
	start := time.Now()
	words, _ := splitCommand(big + " " + big)
	if took := time.Since(start); took > 2*time.Second || len(words) != 2 { // (quadratic splitting takes minutes; the race detector on a loaded machine, half a second)
		t.Errorf("splitting 2 MB took %v (%d words)", took, len(words))
	}
}

func TestSessionsCountedPerConnectionAndAddress(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxSessions = 64
	cfg.MaxPerAddress = 8
	srv := env.start(cfg, nil, nil)
	c := srv.dial(t, newKey(t))
	admitted := 0
	for range 64 {
		sess, err := c.NewSession()
		if err != nil {
			break
		}
		var stderr bytes.Buffer
		sess.Stderr = &stderr
		sess.Stdout = &bytes.Buffer{}
		if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- sess.Wait() }()
		select {
		case <-done:
			if !strings.Contains(stderr.String(), "too many sessions") {
				t.Errorf("refused session says %q", stderr.String())
			}
		case <-time.After(300 * time.Millisecond):
			admitted++
		}
	}
	if admitted != cfg.MaxPerAddress {
		t.Errorf("one connection opened %d sessions; want at most %d (per address)", admitted, cfg.MaxPerAddress)
	}
	if srv.Sessions() > cfg.MaxPerAddress {
		t.Errorf("%d sessions open from one address", srv.Sessions())
	}
	// Another address still gets in.
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}, Timeout: 5 * time.Second}
	conn, err := d.Dial("tcp", srv.addr)
	if err != nil {
		t.Skipf("cannot dial from 127.0.0.2: %v", err)
	}
	cc, chans, reqs, err := gossh.NewClientConn(conn, srv.addr, srv.clientConfig(gossh.PublicKeys(newKey(t))))
	if err != nil {
		t.Fatal(err)
	}
	other := gossh.NewClient(cc, chans, reqs)
	defer other.Close()
	if out, errOut, status := run(t, other, "list"); status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("another address: status %d, stderr %q", status, errOut)
	}
}

func TestSessionsPerConnection(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxPerAddress = 0
	cfg.MaxPerConnection = 3
	srv := env.start(cfg, nil, nil)
	c := srv.dial(t, newKey(t))
	for range 3 {
		openTerm(t, c, 80, 24).waitFor("LIBRARY")
	}
	_, errOut, status := run(t, c, "list")
	if status != 1 || !strings.Contains(errOut, "too many sessions on this connection") {
		t.Errorf("fourth session on a connection: status %d, stderr %q", status, errOut)
	}
	if out, _, status := run(t, srv.dial(t, newKey(t)), "list"); status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("a new connection: status %d, %q", status, out)
	}
}

// hostileNames are file names a client's terminal would act on.
var hostileNames = []string{
	"clip\x1b]52;c;aGVsbG8=\a.txt",
	"title\x1b]2;pwned\a.txt",
	"two\nlines.txt",
	"over\rwrite.txt",
	"bidi\u202etxt.md",
}

func TestFileNamesPrintable(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	for i, n := range hostileNames {
		write(n, fmt.Sprintf("Harbour Story %d\n\nThe harbour reopened on Monday after the storm.\n", i))
	}
	write("bad\x1b[2J\nforged WARN line.txt", "") // fails to import: its error is logged
	lib, err := library.LoadDir(dir, 0, func(f string, a ...any) { env.logs.Write([]byte(fmt.Sprintf(f, a...))) })
	if err != nil {
		t.Fatal(err)
	}
	srv := env.start(env.config(), lib, nil)
	out, _, status := run(t, srv.dial(t, newKey(t)), "list")
	if status != 0 {
		t.Fatalf("list: status %d", status)
	}
	assertPrintable(t, "list", out)
	if n := strings.Count(out, "\n"); n != len(hostileNames) {
		t.Errorf("list printed %d lines for %d files:\n%s", n, len(hostileNames), out)
	}
	if !strings.Contains(out, `clip\x1b]52;c;aGVsbG8=\x07.txt`) {
		t.Errorf("list does not show the escaped name:\n%s", out)
	}
	id := strings.SplitN(strings.SplitN(out, "\n", 2)[0], "\t", 2)[0]
	_ = id
}

// assertPrintable fails when out holds ESC, BEL, CR or another control
// but newline and tab.
func assertPrintable(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) {
			t.Errorf("%s holds %U:\n%q", what, r, out)
			return
		}
	}
}

func TestServerLogPrintable(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	write("ok.txt", "Harbour Story\n\nThe harbour reopened on Monday after the storm.\n")
	write("bad\x1b]2;x\a\nFAKE connect line.txt", "")
	logs := &syncBuffer{}
	lib, err := library.LoadDir(dir, 0, func(f string, a ...any) { safeLog{env.config().Logger}.Warn(fmt.Sprintf(f, a...)) })
	if err != nil {
		t.Fatal(err)
	}
	cfg := env.config()
	srv := env.start(cfg, lib, nil)
	c, err := gossh.Dial("tcp", srv.addr, &gossh.ClientConfig{
		User: "eve\x1b]52;c;aGk=\a\nINFO forged", Auth: []gossh.AuthMethod{gossh.PublicKeys(newKey(t))},
		HostKeyCallback: gossh.FixedHostKey(srv.hostKey), Timeout: 5 * time.Second,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	run(t, c, "list\x1b[2J\rlist")
	waitFor(t, 5*time.Second, "the session to be logged", func() bool { return strings.Contains(env.logs.String(), "disconnect") })
	_ = logs
	assertPrintable(t, "server log", env.logs.String())
	for _, line := range strings.Split(strings.TrimSpace(env.logs.String()), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "FAKE") || strings.HasPrefix(strings.TrimSpace(line), "INFO forged") {
			t.Errorf("a forged log line: %q", line)
		}
	}
}

// TestHostileClientsThenList is the end-to-end check: a huge
// terminal, 300 abruptly dropped sessions under --max-sessions 20, a
// 100 KB command line and file names with escape sequences; afterwards the
// same server still answers list promptly, and its output is printable.
func TestHostileClientsThenList(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	for i, n := range hostileNames {
		write(n, fmt.Sprintf("Harbour Story %d\n\nThe harbour reopened on Monday after the storm.\n", i))
	}
	lib, err := library.LoadDir(dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := env.config()
	cfg.MaxSessions = 20
	cfg.MaxPerAddress = 0
	srv := env.startWith(cfg, lib, nil, nil)
	key := newKey(t)

	tm := claimTerm(t, srv.dial(t, key), 120, 40, 4294967295, 4294967295)
	tm.waitFor("Harbour Story")
	tm.keys("q")
	tm.wait(5 * time.Second)

	drops := 300
	if testing.Short() {
		drops = 40
	}
	start := time.Now()
	dropMany(t, srv, drops, 4, "Harbour")
	t.Logf("%d sessions opened and dropped in %v", drops, time.Since(start).Round(time.Millisecond))

	c := srv.dial(t, key)
	start = time.Now()
	_, errOut, status := run(t, c, "export "+strings.Repeat("A", 100<<10))
	t.Logf("100 KB command refused in %v: %q", time.Since(start).Round(time.Millisecond), errOut)
	if status != 1 || time.Since(start) > time.Second {
		t.Errorf("100 KB command: status %d after %v", status, time.Since(start))
	}

	waitFor(t, 5*time.Second, "the dropped sessions to end", func() bool { return srv.Sessions() == 0 })
	start = time.Now()
	out, errOut, status := run(t, srv.dial(t, key), "list")
	t.Logf("list answered in %v", time.Since(start).Round(time.Millisecond))
	if status != 0 || strings.Count(out, "\n") != len(hostileNames) || time.Since(start) > time.Second {
		t.Fatalf("list: status %d, stderr %q, %d lines after %v", status, errOut, strings.Count(out, "\n"), time.Since(start))
	}
	assertPrintable(t, "list", out)
}

// TestDamagedStateWhileServing cuts the state file short under a running
// server, then a reader opens a briefing (a load) and moves (saves): the
// server goes on serving, the reader's terminal keeps working, and the log
// says what happened.
func TestDamagedStateWhileServing(t *testing.T) {
	env := newEnv(t)
	path := filepath.Join(env.dir, "state", "state.db")
	logger := safeLog{env.config().Logger}
	store := state.OpenOrMemory(path, func(w string) { logger.Warn(w) })
	if _, ok := store.(*state.Shared); !ok {
		t.Fatalf("store is %T", store)
	}
	for i := range 300 {
		must(t, store.Save(fmt.Sprintf("SHA256:someone-%03d", i), "bridge", state.Reading{Section: 0, Paragraph: 1, Folded: []int{1, 2, 3}}))
	}
	srv := env.startWith(env.config(), nil, store, nil)
	key := newKey(t)
	tm := openTerm(t, srv.dial(t, key), 120, 40)
	tm.waitFor("Council Approves New Bridge")
	must(t, os.Truncate(path, 8192))
	tm.keys("\r")
	tm.waitFor("It will connect us")
	tm.keys("]")
	tm.keys("j")
	tm.keys("q")
	tm.wait(5 * time.Second)
	if tm.altScreen() {
		t.Error("the reader's terminal was left in the alternate screen")
	}
	out, _, status := run(t, srv.dial(t, key), "list")
	if status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("list after the damage: status %d, %q", status, out)
	}
	if !strings.Contains(env.logs.String(), "damaged") {
		t.Errorf("the damage was not logged:\n%s", env.logs.String())
	}
	aside, _ := filepath.Glob(path + ".damaged-*")
	if len(aside) != 1 {
		t.Errorf("files moved aside: %q", aside)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
