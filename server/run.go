package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"

	"charm.land/log/v2"

	"brief/content"
	"brief/library"
	"brief/state"
	"brief/ui"
)

// shutdownWait is how long open sessions get to end after the context of Run
// is cancelled.
const shutdownWait = 5 * time.Second

// RunOptions is what `brief serve` needs beyond Config: where the library
// and the reading state come from, and where the log goes.
type RunOptions struct {
	// Dir is the library directory, watched for changes; "" serves the
	// embedded briefings.
	Dir string
	// MaxSize is the largest library file imported.
	MaxSize int64
	// StatePath is the reading-state file; "" uses state.DefaultPath().
	StatePath string
	// Log receives the server's log lines.
	Log io.Writer
	// Reload, when it delivers (SIGHUP), reads the authorized keys again
	// and loads the library directory afresh, without ending any session.
	Reload <-chan struct{}
}

// Run serves the reader over SSH until ctx is cancelled (SIGINT, SIGTERM),
// then stops taking connections, tells open sessions, waits a few seconds
// for them to end and closes the reading-state store.
func Run(ctx context.Context, cfg Config, o RunOptions) error {
	cfg.Logger = log.NewWithOptions(o.Log, log.Options{ReportTimestamp: true, Prefix: "brief"})
	logger := safeLog{cfg.Logger}

	// The address is taken first: an address in use or not allowed fails
	// in one line before anything is loaded, logged or created.
	ln, err := listen(cfg.Listen)
	if err != nil {
		return err
	}
	serving := false
	defer func() {
		if !serving { // Serve closes the listener it was given
			ln.Close()
		}
	}()

	libCtx, stopLib := context.WithCancel(ctx)
	defer func() { stopLib() }()
	lib, err := serveLibrary(libCtx, o.Dir, o.MaxSize, logger)
	if err != nil {
		return err
	}
	statePath := o.StatePath
	if statePath == "" {
		if statePath, err = state.DefaultPath(); err != nil {
			return err
		}
	}
	store := state.OpenOrMemory(statePath, func(w string) { logger.Warn(w) })
	defer func() {
		if err := state.Close(store); err != nil {
			logger.Error("closing the reading state", "err", err)
		}
	}()

	srv, err := New(cfg, lib, store, ui.NewRenderCache())
	if err != nil {
		return err
	}
	served := make(chan error, 1)
	serving = true
	go func() { served <- srv.Serve(ln) }()
	where := o.Dir
	if where == "" {
		where = "embedded briefings"
	}
	logger.Info("serving", "listen", ln.Addr().String(), "library", where, "state", statePath)

	for running := true; running; {
		select {
		case err := <-served:
			return err
		case <-ctx.Done():
			running = false
		case <-o.Reload:
			logger.Info("reloading", "authorized-keys", cfg.AuthorizedKeys != "", "library", where)
			if err := srv.ReloadKeys(); err != nil {
				logger.Error("reloading authorized keys; the old list stays", "err", err)
			}
			if o.Dir == "" {
				continue
			}
			nextCtx, stopNext := context.WithCancel(ctx)
			next, err := serveLibrary(nextCtx, o.Dir, o.MaxSize, logger)
			if err != nil {
				stopNext()
				logger.Error("reloading the library; the old one stays", "err", err)
				continue
			}
			srv.SetLibrary(next)
			// Open sessions keep the old library, no longer watched.
			stopLib()
			stopLib = stopNext
		}
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownWait)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("shutdown", "err", err)
	}
	return <-served
}

// serveLibrary is the watched directory, or the embedded briefings.
func serveLibrary(ctx context.Context, dir string, maxSize int64, logger safeLog) (*library.Library, error) {
	if dir == "" {
		bs, err := content.Defaults()
		if err != nil {
			return nil, err
		}
		return library.FromBriefings(bs), nil
	}
	return library.Watch(ctx, dir, maxSize, func(f string, a ...any) { logger.Warn(fmt.Sprintf(f, a...)) })
}

// listen takes the address to serve on, or says in one line why it cannot
// ("cannot listen on :22: permission denied", "... address already in
// use"), without the layers of the network error around the reason.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err == nil {
		return ln, nil
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		err = op.Err
	}
	var sys *os.SyscallError
	if errors.As(err, &sys) {
		err = sys.Err
	}
	return nil, fmt.Errorf("cannot listen on %s: %w", addr, err)
}
