// Package server serves the briefing reader over SSH: each session gets its
// own Bubble Tea program, window size and colour profile, and shares only
// the read-only library, the render cache and the reading-state store.
package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"slices"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"

	"brief/library"
	"brief/state"
	"brief/ui"
)

// Config is everything `brief serve` can be told.
type Config struct {
	// Listen is the address to listen on, host:port.
	Listen string
	// Dir is the library directory; empty means the embedded briefings.
	Dir string
	// AuthorizedKeys is an OpenSSH authorized_keys file; when set only its
	// keys get in, otherwise any public key does.
	AuthorizedKeys string
	// HostKey is the host key file; empty means DefaultHostKeyPath.
	HostKey string
	// MaxSessions caps the sessions open at once (0: no cap).
	MaxSessions int
	// MaxPerAddress caps concurrent connections from one IP, and the
	// sessions open from it (0: no cap).
	MaxPerAddress int
	// MaxPerConnection caps the sessions open on one connection (0: no
	// cap), as OpenSSH's MaxSessions does.
	MaxPerConnection int
	// IdleTimeout closes a session after this long without input.
	IdleTimeout time.Duration
	// MaxSession closes any session after this long.
	MaxSession time.Duration
	// HandshakeTimeout bounds the SSH handshake, against slow clients.
	HandshakeTimeout time.Duration
	// Anonymous lets readers in by keyboard-interactive auth without a
	// key; their reading state lasts for the session only.
	Anonymous bool
	// Logger receives one line per connect and disconnect, refusals and
	// errors; nil means standard error.
	Logger *log.Logger
}

// DefaultConfig is the configuration `brief serve` starts from.
func DefaultConfig() Config {
	return Config{
		Listen:           "127.0.0.1:23234",
		MaxSessions:      64,
		MaxPerAddress:    8,
		MaxPerConnection: 10,
		IdleTimeout:      30 * time.Minute,
		MaxSession:       8 * time.Hour,
		HandshakeTimeout: 15 * time.Second,
	}
}

// ReaderOptions is what a session's reader model is built from.
type ReaderOptions struct {
	Library *library.Library
	Store   state.Store
	// Reader is the identity the reading state is kept under.
	Reader string
	// Done is closed when the session ends.
	Done <-chan struct{}
}

// ReaderFunc builds the reader model for one session.
type ReaderFunc func(ReaderOptions) tea.Model

// uiReader builds the real reader, sharing cache between sessions.
//
// The session's idle limit is enforced by the server (watchIdle), which
// stops with the session, rather than by ui.Options.IdleTimeout, whose
// timer would keep the ended session's model alive until it fires.
func uiReader(cache *ui.RenderCache) ReaderFunc {
	return func(o ReaderOptions) tea.Model {
		return ui.New(ui.Options{Library: o.Library, Store: o.Store, Reader: o.Reader, Cache: cache, Done: o.Done})
	}
}

// Server is a running or ready SSH server for one library.
type Server struct {
	cfg       Config
	store     state.Store
	newReader ReaderFunc
	log       safeLog
	addrs     *addrLimiter
	ssh       *ssh.Server

	mu       sync.Mutex
	lib      *library.Library          // for new sessions; SetLibrary swaps it
	allowed  keySet                    // nil: any key; ReloadKeys swaps it
	active   int                       // sessions open, readers and commands
	perAddr  map[string]int            // sessions open by remote IP
	perConn  map[string]int            // sessions open by connection (SSH session ID)
	programs map[*tea.Program]struct{} // readers, for notices
	closing  bool
	serving  []chan struct{} // one per Serve call, closed once it accepts or returns
	sessions sync.WaitGroup
}

// New prepares a server for lib: it loads (or creates) the host key and
// reads the authorized keys, but does not listen yet. Every session's
// reader shares lib, store and cache (nil: a new one).
func New(cfg Config, lib *library.Library, store state.Store, cache *ui.RenderCache) (*Server, error) {
	if cache == nil {
		cache = ui.NewRenderCache()
	}
	return NewWithReader(cfg, lib, store, uiReader(cache))
}

