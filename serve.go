package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"charm.land/log/v2"

	"brief/briefing"
	"brief/content"
	"brief/library"
	"brief/server"
	"brief/state"
	"brief/ui"
)

// shutdownWait is how long open sessions get to end after SIGINT/SIGTERM.
const shutdownWait = 5 * time.Second

// serveCmd runs `brief serve`: the reader over SSH until SIGINT or SIGTERM.
func serveCmd(args []string, stderr io.Writer) int {
	cfg, dir, maxSize, statePath, ok := serveFlags(args, stderr)
	if !ok {
		return 2
	}
	logger := log.NewWithOptions(stderr, log.Options{ReportTimestamp: true, Prefix: "brief"})
	cfg.Logger = logger

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var lib *library.Library
	if dir != "" {
		l, err := library.Watch(ctx, dir, maxSize, func(f string, a ...any) { logger.Warn(fmt.Sprintf(f, a...)) })
		if err != nil {
			fmt.Fprintln(stderr, "brief:", err)
			return 1
		}
		lib = l
	} else {
		bs, err := content.Defaults()
		if err != nil {
			fmt.Fprintln(stderr, "brief:", err)
			return 1
		}
		lib = library.FromBriefings(bs)
	}

	if statePath == "" {
		p, err := state.DefaultPath()
		if err != nil {
			fmt.Fprintln(stderr, "brief:", err)
			return 1
		}
		statePath = p
	}
	store := state.OpenOrMemory(statePath, func(w string) { logger.Warn(w) })
	defer func() {
		if err := state.Close(store); err != nil {
			logger.Error("closing the reading state", "err", err)
		}
	}()

	srv, err := server.New(cfg, lib, store, ui.NewRenderCache())
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	served := make(chan error, 1)
	go func() { served <- srv.ListenAndServe() }()
	logger.Info("serving", "listen", cfg.Listen, "library", libraryName(dir), "state", statePath)

	select {
	case err := <-served:
		if err != nil {
			fmt.Fprintln(stderr, "brief:", err)
			return 1
		}
		return 0
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownWait)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("shutdown", "err", err)
	}
	if err := <-served; err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	return 0
}

// serveFlags parses the flags of `brief serve`.
func serveFlags(args []string, stderr io.Writer) (cfg server.Config, dir string, maxSize int64, statePath string, ok bool) {
	cfg = server.DefaultConfig()
	fl := flag.NewFlagSet("brief serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&cfg.Listen, "listen", cfg.Listen, "address to listen on")
	fl.StringVar(&dir, "dir", "", "library directory, watched for changes (default: the embedded briefings)")
	fl.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "OpenSSH authorized_keys file: only these keys get in (default: any key)")
	fl.StringVar(&cfg.HostKey, "host-key", "", "host key file, created if missing (default: $XDG_DATA_HOME/brief/ssh/ssh_host_ed25519)")
	fl.IntVar(&cfg.MaxSessions, "max-sessions", cfg.MaxSessions, "sessions open at once")
	fl.IntVar(&cfg.MaxPerAddress, "max-per-address", cfg.MaxPerAddress, "connections open at once from one address")
	fl.DurationVar(&cfg.IdleTimeout, "idle-timeout", cfg.IdleTimeout, "close a session after this long without a key press")
	fl.DurationVar(&cfg.MaxSession, "max-session", cfg.MaxSession, "close any session after this long")
	fl.BoolVar(&cfg.Anonymous, "anonymous", false, "let readers without a known key in (keyboard-interactive, no prompts); their state lasts one session")
	fl.Int64Var(&maxSize, "max-size", briefing.DefaultMaxSize, "largest library file in bytes")
	fl.StringVar(&statePath, "state", "", "reading state file (default: $XDG_STATE_HOME/brief/state.db)")
	if err := fl.Parse(args); err != nil {
		return cfg, "", 0, "", false
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "brief serve: unexpected argument %q (the library is --dir)\n", fl.Arg(0))
		return cfg, "", 0, "", false
	}
	if cfg.MaxSessions < 0 || cfg.MaxPerAddress < 0 || cfg.IdleTimeout < 0 || cfg.MaxSession < 0 {
		fmt.Fprintln(stderr, "brief serve: limits cannot be negative")
		return cfg, "", 0, "", false
	}
	return cfg, dir, maxSize, statePath, true
}

// libraryName describes the library for the log.
func libraryName(dir string) string {
	if dir == "" {
		return "embedded briefings"
	}
	return dir
}
