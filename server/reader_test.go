package server

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"brief/library"
	"brief/state"
)

// TestRealReader runs the reader of package ui over SSH: library, a
// briefing with its quotes and facts, `]`, a window change, and a clean
// exit.
func TestRealReader(t *testing.T) {
	env := newEnv(t)
	srv := env.startWith(env.config(), nil, nil, nil)
	tm := openTerm(t, srv.dial(t, newKey(t)), 100, 30)

	tm.waitFor("Library", "Council Approves New Bridge", "2 quotes · 2 facts", "Harbour Reopens After Storm")
	tm.keys("\r")
	tm.waitFor("Council Approves New Bridge", "Quotes", "Ada Lin, mayor", "“It will connect us”", "The council voted on Monday.")
	tm.keys("]")
	tm.waitFor("Quotes                 1/2", "▌ “It will connect us”")
	tm.keys("]")
	tm.waitFor("Quotes                 2/2", "▌ “We waited years”")

	// At 100 columns one side pane shows at a time: tab brings the facts.
	for i := 0; i < 3 && !strings.Contains(sideOf(tm.screen(), 70), "Monday"); i++ {
		tm.keys("\t")
		time.Sleep(200 * time.Millisecond)
	}
	side := sideOf(tm.screen(), 70)
	if !strings.Contains(side, "Ada Lin") || !strings.Contains(side, "Monday") {
		t.Errorf("no facts pane after tab; side column:\n%s", side)
	}

	// A wider window reflows into the three-pane layout.
	tm.resize(130, 30)
	s := tm.waitFor("Quotes", "“We waited years”", "Monday")
	if lines := strings.Split(s, "\n"); len(lines) < 3 || !strings.Contains(s, "Council Approves New Bridge") {
		t.Errorf("screen after the resize:\n%s", s)
	}

	tm.keys("q")
	if err := tm.wait(5 * time.Second); err != nil {
		t.Errorf("session ended with %v", err)
	}
	if tm.altScreen() {
		t.Error("the terminal stayed in the alternate screen after q")
	}
}

// sideOf is the part of each screen line from column col on.
func sideOf(screen string, col int) string {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		r := []rune(l)
		if len(r) > col {
			b.WriteString(string(r[col:]))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestRealReaderNotices checks the real reader quits itself, restoring
// the terminal with the notice, at the idle limit and on shutdown.
func TestRealReaderNotices(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.IdleTimeout = 800 * time.Millisecond
	srv := env.startWith(cfg, nil, nil, nil)
	key := newKey(t)
	idle := openTerm(t, srv.dial(t, key), 100, 30)
	idle.wait(5 * time.Second)
	if idle.altScreen() || !strings.Contains(idle.screen(), "without a key press") {
		t.Errorf("idle: alt screen %v, screen:\n%s", idle.altScreen(), idle.screen())
	}

	srv = env.startWith(env.config(), nil, nil, nil)
	busy := openTerm(t, srv.dial(t, key), 100, 30)
	busy.waitFor("Library")
	busy.keys("\r")
	busy.waitFor("Quotes")
	srv.stop(t)
	busy.wait(5 * time.Second)
	if busy.altScreen() || !strings.Contains(busy.screen(), "shutting down") {
		t.Errorf("shutdown: alt screen %v, screen:\n%s", busy.altScreen(), busy.screen())
	}
}

// TestRealReaderStateAcrossRestart: two readers' selections in the real
// reader stay apart and come back after the server restarts on the same
// store file.
func TestRealReaderStateAcrossRestart(t *testing.T) {
	env := newEnv(t)
	path := filepath.Join(env.dir, "state.db")
	alice, bob := newKey(t), newKey(t)
	session := func(srv *running, key gossh.Signer, keys string, want ...string) {
		t.Helper()
		tm := openTerm(t, srv.dial(t, key), 100, 30)
		tm.waitFor("Library", "Council Approves New Bridge")
		tm.keys("\r")
		tm.waitFor("Quotes")
		tm.keys(keys)
		tm.waitFor(want...)
		tm.keys("q")
		tm.wait(5 * time.Second)
	}

	store, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	srv := env.startWith(env.config(), nil, store, nil)
	session(srv, alice, "]]", "Quotes                 2/2")
	session(srv, bob, "]", "Quotes                 1/2")
	srv.stop(t)
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}

	store, err = state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	srv = env.startWith(env.config(), nil, store, nil)
	session(srv, alice, "", "Quotes                 2/2", "▌ “We waited years”")
	session(srv, bob, "", "Quotes                 1/2", "▌ “It will connect us”")
	srv.stop(t)
}

// TestRealReaderSeesDroppedFile: a file dropped into the watched directory
// shows in a new session's library and in the list of one already open.
func TestRealReaderSeesDroppedFile(t *testing.T) {
	env := newEnv(t)
	dir, write := libraryDir(t, env)
	write("first.txt", "Schools Open Early\n\nThe schools of the district opened a week early this year, the board said.\n")
	write("other.txt", "Ferry Timetable Changes\n\nThe morning ferry will leave ten minutes earlier from next week.\n")
	lib, err := library.Watch(t.Context(), dir, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := env.startWith(env.config(), lib, nil, nil)
	key := newKey(t)
	open := openTerm(t, srv.dial(t, key), 100, 30)
	open.waitFor("Library", "Schools Open Early", "Ferry Timetable Changes")

	write("second.txt", "Library Extends Hours\n\nThe town library will stay open until nine on weekdays.\n")
	open.waitFor("Library Extends Hours")
	fresh := openTerm(t, srv.dial(t, key), 100, 30)
	fresh.waitFor("Schools Open Early", "Library Extends Hours")
}
