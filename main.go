// Command brief is a terminal reader for news briefings: it lays an article
// out as collapsible sections with a quotes pane and a key-facts sidebar,
// exports it as JSON, Markdown or text, and serves a library over SSH.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"brief/briefing"
	"brief/content"
	"brief/library"
	"brief/state"
	"brief/ui"
)

const usage = `brief: a terminal reader for news briefings

Usage:
  brief [flags] [FILE|DIR|-]...            read briefings (the embedded ones when none are named)
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
			return serveCmd(args[1:], stderr)
		case "help", "-h", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	return readCmd(args, stdout, stderr)
}

func exportCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("brief export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "json", "output format: json, markdown or text")
	maxSize := fl.Int64("max-size", briefing.DefaultMaxSize, "largest input file in bytes")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	write, ok := map[string]func(io.Writer, []*briefing.Briefing) error{
		"json": briefing.WriteJSON, "markdown": briefing.WriteMarkdown, "md": briefing.WriteMarkdown, "text": briefing.WriteText,
	}[*format]
	if !ok {
		fmt.Fprintf(stderr, "brief: unknown format %q (json, markdown or text)\n", *format)
		return 2
	}
	bs, err := load(fl.Args(), *maxSize, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	if err := write(stdout, bs); err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	return 0
}

func readCmd(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("brief", flag.ContinueOnError)
	fl.SetOutput(stderr)
	maxSize := fl.Int64("max-size", briefing.DefaultMaxSize, "largest input file in bytes")
	width := fl.Int("width", 80, "reading width cap in columns")
	style := fl.String("style", "", "colours: dark, light, notty or a Glamour style file (default: follow the terminal)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if err := ui.CheckStyle(*style); err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 2
	}
	lib, err := readLibrary(fl.Args(), *maxSize, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	noColor := os.Getenv("NO_COLOR") != ""
	if !isTerminal(stdout) {
		printStyle := *style
		if noColor {
			printStyle = "notty"
		}
		return printLibrary(lib, stdout, stderr, *width, printStyle)
	}
	store := openStore(stderr)
	defer func() {
		if err := state.Close(store); err != nil {
			fmt.Fprintln(stderr, "brief: warning: saving the reading state:", err)
		}
	}()
	opts := ui.Options{
		Library: lib,
		Store:   store,
		Reader:  "local",
		Width:   *width,
		Style:   *style,
		NoColor: noColor,
	}
	if err := ui.Run(context.Background(), opts); err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	return 0
}

// readLibrary turns the arguments into the reader's library: the embedded
// briefings when there are none, one briefing imported now for a single
// file (so that its error ends the command before the screen changes), or a
// library that fills in the background for a directory or several files.
func readLibrary(args []string, maxSize int64, stderr io.Writer) (*library.Library, error) {
	if len(args) == 0 {
		bs, err := content.Defaults()
		if err != nil {
			return nil, err
		}
		return library.FromBriefings(bs), nil
	}
	paths, err := briefing.Expand(args)
	if err != nil {
		return nil, err
	}
	single := len(args) == 1 && len(paths) == 1 && paths[0] == args[0]
	if !single {
		return library.Load(paths, maxSize), nil
	}
	b, err := briefing.ReadFile(paths[0], maxSize)
	if err != nil {
		return nil, err
	}
	for _, w := range b.Warnings {
		fmt.Fprintf(stderr, "brief: warning: %s: %s\n", paths[0], w)
	}
	l := library.New()
	l.Put(library.Entry{ID: paths[0], Briefing: b})
	l.Finish()
	return l, nil
}

// printLibrary writes every briefing of the library rendered for a pipe,
// like glow does when its output is not a terminal.
func printLibrary(lib *library.Library, stdout, stderr io.Writer, width int, style string) int {
	for {
		entries, done := lib.Snapshot()
		if done {
			status := 0
			for i, e := range entries {
				if e.Err != nil {
					fmt.Fprintln(stderr, "brief:", e.Err)
					status = 1
					continue
				}
				if i > 0 {
					fmt.Fprintln(stdout)
				}
				if err := ui.Print(stdout, e.Briefing, width, style); err != nil {
					fmt.Fprintln(stderr, "brief:", err)
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
func openStore(stderr io.Writer) state.Store {
	warn := func(w string) { fmt.Fprintln(stderr, "brief: warning:", w) }
	path, err := state.DefaultPath()
	if err != nil {
		warn("reading state kept in memory: " + err.Error())
		return state.NewMemory()
	}
	return state.OpenOrMemory(path, warn)
}

// load imports the named inputs, or the embedded briefings when none are
// named. Repairs are reported on stderr as warnings.
func load(args []string, maxSize int64, stderr io.Writer) ([]*briefing.Briefing, error) {
	if len(args) == 0 {
		return content.Defaults()
	}
	paths, err := briefing.Expand(args)
	if err != nil {
		return nil, err
	}
	var out []*briefing.Briefing
	for _, p := range paths {
		b, err := briefing.ReadFile(p, maxSize)
		if err != nil {
			return nil, err
		}
		for _, w := range b.Warnings {
			fmt.Fprintf(stderr, "brief: warning: %s: %s\n", p, w)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, errors.New("no briefings to read")
	}
	return out, nil
}
