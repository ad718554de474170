// Command brief is a terminal reader for news briefings: it lays an article
// out as collapsible sections with a quotes pane and a key-facts sidebar,
// exports it as JSON, Markdown or text, and serves a library over SSH.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/x/term"

	"brief/briefing"
	"brief/content"
	"brief/library"
	"brief/printable"
	"brief/server"
	"brief/state"
	"brief/ui"
)

const usage = `brief: a terminal reader for news briefings

Usage:
  brief [flags] [FILE|DIR|-]...            read briefings (the embedded ones when none are named)
      --width N         reading width cap in columns (default 80)
      --style S         dark, light, notty or a Glamour style file (default: follow the terminal)
      --max-size N      largest input file: bytes, or with KB, MB or GB (default 20 MB)
  brief export [--format json|markdown|text] [--max-size N] [FILE|DIR|-]...
  brief serve [--listen ADDR] [--dir DIR] [--authorized-keys FILE] [flags]   read over SSH
  brief help

Run 'brief COMMAND --help' for a command's flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return exportCmd(args[1:], stdout, stderr)
		case "serve":
			return serveCmd(args[1:], stdout, stderr)
		case "help", "-h", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	return readCmd(args, stdout, stderr)
}

func exportCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("brief export", flag.ContinueOnError)
	format := fl.String("format", "json", "output `format`: json, markdown or text")
	maxSize := sizeFlag(fl)
	if status := parseFlags(fl, args, exportUsage, stdout, stderr); status >= 0 {
		return status
	}
	write, ok := map[string]func(io.Writer, []*briefing.Briefing) error{
		"json": briefing.WriteJSON, "markdown": briefing.WriteMarkdown, "md": briefing.WriteMarkdown, "text": briefing.WriteText,
	}[*format]
	if !ok {
		fmt.Fprintf(stderr, "brief: unknown format %q (json, markdown or text)\n", printable.String(*format))
		return 2
	}
	// the command owns its process, as the reader does: importing makes
	// much short-lived garbage, and a higher target collects it less often
	defer debug.SetGCPercent(debug.SetGCPercent(importGC))
	bs, failed, err := load(fl.Args(), *maxSize, stderr)
	if err != nil {
		printError(stderr, err)
		return 1
	}
	if len(bs) == 0 {
		return 1 // every input failed, each with its line
	}
	if err := write(stdout, bs); err != nil {
		printError(stderr, err)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

func readCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("brief", flag.ContinueOnError)
	maxSize := sizeFlag(fl)
	width := fl.Int("width", 80, "reading width cap in columns")
	style := fl.String("style", "", "colours: dark, light, notty or a Glamour style file (default: follow the terminal)")
	if status := parseFlags(fl, args, "", stdout, stderr); status >= 0 {
		return status
	}
	if err := checkStyle(*style); err != nil {
		printError(stderr, err)
		return 2
	}
	noColor := os.Getenv("NO_COLOR") != ""
	if !isTerminal(stdout) {
		lib, drawn, err := readLibrary(fl.Args(), *maxSize, stderr)
		if err != nil {
			printError(stderr, err)
			return 1
		}
		if drawn != nil {
			drawn() // no frame to wait for
		}
		printStyle := *style
		if noColor {
			printStyle = "notty"
		}
		return printLibrary(lib, stdout, stderr, *width, printStyle)
	}
	// The store opens while the files load and the reader starts: the
	// first frame waits neither for the file's check nor for a lock another
	// brief holds, unless a briefing opens at once and needs its place.
	store := openStoreLater()
	defer func() {
		if err := state.Close(store); err != nil {
			store.warn("saving the reading state: " + err.Error())
		}
		store.printWarnings(stderr)
	}()
	lib, drawn, err := readLibrary(fl.Args(), *maxSize, stderr)
	if err != nil {
		printError(stderr, err)
		return 1
	}
	opts := ui.Options{
		Drawn:   drawn,
		Library: lib,
		Store:   store,
		Reader:  "local",
		Width:   *width,
		Style:   *style,
		NoColor: noColor,
		Local:   true,
	}
	if f, ok := stdout.(*os.File); ok {
		opts.Terminal = f
	}
	if err := ui.Run(context.Background(), opts); err != nil {
		printError(stderr, err)
		return 1
	}
	return 0
}

// readLibrary turns the arguments into the reader's library: the embedded
// briefings when there are none, else the files imported in the background
// on every processor through the cache. A single file that fails within
// the first moments ends the command with its one-line error before the
// screen changes; one that takes longer shows its progress in the reader.
// drawn (when not nil) is to be called once the reader's first frame is
// out: a single large file starts importing then, and the garbage
// collector's target raised for the import is put back then.
func readLibrary(args []string, maxSize int64, stderr io.Writer) (lib *library.Library, drawn func(), err error) {
	if len(args) == 0 {
		bs, err := content.Defaults()
		if err != nil {
			return nil, nil, err
		}
		return library.FromBriefings(bs), nil, nil
	}
	paths, err := briefing.ExpandAll(args)
	if err != nil {
		return nil, nil, err
	}
	if maxSize <= 0 {
		maxSize = briefing.DefaultMaxSize
	}
	cache := library.DefaultCache()
	single := len(args) == 1 && len(paths) == 1 && paths[0] == args[0]
	slow := false
	if single {
		st, err := os.Stat(paths[0])
		slow = err == nil && st.Mode().IsRegular() && st.Size() > quickFile && st.Size() <= maxSize && !cache.Has(paths[0])
	}
	firstFrame := make(chan struct{})
	drawn = sync.OnceFunc(func() { close(firstFrame) })
	opts := library.LoadOptions{MaxSize: maxSize, Cache: cache, GCPercent: importGC, GCUntil: firstFrame}
	if slow {
		// A single file that will not be done in time shows its progress
		// at once, and its import waits for that frame.
		opts.Hold = firstFrame
	}
	lib = library.LoadWith(paths, opts)
	if !single || slow {
		return lib, drawn, nil
	}
	deadline := time.After(singleWait)
	for {
		entries, done := lib.Snapshot()
		if done {
			if len(entries) == 1 && entries[0].Err != nil {
				drawn() // no frame to wait for
				return nil, nil, entries[0].Err
			}
			for _, e := range entries {
				if e.Briefing != nil {
					for _, w := range e.Briefing.Warnings {
						fmt.Fprintf(stderr, "brief: warning: %s: %s\n", paths[0], w)
					}
				}
			}
			return lib, drawn, nil
		}
		select {
		case <-lib.Changed():
		case <-deadline:
			return lib, drawn, nil
		}
	}
}

// importGC is the garbage collector's target while the reader or the
// export command imports its files: a folder of 1,000 saved pages opens in
// about 60% of the time it takes at the default of 100, and a 15.9 MB
// article exports in about 92% (see library.LoadOptions.GCPercent).
const importGC = 400

// singleWait is how long the command waits for a single file before it
// shows the reader with the file's progress: a small file opens at once,
// and one that fails at once (missing, binary, empty, too big) ends the
// command before the screen changes.
const singleWait = 15 * time.Millisecond

// quickFile is the largest file worth waiting singleWait for: a larger
// regular file that is not in the cache takes longer than that to import
// (about 7 MB a second of plain text on one core), so the reader shows its
// progress straight away, and one that turns out binary ends the reader
// with its error.
const quickFile = 64 << 10

// printLibrary writes every briefing of the library rendered for a pipe,
// like glow does when its output is not a terminal.
func printLibrary(lib *library.Library, stdout, stderr io.Writer, width int, style string) int {
	for {
		entries, done := lib.Snapshot()
		if done {
			status := 0
			for i, e := range entries {
				if e.Err != nil {
					printError(stderr, e.Err)
					status = 1
					continue
				}
				if i > 0 {
					fmt.Fprintln(stdout)
				}
				if err := ui.Print(stdout, e.Briefing, width, style); err != nil {
					printError(stderr, err)
					return 1
				}
			}
			return status
		}
		<-lib.Changed()
	}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// openStore opens the reading-state store under the XDG state directory.
// A store that cannot be opened (locked by another brief, corrupt) gives a
// warning, and reading state then lasts as long as the process.
func openStore(warn func(string)) state.Store {
	path, err := state.DefaultPath()
	if err != nil {
		warn("reading state kept in memory: " + err.Error())
		return state.NewMemory()
	}
	return state.OpenOrMemory(path, warn)
}

// laterStore is the reading-state store opening in the background: each
// use waits until it is open. Its warnings (a damaged file moved aside, a
// store kept in memory) are kept until the reader has left the screen,
// where they would be lost, and printed then.
type laterStore struct {
	ready    chan struct{}
	store    state.Store
	mu       sync.Mutex
	warnings []string
}

// openStoreLater starts opening the store and returns at once.
func openStoreLater() *laterStore {
	s := &laterStore{ready: make(chan struct{})}
	go func() {
		defer close(s.ready)
		s.store = openStore(s.warn)
	}()
	return s
}

// warn keeps a warning for printWarnings.
func (s *laterStore) warn(w string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.warnings = append(s.warnings, w)
}

// printWarnings writes the warnings kept so far, one line each.
func (s *laterStore) printWarnings(stderr io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.warnings {
		fmt.Fprintln(stderr, "brief: warning:", printable.String(w))
	}
	s.warnings = nil
}

// open waits for the store.
func (s *laterStore) open() state.Store {
	<-s.ready
	return s.store
}

// Load implements state.Store.
func (s *laterStore) Load(reader, briefing string) (state.Reading, bool, error) {
	return s.open().Load(reader, briefing)
}

// Save implements state.Store.
func (s *laterStore) Save(reader, briefing string, r state.Reading) error {
	return s.open().Save(reader, briefing, r)
}

// Readings implements state.Lister.
func (s *laterStore) Readings(reader string) (map[string]state.Reading, error) {
	if l, ok := s.open().(state.Lister); ok {
		return l.Readings(reader)
	}
	return nil, errors.New("the reading state cannot list its readings")
}

// Close closes the store once it is open.
func (s *laterStore) Close() error {
	return state.Close(s.open())
}

// load imports the named inputs, or the embedded briefings when none are
// named. A directory is every visible file in it, as the reader's library
// takes it (briefing.ExpandAll): hidden files and subdirectories are passed
// over, and every other file is tried. Repairs are reported on stderr as
// warnings; an input that cannot be imported (missing, empty, binary, too
// large, a named pipe) is reported in one line naming it, the others are
// still imported, and failed says so. err is for a problem that ends the
// load: a missing argument, a directory with no files.
func load(args []string, maxSize int64, stderr io.Writer) (bs []*briefing.Briefing, failed bool, err error) {
	if len(args) == 0 {
		bs, err := content.Defaults()
		return bs, false, err
	}
	paths, err := briefing.ExpandAll(args)
	if err != nil {
		return nil, false, err
	}
	var out []*briefing.Briefing
	for _, p := range paths {
		b, err := briefing.ReadFile(p, maxSize)
		if err != nil {
			printError(stderr, err)
			failed = true
			continue
		}
		for _, w := range b.Warnings {
			fmt.Fprintf(stderr, "brief: warning: %s: %s\n", printable.String(p), printable.String(w))
		}
		out = append(out, b)
	}
	return out, failed, nil
}

// printError writes err as one "brief: ..." line, made printable: a file
// name may hold escapes or newlines.
func printError(w io.Writer, err error) {
	fmt.Fprintln(w, "brief:", printable.String(err.Error()))
}

// serveCmd runs `brief serve`: the reader over SSH until SIGINT or SIGTERM.
func serveCmd(args []string, stdout, stderr io.Writer) int {
	cfg, opts, status := serveFlags(args, stdout, stderr)
	if status >= 0 {
		return status
	}
	opts.Log = stderr
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// SIGHUP reloads the authorized keys and the library directory.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	reload := make(chan struct{})
	go func() {
		for {
			select {
			case <-hup:
				select {
				case reload <- struct{}{}:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	opts.Reload = reload
	if err := server.Run(ctx, cfg, opts); err != nil {
		printError(stderr, err)
		return 1
	}
	return 0
}

// serveFlags parses the flags of `brief serve`.
// status is -1 when the server should run, else the exit status.
func serveFlags(args []string, stdout, stderr io.Writer) (cfg server.Config, opts server.RunOptions, status int) {
	cfg = server.DefaultConfig()
	fl := flag.NewFlagSet("brief serve", flag.ContinueOnError)
	fl.StringVar(&cfg.Listen, "listen", cfg.Listen, "`address` to listen on")
	fl.StringVar(&opts.Dir, "dir", "", "library directory, watched for changes (default: the embedded briefings)")
	fl.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "OpenSSH authorized_keys file: only these keys get in (default: any key)")
	fl.StringVar(&cfg.HostKey, "host-key", "", "host key file, created if missing (default: $XDG_DATA_HOME/brief/ssh/ssh_host_ed25519)")
	fl.IntVar(&cfg.MaxSessions, "max-sessions", cfg.MaxSessions, "sessions open at once")
	fl.IntVar(&cfg.MaxPerAddress, "max-per-address", cfg.MaxPerAddress, "connections, and sessions, open at once from one address")
	fl.IntVar(&cfg.MaxPerConnection, "max-per-connection", cfg.MaxPerConnection, "sessions open at once on one connection")
	fl.DurationVar(&cfg.IdleTimeout, "idle-timeout", cfg.IdleTimeout, "close a session after this long without a key press")
	fl.DurationVar(&cfg.MaxSession, "max-session", cfg.MaxSession, "close any session after this long")
	fl.BoolVar(&cfg.Anonymous, "anonymous", false, "let readers without a known key in (keyboard-interactive, no prompts); their state lasts one session")
	size := byteSize(briefing.DefaultMaxSize)
	fl.Var(&size, "max-size", "largest library file, `SIZE` in bytes or with KB, MB or GB")
	fl.StringVar(&opts.StatePath, "state", "", "reading state file (default: $XDG_STATE_HOME/brief/state.db)")
	if status := parseFlags(fl, args, serveUsage, stdout, stderr); status >= 0 {
		return cfg, opts, status
	}
	opts.MaxSize = int64(size)
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "brief serve: unexpected argument %q (the library is --dir)\n", printable.String(fl.Arg(0)))
		return cfg, opts, 2
	}
	if cfg.MaxSessions < 0 || cfg.MaxPerAddress < 0 || cfg.MaxPerConnection < 0 || cfg.IdleTimeout < 0 || cfg.MaxSession < 0 {
		fmt.Fprintln(stderr, "brief serve: limits cannot be negative")
		return cfg, opts, 2
	}
	return cfg, opts, -1
}

// sizeFlag defines --max-size on a flag set and returns where it lands.
func sizeFlag(fl *flag.FlagSet) *int64 {
	size := byteSize(briefing.DefaultMaxSize)
	fl.Var(&size, "max-size", "largest input file, `SIZE` in bytes or with KB, MB or GB")
	return (*int64)(&size)
}

// exportUsage and serveUsage head the help of `brief export` and `brief
// serve`, over their flags.
const (
	exportUsage = `Usage:
  brief export [--format json|markdown|text] [--max-size N] [FILE|DIR|-]...

Writes the briefings (the embedded ones when none are named) to standard output.

Flags:
`
	serveUsage = `Usage:
  brief serve [--listen ADDR] [--dir DIR] [--authorized-keys FILE] [flags]

Serves the reader over SSH until SIGINT or SIGTERM.

Flags:
`
)