// NewWithReader is New with another reader model in each session.
func NewWithReader(cfg Config, lib *library.Library, store state.Store, newReader ReaderFunc) (*Server, error) {
	if lib == nil || store == nil || newReader == nil {
		return nil, errors.New("server: a library, a store and a reader are required")
	}
	s := &Server{
		cfg: cfg, lib: lib, store: store, newReader: newReader,
		log:      safeLog{cfg.Logger},
		addrs:    newAddrLimiter(cfg.MaxPerAddress),
		perAddr:  map[string]int{},
		perConn:  map[string]int{},
		programs: map[*tea.Program]struct{}{},
	}
	if s.log.l == nil {
		s.log.l = log.New(os.Stderr)
	}
	if cfg.AuthorizedKeys != "" {
		allowed, err := loadAuthorizedKeys(cfg.AuthorizedKeys, func(w string) { s.log.Warn(w) })
		if err != nil {
			return nil, err
		}
		s.allowed = allowed
	}
	switch {
	case cfg.Anonymous && cfg.AuthorizedKeys != "":
		s.log.Warn(fmt.Sprintf("--anonymous with --authorized-keys: the %d listed keys get in as themselves, and any other client gets in as an anonymous reader (keyboard-interactive, reading state kept for the session only)", len(s.allowed)))
	case cfg.Anonymous:
		s.log.Warn("--anonymous: any client gets in; those without a key as anonymous readers (reading state kept for the session only)")
	case cfg.AuthorizedKeys == "":
		s.log.Info("any public key gets in (--authorized-keys restricts who may read)")
	}
	keyPath := cfg.HostKey
	if keyPath == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, err
		}
		keyPath = p
	}
	signer, err := loadHostKey(keyPath)
	if err != nil {
		return nil, err
	}
	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		wish.WithPublicKeyAuth(s.publicKeyHandler),
		wish.WithMiddleware(s.handle),
		func(srv *ssh.Server) error {
			srv.HostSigners = []ssh.Signer{signer}
			srv.HandshakeTimeout = cfg.HandshakeTimeout
			srv.ConnCallback = s.addrs.connCallback(func(host string) {
				s.log.Warn("refused connection: too many from one address", "addr", host, "max", cfg.MaxPerAddress)
			})
			// Password auth stays refused: PasswordHandler is left nil, so
			// the method is never offered.
			srv.PasswordHandler = nil
			return nil
		},
	}
	if cfg.Anonymous {
		opts = append(opts, wish.WithKeyboardInteractiveAuth(s.keyboardInteractiveHandler))
	}
	// The transport limits sit a little after the reader's own, so that the
	// reader quits first and gives the terminal back.
	if cfg.IdleTimeout > 0 {
		opts = append(opts, wish.WithIdleTimeout(cfg.IdleTimeout+grace(cfg.IdleTimeout)))
	}
	if cfg.MaxSession > 0 {
		opts = append(opts, wish.WithMaxTimeout(cfg.MaxSession))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, fmt.Errorf("setting up the SSH server: %w", err)
	}
	s.ssh = srv
	return s, nil
}

// grace is how long before a transport limit the reader is told to quit.
func grace(d time.Duration) time.Duration {
	return min(max(d/10, 200*time.Millisecond), 5*time.Second)
}

// ListenAndServe listens on Config.Listen and serves until Shutdown.
func (s *Server) ListenAndServe() error {
	ln, err := listen(s.cfg.Listen)
	if err != nil {
		return err
	}
	return s.Serve(ln)
}

// Serve serves SSH on ln until Shutdown or Close; it returns nil after a
// shutdown.
func (s *Server) Serve(ln net.Listener) error {
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		ln.Close()
		return nil
	}
	ready := make(chan struct{})
	s.serving = append(s.serving, ready)
	s.mu.Unlock()
	var once sync.Once
	isReady := func() { once.Do(func() { close(ready) }) }
	err := s.ssh.Serve(&readyListener{Listener: ln, ready: isReady})
	isReady()
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// readyListener tells, on its first Accept, that the SSH server has
// registered it: from then on a shutdown closes it.
type readyListener struct {
	net.Listener
	ready func()
}

