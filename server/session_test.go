package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"brief/library"
	"brief/state"
)

func TestReaderSession(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	tm := openTerm(t, srv.dial(t, newKey(t)), 100, 30)

	tm.waitFor("LIBRARY", "Council Approves New Bridge", "Harbour Reopens After Storm", "size 100x30")
	tm.keys("\r")
	tm.waitFor("Council Approves New Bridge", "QUOTES", "It will connect us (Ada Lin)", "KEY FACTS", "person: Ada Lin")
	tm.keys("]")
	tm.waitFor("▶ It will connect us")
	tm.keys("]")
	tm.waitFor("▶ We waited years")

	tm.resize(80, 24)
	tm.waitFor("size 80x24")

	tm.keys("q")
	if err := tm.wait(5 * time.Second); err != nil {
		t.Errorf("session ended with %v, want a clean exit", err)
	}
	if tm.altScreen() {
		t.Error("terminal left in the alternate screen after q")
	}
	srv.stop(t)
	logs := env.logs.String()
	for _, want := range []string{"connect", "disconnect", "SHA256:", "100x30", "duration"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestReadingStateSeparateAndKeptAcrossRestart(t *testing.T) {
	env := newEnv(t)
	path := filepath.Join(env.dir, "state.db")
	alice, bob := newKey(t), newKey(t)

	store, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	srv := env.start(env.config(), nil, store)
	a := openTerm(t, srv.dial(t, alice), 100, 30)
	a.waitFor("LIBRARY")
	a.keys("\r]]")
	a.waitFor("▶ We waited years")
	b := openTerm(t, srv.dial(t, bob), 100, 30)
	b.waitFor("LIBRARY")
	b.keys("\r]")
	b.waitFor("▶ It will connect us")
	a.keys("q")
	b.keys("q")
	a.wait(5 * time.Second)
	b.wait(5 * time.Second)
	srv.stop(t)
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	store, err = state.Open(path)
	if err != nil {
		t.Fatalf("reopening the store after the restart: %v", err)
	}
	defer store.Close()
	srv = env.start(env.config(), nil, store)
	a = openTerm(t, srv.dial(t, alice), 100, 30)
	a.waitFor("LIBRARY")
	a.keys("\r")
	a.waitFor("▶ We waited years")
	b = openTerm(t, srv.dial(t, bob), 100, 30)
	b.waitFor("LIBRARY")
	b.keys("\r")
	b.waitFor("▶ It will connect us")
	if s := b.screen(); strings.Contains(s, "▶ We waited years") {
		t.Errorf("bob sees alice's selection:\n%s", s)
	}
	c := openTerm(t, srv.dial(t, newKey(t)), 100, 30)
	c.waitFor("LIBRARY")
	c.keys("\r")
	if s := c.waitFor("QUOTES"); strings.Contains(s, "▶") {
		t.Errorf("a new reader starts with a selection:\n%s", s)
	}
	srv.stop(t)
}

func TestSessionLimit(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxSessions = 2
	srv := env.start(cfg, nil, nil)
	key := newKey(t)
	openTerm(t, srv.dial(t, key), 80, 24).waitFor("LIBRARY")
	second := openTerm(t, srv.dial(t, key), 80, 24)
	second.waitFor("LIBRARY")

	_, stderr, status := run(t, srv.dial(t, key), "list")
	if status != 1 || !strings.Contains(stderr, "server full") {
		t.Errorf("third session: status %d, stderr %q; want 1 and a server-full message", status, stderr)
	}

	second.keys("q")
	second.wait(5 * time.Second)
	waitUntil(t, "the slot to free", func() bool { return srv.Sessions() == 1 })
	out, _, status := run(t, srv.dial(t, key), "list")
	if status != 0 || !strings.Contains(out, "bridge") {
		t.Errorf("after a slot freed: status %d, output %q", status, out)
	}
}

func TestIdleTimeoutRestoresTerminal(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.IdleTimeout = 600 * time.Millisecond
	srv := env.start(cfg, nil, nil)
	c := srv.dial(t, newKey(t))
	start := time.Now()
	tm := openTerm(t, c, 80, 24)
	tm.wait(5 * time.Second)
	if d := time.Since(start); d < cfg.IdleTimeout-50*time.Millisecond {
		t.Errorf("session closed after %v, before the idle timeout %v", d, cfg.IdleTimeout)
	}
	if tm.altScreen() {
		t.Error("idle timeout left the terminal in the alternate screen")
	}
	if s := tm.screen(); !strings.Contains(s, "without a key press") {
		t.Errorf("no idle notice on screen:\n%s", s)
	}
}

func TestMaxSessionRestoresTerminal(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxSession = 1500 * time.Millisecond
	srv := env.start(cfg, nil, nil)
	tm := openTerm(t, srv.dial(t, newKey(t)), 80, 24)
	tm.waitFor("LIBRARY")
	stop := time.After(5 * time.Second)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for ended := false; !ended; {
		select {
		case <-tm.ended:
			ended = true
		case <-tick.C:
			io := tm.in
			io.Write([]byte("j")) // busy reader: the idle timer must not be what ends it
		case <-stop:
			t.Fatal("session outlived its time limit")
		}
	}
	if tm.altScreen() {
		t.Error("time limit left the terminal in the alternate screen")
	}
	if s := tm.screen(); !strings.Contains(s, "time limit") {
		t.Errorf("no time-limit notice on screen:\n%s", s)
	}
}

func TestGracefulShutdown(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	key := newKey(t)
	terms := []*term{openTerm(t, srv.dial(t, key), 80, 24), openTerm(t, srv.dial(t, key), 100, 30)}
	for _, tm := range terms {
		tm.waitFor("LIBRARY")
	}
	start := time.Now()
	srv.stop(t)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("shutdown took %v", d)
	}
	for i, tm := range terms {
		tm.wait(5 * time.Second)
		if tm.altScreen() {
			t.Errorf("session %d left in the alternate screen", i)
		}
		if s := tm.screen(); !strings.Contains(s, "shutting down") {
			t.Errorf("session %d has no shutdown notice:\n%s", i, s)
		}
	}
	if _, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(key))); err == nil {
		t.Error("a new connection got in after shutdown")
	}
}

