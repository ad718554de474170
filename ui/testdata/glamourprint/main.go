// Command glamourprint is what a Markdown viewer does at its core to show
// a file: read it, render it with Glamour at a width, print it. The
// start-up measurement in ui/startup_test.go runs it beside brief on the
// same article as Markdown, in the same pseudo-terminal, as the nearest
// stand-in for glow (which prints a file given on its command line the
// same way) on a machine where glow cannot be installed.
package main

import (
	"flag"
	"fmt"
	"os"

	"charm.land/glamour/v2"
)

func main() {
	width := flag.Int("width", 80, "word-wrap width")
	style := flag.String("style", "dark", "Glamour standard style")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: glamourprint [-width N] [-style S] FILE.md")
		os.Exit(2)
	}
	data, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "glamourprint:", err)
		os.Exit(1)
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(*style), glamour.WithWordWrap(*width))
	if err != nil {
		fmt.Fprintln(os.Stderr, "glamourprint:", err)
		os.Exit(1)
	}
	out, err := r.RenderBytes(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "glamourprint:", err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}
