package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"brief/briefing"
	"brief/library"
	"brief/state"
)

// testBriefings are two small briefings built by hand, so that the server
// tests do not depend on the importers.
func testBriefings() []*briefing.Briefing {
	return []*briefing.Briefing{
		{
			Name: "bridge", Title: "Council Approves New Bridge",
			Sections: []briefing.Section{{Paragraphs: []string{"The council voted on Monday.", "“It will connect us,” said Mayor Ada Lin."}}},
			Quotes: []briefing.Quote{
				{Text: "It will connect us", Speaker: "Ada Lin", Role: "mayor", Paragraph: 1, Start: 3, End: 21},
				{Text: "We waited years", Speaker: "Tom Reyes", Role: "shop owner", Paragraph: 1, Start: 0, End: 5},
			},
			Facts: []briefing.Fact{
				{Kind: briefing.Person, Text: "Ada Lin", Detail: "mayor"},
				{Kind: briefing.Date, Text: "Monday"},
			},
		},
		{
			Name: "harbour", Title: "Harbour Reopens After Storm",
			Sections: []briefing.Section{{Paragraphs: []string{"The harbour reopened."}}},
		},
	}
}

// testEnv holds what a server test needs: temporary XDG directories and a
// log it can read.
type testEnv struct {
	t    *testing.T
	dir  string
	logs *syncBuffer
}

func newEnv(t *testing.T) *testEnv {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	return &testEnv{t: t, dir: dir, logs: &syncBuffer{}}
}

// config is a test configuration: loopback, generous caps, short
// handshake.
func (e *testEnv) config() Config {
	cfg := DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.HandshakeTimeout = 5 * time.Second
	cfg.Logger = log.New(e.logs)
	return cfg
}

// running is a server listening on a free loopback port.
type running struct {
	*Server
	addr    string
	hostKey gossh.PublicKey
	done    chan error
}

func (e *testEnv) start(cfg Config, lib *library.Library, store state.Store) *running {
	e.t.Helper()
	return e.startWith(cfg, lib, store, newStandIn)
}

// startWith starts a server whose sessions run newReader; nil means the
// real reader (New).
func (e *testEnv) startWith(cfg Config, lib *library.Library, store state.Store, newReader ReaderFunc) *running {
	e.t.Helper()
	if lib == nil {
		lib = library.FromBriefings(testBriefings())
	}
	if store == nil {
		store = state.NewMemory()
	}
	var (
		srv *Server
		err error
	)
	if newReader == nil {
		srv, err = New(cfg, lib, store, nil)
	} else {
		srv, err = NewWithReader(cfg, lib, store, newReader)
	}
	if err != nil {
		e.t.Fatalf("New: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	r := &running{Server: srv, addr: ln.Addr().String(), done: make(chan error, 1)}
	go func() { r.done <- srv.Serve(ln) }()
	e.t.Cleanup(func() { srv.Close() })
	keyPath := cfg.HostKey
	if keyPath == "" {
		keyPath, _ = DefaultHostKeyPath()
	}
	pub, err := os.ReadFile(keyPath + ".pub")
	if err != nil {
		e.t.Fatalf("reading host public key: %v", err)
	}
	r.hostKey, _, _, _, err = gossh.ParseAuthorizedKey(pub)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// stop shuts the server down gracefully and checks Serve returned nil.
// The bounds are generous: under the race detector on a busy two-core
// machine a shutdown has taken over 5 seconds.
func (r *running) stop(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := r.Shutdown(ctx); err != nil {
		t.Errorf("Shutdown: %v", err)
	}
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("Serve returned %v after shutdown", err)
		}
	case <-time.After(20 * time.Second):
		t.Error("Serve did not return after shutdown")
	}
}

func newKey(t testing.TB) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (r *running) clientConfig(auth ...gossh.AuthMethod) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User: "reader", Auth: auth,
		HostKeyCallback: gossh.FixedHostKey(r.hostKey),
		Timeout:         5 * time.Second,
	}
}

func (r *running) dial(t testing.TB, key gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := gossh.Dial("tcp", r.addr, r.clientConfig(gossh.PublicKeys(key)))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// run runs a command without a PTY and returns its output and exit status.
func run(t *testing.T, c *gossh.Client, cmd string) (stdout, stderr string, status int) {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var o, e bytes.Buffer
	sess.Stdout, sess.Stderr = &o, &e
	err = sess.Run(cmd)
	var exit *gossh.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		status = exit.ExitStatus()
	default:
		t.Fatalf("running %q: %v", cmd, err)
	}
	return o.String(), e.String(), status
}