func TestPanicInSessionIsContained(t *testing.T) {
	env := newEnv(t)
	srv := env.start(env.config(), nil, nil)
	key := newKey(t)
	other := openTerm(t, srv.dial(t, key), 80, 24)
	other.waitFor("LIBRARY")
	bad := openTerm(t, srv.dial(t, key), 80, 24)
	bad.waitFor("LIBRARY")
	bad.keys("!")
	bad.wait(5 * time.Second)
	if bad.altScreen() {
		t.Error("a panicking session left the terminal in the alternate screen")
	}
	other.keys("j")
	other.waitFor("> Harbour Reopens After Storm")
	if out, _, status := run(t, srv.dial(t, key), "list"); status != 0 || out == "" {
		t.Errorf("server stopped serving after a panic: %d %q", status, out)
	}
	waitUntil(t, "the panic to be logged", func() bool { return strings.Contains(env.logs.String(), "panic") })
}

func TestDirectoryChangesReachSessions(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	write("first.txt", "Schools Open Early\n\nThe schools of the district opened a week early this year.\n")
	lib, err := library.Watch(t.Context(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := env.start(env.config(), lib, nil)
	key := newKey(t)
	open := openTerm(t, srv.dial(t, key), 80, 24)
	open.waitFor("Schools Open Early")

	write("second.txt", "Library Extends Hours\n\nThe town library will stay open until nine.\n")
	write("broken.txt", "\x00\x01\x02\x03")
	fresh := openTerm(t, srv.dial(t, key), 80, 24)
	fresh.waitFor("Schools Open Early", "Library Extends Hours")
	open.waitFor("Library Extends Hours")
	out, _, _ := run(t, srv.dial(t, key), "list")
	if !strings.Contains(out, "second.txt\tLibrary Extends Hours") || strings.Contains(out, "broken.txt") {
		t.Errorf("list after the drop = %q", out)
	}

	if err := os.Remove(filepath.Join(dir, "first.txt")); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the removal to reach the open session", func() bool {
		return !strings.Contains(open.screen(), "Schools Open Early")
	})
}

func TestPerAddressCap(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.MaxPerAddress = 2
	srv := env.start(cfg, nil, nil)
	key := newKey(t)
	srv.dial(t, key)
	srv.dial(t, key)
	if c, err := gossh.Dial("tcp", srv.addr, srv.clientConfig(gossh.PublicKeys(key))); err == nil {
		c.Close()
		t.Fatal("a third connection from one address got in")
	}
	if !strings.Contains(env.logs.String(), "too many from one address") {
		t.Errorf("refusal not logged:\n%s", env.logs.String())
	}
	waitUntil(t, "counts to settle", func() bool { return srv.addrs.open("127.0.0.1") == 2 })
}

func TestHandshakeTimeout(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.HandshakeTimeout = 300 * time.Millisecond
	srv := env.start(cfg, nil, nil)
	conn, err := netDial(srv.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Say nothing: the server must hang up on its own.
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 512)
	start := time.Now()
	for {
		if _, err := conn.Read(buf); err != nil {
			break
		}
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("a silent client was kept %v", d)
	}
	waitUntil(t, "the slot to free", func() bool { return srv.addrs.open("127.0.0.1") == 0 })
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// libraryDir makes an empty library directory for a test and a function
// that writes an article file into it.
func libraryDir(t *testing.T, env *testEnv) (string, func(name, text string)) {
	t.Helper()
	dir := filepath.Join(env.dir, "library")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