// parseFlags parses a command's flags. Asked for help (-h, --help), it
// prints the command's usage on stdout: head (the whole of usage for the
// reader when head is empty) over the flags, and the status is 0. A usage
// error (a flag the command does not have, a value it cannot take) is one
// line naming the problem, then the usage, on stderr, and the status is 2.
// Otherwise the status is -1: the command goes on.
func parseFlags(fl *flag.FlagSet, args []string, head string, stdout, stderr io.Writer) int {
	fl.SetOutput(io.Discard) // the flag package's own messages are replaced
	fl.Usage = func() {}
	printUsage := func(w io.Writer) {
		if head == "" {
			fmt.Fprint(w, usage)
			return
		}
		fmt.Fprint(w, head)
		fl.SetOutput(w)
		fl.PrintDefaults()
		fl.SetOutput(io.Discard)
	}
	err := fl.Parse(args)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		printUsage(stdout)
		return 0
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		msg = "unknown flag --" + name
	}
	fmt.Fprintf(stderr, "%s: %s\n\n", fl.Name(), printable.String(msg))
	printUsage(stderr)
	return 2
}

// checkStyle says in one line why a --style value cannot be used: it is
// neither one of the built-in styles' names nor a file, or the file cannot
// be read or is not a Glamour style.
func checkStyle(style string) error {
	err := ui.CheckStyle(style)
	if err == nil {
		return nil
	}
	name := style
	st, statErr := os.Stat(style)
	switch {
	case errors.Is(statErr, fs.ErrNotExist):
		return fmt.Errorf("--style %q: neither a built-in style (dark, light, notty) nor an existing style file", name)
	case statErr != nil:
		return fmt.Errorf("--style %q: the style file cannot be read: %s", name, reason(statErr))
	case st.IsDir():
		return fmt.Errorf("--style %q: a directory, not a style file", name)
	}
	data, readErr := os.ReadFile(style)
	if readErr != nil {
		return fmt.Errorf("--style %q: the style file cannot be read: %s", name, reason(readErr))
	}
	var v map[string]any
	if jsonErr := json.Unmarshal(data, &v); jsonErr != nil {
		return fmt.Errorf("--style %q: not a Glamour style file (JSON): %v", name, jsonErr)
	}
	return fmt.Errorf("--style %q: not a Glamour style file: %s", name, reason(err))
}

// reason is the innermost message of err: "permission denied" rather than
// "open FILE: permission denied".
func reason(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}
