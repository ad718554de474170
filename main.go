// Command brief is a terminal reader for news briefings: it lays an article
// out as collapsible sections with a quotes pane and a key-facts sidebar,
// exports it as JSON, Markdown or text, and serves a library over SSH.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"brief/briefing"
	"brief/content"
)

const usage = `brief: a terminal reader for news briefings

Usage:
  brief [flags] [FILE|DIR|-]...            read briefings (the embedded ones when none are named)
  brief export [--format json|markdown|text] [--max-size N] [FILE|DIR|-]...
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
	if err := fl.Parse(args); err != nil {
		return 2
	}
	bs, err := load(fl.Args(), *maxSize, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	if err := briefing.WriteText(stdout, bs); err != nil {
		fmt.Fprintln(stderr, "brief:", err)
		return 1
	}
	return 0
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
