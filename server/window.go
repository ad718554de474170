package server

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// The largest terminal a session is drawn for. A client may claim any size
// up to 4294967295 cells a side, and the renderer keeps cell buffers of the
// size it is told: measured, a session drawn at 1000x500 holds about 136 MB,
// at 500x200 about 24 MB, at 120x40 about 2 MB. Bigger claims are drawn at
// this size, wider than any reading layout needs.
const (
	MaxWidth  = 500
	MaxHeight = 200
)

// resizeSettle is how long window changes must pause before the reader
// is told the size: of a storm of changes only the last is drawn.
const resizeSettle = 40 * time.Millisecond

// clampWindow bounds a size a client asked for to what the server draws.
func clampWindow(w, h int) (int, int) {
	return min(max(w, 0), MaxWidth), min(max(h, 0), MaxHeight)
}

// followWindow passes the client's window changes to the reader, clamped,
// and only the last of those that arrive within resizeSettle. It quits the
// reader when the session's channel closes (windows is closed then) or
// ctx ends, whichever comes first, and keeps draining windows until it is
// closed, so that the SSH request loop feeding it never blocks.
func followWindow(ctx context.Context, windows <-chan ssh.Window, first tea.WindowSizeMsg, p *tea.Program) {
	var (
		sent   = first
		latest = first
		settle <-chan time.Time
		done   = ctx.Done()
	)
	for {
		select {
		case <-done:
			p.Quit()
			done, settle = nil, nil
		case w, ok := <-windows:
			if !ok {
				p.Quit()
				return
			}
			if done == nil {
				continue
			}
			latest.Width, latest.Height = clampWindow(w.Width, w.Height)
			if settle == nil {
				settle = time.After(resizeSettle)
			}
		case <-settle:
			settle = nil
			if latest != sent {
				p.Send(latest)
				sent = latest
			}
		}
	}
}
