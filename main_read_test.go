package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/content"
)

func TestReadPrintsWhenNotATerminal(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.md")
	must(t, os.WriteFile(a, []byte("Harbour reopens\n\nThe harbour reopened on Monday after *repairs*, officials said.\n"), 0o644))
	must(t, os.WriteFile(b, []byte("# Second story\n\nA second story about the **port**.\n"), 0o644))

	code, out, errOut := runBrief(t, "--width", "40", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "Harbour reopens\n") || !strings.Contains(out, "officials said.") {
		t.Errorf("rendered output:\n%s", out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("output to a pipe holds escape sequences: %q", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 40 {
			t.Errorf("line wider than --width 40: %q", l)
		}
	}

	// A directory is every article in it, in name order.
	code, out, errOut = runBrief(t, dir)
	if code != 0 {
		t.Fatalf("directory: exit %d: %s", code, errOut)
	}
	if i, j := strings.Index(out, "Harbour reopens"), strings.Index(out, "Second story"); i < 0 || j < i {
		t.Errorf("directory output should hold both briefings in order:\n%s", out)
	}
}

func TestReadDefaultsWhenNoFiles(t *testing.T) {
	code, out, errOut := runBrief(t)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	bs, err := content.Defaults()
	must(t, err)
	flat := strings.Join(strings.Fields(out), " ")
	for _, b := range bs {
		if !strings.Contains(flat, b.Title) {
			t.Errorf("output lacks the embedded briefing %q", b.Title)
		}
	}
}

func TestReadErrorsAreOneLine(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "nothing")
	must(t, os.Mkdir(empty, 0o755))
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, 1, "nope.txt: no such file"},
		{"empty directory", []string{empty}, 1, "directory holds no articles"},
		{"unknown style", []string{"--style", filepath.Join(dir, "nostyle.json"), empty}, 2, "style"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runBrief(t, c.args...)
			if code != c.code || out != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no output", code, out, c.code)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "brief: ") || !strings.Contains(errOut, c.want) {
				t.Errorf("stderr %q: want one line 'brief: ...%s'", errOut, c.want)
			}
		})
	}
}
