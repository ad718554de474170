package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	bm "charm.land/wish/v2/bubbletea"

	"brief/state"
	"brief/ui"
)

// noPTYMessage is what a session without a terminal and without a
// command gets.
const noPTYMessage = "brief: no terminal: connect with `ssh -t`, or run `list` or `export ID --format json|markdown|text`"

// handle is the one middleware: it logs the session, admits it, and runs
// a command or the reader. Panics are recovered here, so one session can
// never take the server down.
func (s *Server) handle(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		reader := readerID(sess)
		size := "no-pty"
		if pty, _, ok := sess.Pty(); ok {
			size = fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height)
		}
		addr := sess.RemoteAddr().String()
		raw := sess.RawCommand()
		s.log.Info("connect", "addr", addr, "user", clip(sess.User()), "reader", reader, "term", size, "command", clip(raw))
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic in session", "addr", addr, "reader", reader, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				fail(sess, "brief: internal error; the session was closed")
			}
			s.log.Info("disconnect", "addr", addr, "reader", reader, "term", size, "duration", time.Since(start).Round(time.Millisecond))
		}()
		if err := s.enter(hostOf(sess.RemoteAddr()), sess.Context().SessionID()); err != nil {
			s.log.Warn("refused session", "addr", addr, "reader", reader, "reason", err)
			fail(sess, err.Error())
			return
		}
		defer s.leave(hostOf(sess.RemoteAddr()), sess.Context().SessionID())
		if raw != "" {
			_ = sess.Exit(s.runCommandLine(sess, raw))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			fail(sess, noPTYMessage)
			return
		}
		s.runReader(sess, reader)
		next(sess)
	}
}

// runCommandLine checks, splits and runs `ssh host CMD ...`, returning the
// exit status. A line over MaxCommand bytes is refused unread.
func (s *Server) runCommandLine(sess ssh.Session, raw string) int {
	if len(raw) > MaxCommand {
		s.log.Warn("refused command: too long", "addr", sess.RemoteAddr().String(), "bytes", len(raw))
		fmt.Fprintf(sess.Stderr(), "brief: command line too long (%d bytes; the limit is %d)\n", len(raw), MaxCommand)
		return 1
	}
	args, err := splitCommand(raw)
	if err != nil {
		fmt.Fprintf(sess.Stderr(), "brief: reading the command: %v\n", err)
		return 1
	}
	if len(args) == 0 {
		fmt.Fprintln(sess.Stderr(), noPTYMessage)
		return 1
	}
	return s.runCommand(sess, args)
}

// runReader runs the reader program for one PTY session until it quits,
// the session's channel or connection ends, or a limit is reached.
func (s *Server) runReader(sess ssh.Session, reader string) {
	pty, windows, _ := sess.Pty()
	store := s.store
	if reader == anonymousReader {
		store = state.NewMemory()
	}
	in := &activityReader{r: sess}
	in.touch()
	ctx, cancel := context.WithCancel(sess.Context())
	defer cancel()
	model := s.newReader(ReaderOptions{Library: s.library(), Store: store, Reader: reader, Done: ctx.Done()})
	var size tea.WindowSizeMsg
	size.Width, size.Height = clampWindow(pty.Window.Width, pty.Window.Height)
	// The size MakeOptions passes on is the client's claim; the clamped one
	// after it wins.
	opts := append(bm.MakeOptions(sess), tea.WithWindowSize(size.Width, size.Height),
		tea.WithInput(in), tea.WithoutSignalHandler(), tea.WithFPS(ui.FPS))
	p := tea.NewProgram(model, opts...)
	if !s.track(p) {
		fail(sess, "brief: the server is shutting down; try again later")
		return
	}
	defer s.untrack(p)
	notify := func(text string) { go p.Send(ui.NoticeMsg{Text: text}) }
	if d := s.cfg.MaxSession; d > 0 {
		t := time.AfterFunc(d-grace(d), func() {
			notify(fmt.Sprintf("brief: this session reached its time limit (%s); reconnect to go on reading", d))
		})
		defer t.Stop()
	}
	if d := s.cfg.IdleTimeout; d > 0 {
		stop := watchIdle(in, d, func() {
			notify(fmt.Sprintf("brief: closed after %s without a key press; reconnect to go on reading", d))
		})
		defer stop()
	}
	go func() {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic in window change handler", "panic", fmt.Sprint(r))
				p.Quit()
			}
		}()
		followWindow(ctx, windows, size, p)
	}()
	// Bubble Tea recovers a panic in the model itself (restoring the
	// terminal, writing the stack to standard error) and reports it here.
	final, err := p.Run()
	if final != nil {
		// The connection may have dropped before the reader saved its place.
		ui.SaveState(final)
	}
	switch {
	case errors.Is(err, tea.ErrProgramPanic):
		s.log.Error("panic in reader session; recovered", "addr", sess.RemoteAddr().String(), "reader", reader)
	case err != nil && !errors.Is(err, tea.ErrProgramKilled):
		s.log.Error("reader ended with an error", "addr", sess.RemoteAddr().String(), "reader", reader, "err", err)
	}
	p.Kill()
}

// fail writes a one-line message to the session's stderr and ends it
// with status 1.
func fail(sess ssh.Session, msg string) {
	end := "\n"
	if _, _, ok := sess.Pty(); ok {
		end = "\r\n"
	}
	_, _ = io.WriteString(sess.Stderr(), msg+end)
	_ = sess.Exit(1)
}

// activityReader is the session's input, remembering when it last
// delivered bytes.
type activityReader struct {
	r    io.Reader
	mu   sync.Mutex
	last time.Time
}

// Read reads the session's input, noting the time when bytes came.
func (a *activityReader) Read(b []byte) (int, error) {
	n, err := a.r.Read(b)
	if n > 0 {
		a.touch()
	}
	return n, err
}

// touch records input now.
func (a *activityReader) touch() {
	a.mu.Lock()
	a.last = time.Now()
	a.mu.Unlock()
}

// idleFor is how long the input has been quiet.
func (a *activityReader) idleFor() time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	return time.Since(a.last)
}

// watchIdle calls fire once the input has been quiet for d. The returned
// function stops the watch.
func watchIdle(in *activityReader, d time.Duration, fire func()) (stop func()) {
	var (
		mu      sync.Mutex
		t       *time.Timer
		stopped bool
	)
	var check func()
	check = func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return
		}
		if quiet := in.idleFor(); quiet < d {
			t = time.AfterFunc(d-quiet, check)
			return
		}
		fire()
	}
	mu.Lock()
	t = time.AfterFunc(d, check)
	mu.Unlock()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		t.Stop()
	}
}