// term is a client terminal: a PTY session whose output feeds a vt
// emulator that also answers the program's queries.
type term struct {
	t    testing.TB
	sess *gossh.Session
	mu   sync.Mutex
	emu  *vt.Emulator
	// broken is the emulator's failure, when it had one (see feed), and
	// fresh the emulator that shows the output that came after it.
	broken any
	fresh  *vt.Emulator
	w, h   int
	in     io.Writer
	ended  chan error
}

// feed writes the session's output to the emulator, and reports whether
// it still takes it. The emulator is test equipment and has failed (an
// index out of range in its scrolling) on output laid out for a terminal
// larger than its screen, as a hostile client's claim brings: the output
// that follows then goes to a fresh emulator of the same size, whose
// screen the test reads, and a wait that fails names the failure.
func (tm *term) feed(b []byte) (ok bool) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	if tm.broken != nil {
		return tm.feedFresh(b)
	}
	defer func() {
		if r := recover(); r != nil {
			// What the program draws from now on lands on a fresh
			// screen: the lines it changes (a library's titles once
			// loaded) show there.
			tm.broken, ok = r, false
			tm.fresh = vt.NewEmulator(tm.w, tm.h)
		}
	}()
	tm.emu.Write(b)
	return true
}

// feedFresh writes output to the fresh emulator, after the first one
// failed; it gives up when that one fails too.
func (tm *term) feedFresh(b []byte) (ok bool) {
	if tm.fresh == nil {
		return false
	}
	defer func() {
		if r := recover(); r != nil {
			tm.fresh, ok = nil, false
		}
	}()
	tm.fresh.Write(b)
	return true
}

func openTerm(t testing.TB, c *gossh.Client, w, h int) *term {
	t.Helper()
	return openTermSized(t, c, w, h, w, h)
}

// openTermSized is openTerm on a w x h screen whose PTY request claims
// claimW x claimH.
func openTermSized(t testing.TB, c *gossh.Client, w, h, claimW, claimH int) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	tm := &term{t: t, sess: sess, emu: vt.NewEmulator(w, h), w: w, h: h, ended: make(chan error, 1)}
	if err := sess.RequestPty("xterm-256color", claimH, claimW, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := sess.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	tm.in = tm.emu.InputPipe()
	go io.Copy(stdin, tm.emu)
	drained := make(chan struct{}) // the session's output has all reached the screen
	go func() {
		defer close(drained)
		buf := make([]byte, 32*1024)
		for {
			n, err := stdout.Read(buf)
			if n > 0 {
				tm.feed(buf[:n]) // once both emulators fail, the rest is read and dropped
			}
			if err != nil {
				return
			}
		}
	}()
	if err := sess.Shell(); err != nil {
		t.Fatalf("shell: %v", err)
	}
	go func() {
		err := sess.Wait()
		// The exit status can overtake the last output still being read:
		// the session has ended for the test once its screen is complete.
		select {
		case <-drained:
		case <-time.After(5 * time.Second):
		}
		tm.ended <- err
	}()
	t.Cleanup(func() { sess.Close() })
	return tm
}

func (tm *term) screen() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	if tm.fresh != nil {
		return tm.fresh.String()
	}
	return tm.emu.String()
}

func (tm *term) altScreen() bool {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return tm.emu.IsAltScreen()
}

// waitFor polls the screen until it contains every text.
func (tm *term) waitFor(texts ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := tm.screen()
		ok := true
		for _, x := range texts {
			ok = ok && strings.Contains(s, x)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			tm.mu.Lock()
			broken := tm.broken
			tm.mu.Unlock()
			if broken != nil {
				tm.t.Fatalf("screen never showed %q; the test's terminal emulator failed (%v) on a screen showing:\n%s", texts, broken, s)
			}
			tm.t.Fatalf("screen never showed %q; it shows:\n%s", texts, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (tm *term) keys(s string) {
	tm.t.Helper()
	if _, err := io.WriteString(tm.in, s); err != nil {
		tm.t.Fatal(err)
	}
}

func (tm *term) resize(w, h int) {
	tm.t.Helper()
	tm.mu.Lock()
	tm.emu.Resize(w, h)
	tm.mu.Unlock()
	if err := tm.sess.WindowChange(h, w); err != nil {
		tm.t.Fatal(err)
	}
}

// wait returns the session's end, failing after d.
func (tm *term) wait(d time.Duration) error {
	tm.t.Helper()
	select {
	case err := <-tm.ended:
		return err
	case <-time.After(d):
		tm.t.Fatalf("session did not end within %v; screen:\n%s", d, tm.screen())
		return nil
	}
}

// syncBuffer is a log destination safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func netDial(addr string) (net.Conn, error) { return net.DialTimeout("tcp", addr, 5*time.Second) }

func testLibrary() *library.Library { return library.FromBriefings(testBriefings()) }

func testStore() *state.Memory { return state.NewMemory() }