func (l *readyListener) Accept() (net.Conn, error) {
	l.ready()
	return l.Listener.Accept()
}

// stopServing marks the server closing and waits until every Serve
// call has registered its listener with the SSH server (or returned), so
// that a shutdown straight after Serve neither misses the listener nor
// races the SSH server's start; ctx bounds the wait.
func (s *Server) stopServing(ctx context.Context) {
	s.mu.Lock()
	s.closing = true
	serving := slices.Clone(s.serving)
	s.mu.Unlock()
	for _, ready := range serving {
		select {
		case <-ready:
		case <-ctx.Done():
			return
		}
	}
}

// Shutdown stops taking connections, tells every open reader the server
// is going away (they quit, restoring their terminals), and waits for the
// sessions to end, until ctx is done; whatever is left is then cut. The
// store is the caller's to close afterwards.
func (s *Server) Shutdown(ctx context.Context) error {
	s.stopServing(ctx)
	s.mu.Lock()
	progs := make([]*tea.Program, 0, len(s.programs))
	for p := range s.programs {
		progs = append(progs, p)
	}
	s.mu.Unlock()
	for _, p := range progs {
		go p.Send(ui.NoticeMsg{Text: "brief: the server is shutting down; reconnect later to go on reading"})
	}
	stopped := make(chan error, 1)
	go func() { stopped <- s.ssh.Shutdown(ctx) }()
	ended := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(ended)
	}()
	var err error
	select {
	case <-ended:
	case <-ctx.Done():
		err = fmt.Errorf("shutting down: sessions still open: %w", ctx.Err())
	}
	// Connections whose sessions have ended (or that never opened one) are
	// closed now rather than waited for.
	s.ssh.Close()
	if e := <-stopped; err == nil && e != nil && !errors.Is(e, context.Canceled) && !errors.Is(e, context.DeadlineExceeded) {
		err = fmt.Errorf("shutting down: %w", e)
	}
	return err
}

// Close cuts every connection at once.
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.stopServing(ctx)
	return s.ssh.Close()
}

// enter admits a session from the address host on the connection conn,
// or says why not: the server is closing, full, or that address or
// connection has all the sessions it may open.
func (s *Server) enter(host, conn string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return errors.New("brief: the server is shutting down; try again later")
	}
	if s.cfg.MaxSessions > 0 && s.active >= s.cfg.MaxSessions {
		return fmt.Errorf("brief: server full (%d readers at once); try again in a while", s.cfg.MaxSessions)
	}
	if s.cfg.MaxPerAddress > 0 && s.perAddr[host] >= s.cfg.MaxPerAddress {
		return fmt.Errorf("brief: too many sessions from your address (%d at once); close one first", s.cfg.MaxPerAddress)
	}
	if s.cfg.MaxPerConnection > 0 && s.perConn[conn] >= s.cfg.MaxPerConnection {
		return fmt.Errorf("brief: too many sessions on this connection (%d at once); close one first", s.cfg.MaxPerConnection)
	}
	s.active++
	s.perAddr[host]++
	s.perConn[conn]++
	s.sessions.Add(1)
	return nil
}

// leave gives back the slot enter took.
func (s *Server) leave(host, conn string) {
	s.mu.Lock()
	s.active--
	if s.perAddr[host]--; s.perAddr[host] <= 0 {
		delete(s.perAddr, host)
	}
	if s.perConn[conn]--; s.perConn[conn] <= 0 {
		delete(s.perConn, conn)
	}
	s.mu.Unlock()
	s.sessions.Done()
}

// library is the library new sessions read.
func (s *Server) library() *library.Library {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lib
}

// SetLibrary makes new sessions and commands read lib; open sessions keep
// the library they started with.
func (s *Server) SetLibrary(lib *library.Library) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lib = lib
}

// track registers a reader program for notices; false when shutting down.
func (s *Server) track(p *tea.Program) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.programs[p] = struct{}{}
	return true
}

// untrack forgets a reader program that has ended.
func (s *Server) untrack(p *tea.Program) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.programs, p)
}

// Sessions returns the number of sessions open now.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.active
}
