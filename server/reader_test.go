package server

import (
	"strings"
	"testing"
	"time"
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
