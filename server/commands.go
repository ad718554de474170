package server

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"time"

	"charm.land/ssh"

	"brief/briefing"
	"brief/library"
	"brief/printable"
)

// loadWait bounds how long a command waits for a library that is still
// loading.
const loadWait = 10 * time.Second

// writers are the export formats, as in `brief export`.
var writers = map[string]func(io.Writer, []*briefing.Briefing) error{
	"json": briefing.WriteJSON, "markdown": briefing.WriteMarkdown, "md": briefing.WriteMarkdown, "text": briefing.WriteText,
}

// runCommand runs `ssh host CMD ...` (list, export) and returns the exit
// status. Output goes to the session; errors are one line on its stderr.
func (s *Server) runCommand(sess ssh.Session, args []string) int {
	stdout, stderr := io.Writer(sess), sess.Stderr()
	switch args[0] {
	case "list":
		if len(args) > 1 {
			fmt.Fprintln(stderr, "brief: list takes no arguments")
			return 1
		}
		return listCmd(stdout, stderr, s.library())
	case "export":
		return exportCmd(stdout, stderr, s.library(), args[1:])
	case "help":
		fmt.Fprintln(stdout, "commands: list | export ID [--format json|markdown|text]; connect with ssh -t to read")
		return 0
	}
	fmt.Fprintf(stderr, "brief: unknown command %q (try list, export ID or help)\n", clip(args[0]))
	return 1
}

// listCmd prints one line per readable briefing: ID, title, quotes and
// facts counts, tab-separated.
func listCmd(stdout, stderr io.Writer, lib *library.Library) int {
	for _, e := range loaded(lib) {
		if e.Briefing == nil {
			continue
		}
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\n", printable.String(e.ID), printable.String(e.Briefing.Title), plural(len(e.Briefing.Quotes), "quote"), plural(len(e.Briefing.Facts), "fact"))
	}
	return 0
}

// exportCmd writes one briefing, found by ID, as `brief export` would.
func exportCmd(stdout, stderr io.Writer, lib *library.Library, args []string) int {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	format := fl.String("format", "json", "json, markdown or text")
	if err := fl.Parse(args); err != nil {
		fmt.Fprintf(stderr, "brief: export: %v\n", err)
		return 1
	}
	rest := fl.Args()
	if len(rest) == 0 {
		fmt.Fprintln(stderr, "brief: export needs a briefing ID (see list)")
		return 1
	}
	id := rest[0]
	if err := fl.Parse(rest[1:]); err != nil {
		fmt.Fprintf(stderr, "brief: export: %v\n", err)
		return 1
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "brief: export takes one briefing ID, got %q too\n", clip(fl.Arg(0)))
		return 1
	}
	write, ok := writers[*format]
	if !ok {
		fmt.Fprintf(stderr, "brief: unknown format %q (json, markdown or text)\n", clip(*format))
		return 1
	}
	b := find(lib, id)
	if b == nil {
		fmt.Fprintf(stderr, "brief: no briefing %q (see list)\n", clip(id))
		return 1
	}
	var out bytes.Buffer
	if err := write(&out, []*briefing.Briefing{b}); err != nil {
		fmt.Fprintf(stderr, "brief: export: %v\n", err)
		return 1
	}
	text := out.String()
	if *format != "json" {
		// JSON escapes every control itself; Markdown and text are made
		// printable line by line.
		text = printable.Text(text)
	}
	_, _ = io.WriteString(stdout, text)
	return 0
}

// find returns the readable briefing with this ID, or nil.
func find(lib *library.Library, id string) *briefing.Briefing {
	for _, e := range loaded(lib) {
		if e.ID == id {
			return e.Briefing
		}
	}
	return nil
}

// loaded is the library's entries once it has finished loading (or
// loadWait has passed).
func loaded(lib *library.Library) []library.Entry {
	deadline := time.After(loadWait)
	for {
		ch := lib.Changed()
		es, done := lib.Snapshot()
		if done {
			return es
		}
		select {
		case <-ch:
		case <-deadline:
			return es
		}
	}
}

// clip shortens what a client sent before it is echoed back: %q escapes
// it, this bounds it.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "..."
	}
	return s
}

// plural writes a count with its noun: "1 quote", "3 quotes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
