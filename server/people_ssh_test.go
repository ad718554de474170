package server

import (
	"testing"
	"time"
)

// TestRealReaderPeopleOverSSH opens the people index over SSH, a person's
// quotes, and the briefing at one of them.
func TestRealReaderPeopleOverSSH(t *testing.T) {
	env := newEnv(t)
	srv := env.startWith(env.config(), nil, nil, nil)
	tm := openTerm(t, srv.dial(t, newKey(t)), 100, 30)

	tm.waitFor("Library", "Council Approves New Bridge")
	tm.keys("P")
	tm.waitFor("People", "2 people · 2 quotes", "Ada Lin", "1 quote in 1 briefing", "Tom Reyes")
	tm.keys("j\r") // Tom Reyes
	tm.waitFor("Tom Reyes", "1/1 quote", "Council Approves New Bridge", "“We waited years”")
	tm.keys("\r")
	tm.waitFor("Quotes                 2/2", "▌ “We waited years”", "§ 1/")
	tm.keys("q")
	if err := tm.wait(5 * time.Second); err != nil {
		t.Errorf("session ended with %v", err)
	}
}
