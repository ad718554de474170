package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A flag a command does not have, or a value it cannot take, is one line
// naming the problem, then the command's usage, on stderr, with status 2
// and nothing on stdout.
func TestUsageErrorsPrintOneLineAndTheUsage(t *testing.T) {
	cases := []struct {
		args       []string
		line       string
		usageHas   string
		usageLacks string
	}{
		{[]string{"--bogus"}, "brief: unknown flag --bogus", "brief export [--format", "Usage of"},
		{[]string{"-bogus", "file.txt"}, "brief: unknown flag --bogus", "brief serve [--listen", "Usage of"},
		{[]string{"--width", "x"}, `brief: invalid value "x" for flag -width: parse error`, "brief export [--format", "Usage of"},
		{[]string{"export", "--bogus"}, "brief export: unknown flag --bogus", "-format format", "Usage of"},
		{[]string{"export", "--max-size", "1 parsec"}, `brief export: invalid value "1 parsec" for flag -max-size: size "1 parsec": unknown unit "PARSEC" (KB, MB or GB)`, "-max-size SIZE", "20971520"},
		{[]string{"serve", "--bogus"}, "brief serve: unknown flag --bogus", "-listen address", "Usage of"},
	}
	for _, c := range cases {
		code, out, errOut := runBrief(t, c.args...)
		first, usage, _ := strings.Cut(errOut, "\n")
		if code != 2 || out != "" || first != c.line {
			t.Errorf("brief %q: exit %d, stdout %q, first line %q; want 2, nothing, %q", c.args, code, out, first, c.line)
		}
		if !strings.Contains(usage, "Usage:") || !strings.Contains(usage, c.usageHas) || strings.Contains(usage, c.usageLacks) {
			t.Errorf("brief %q: the usage after the error should hold %q and not %q:\n%s", c.args, c.usageHas, c.usageLacks, usage)
		}
	}
}

// Each command's help is on stdout, status 0, and says each default once.
func TestHelpSaysEachDefaultOnce(t *testing.T) {
	for _, args := range [][]string{{"export", "--help"}, {"serve", "--help"}, {"export", "-h"}, {"--width", "60", "--help"}, {"help"}} {
		code, out, errOut := runBrief(t, args...)
		if code != 0 || errOut != "" || !strings.HasPrefix(out, "Usage:") && !strings.HasPrefix(out, "brief: a terminal reader") {
			t.Errorf("brief %q: exit %d, stderr %q, stdout:\n%s", args, code, errOut, out)
		}
		if n := strings.Count(out, "(default 20 MB)"); n != 1 || strings.Contains(out, "20971520") {
			t.Errorf("brief %q: the --max-size default is said %d times (or in bytes):\n%s", args, n, out)
		}
		for _, l := range strings.Split(out, "\n") {
			if strings.Count(l, "(default") > 1 {
				t.Errorf("brief %q: a default said twice: %q", args, l)
			}
		}
	}
}

// A --style that cannot be used is one line naming the style and what is
// wrong with it, status 2, as other bad flag values.
func TestBadStyleIsOneClearLine(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	must(t, os.WriteFile(article, []byte("Harbour Reopens\n\nThe harbour reopened on Monday.\n"), 0o644))
	notJSON := filepath.Join(dir, "style.md")
	must(t, os.WriteFile(notJSON, []byte("# not a style\n"), 0o644))
	wrong := filepath.Join(dir, "wrong.json")
	must(t, os.WriteFile(wrong, []byte(`{"document": 5}`), 0o644))
	good := filepath.Join(dir, "good.json")
	must(t, os.WriteFile(good, []byte(`{"document": {"margin": 1}}`), 0o644))
	cases := []struct {
		style, want string
	}{
		{"nope", `brief: --style "nope": neither a built-in style (dark, light, notty) nor an existing style file`},
		{dir, `brief: --style "` + dir + `": a directory, not a style file`},
		{notJSON, `brief: --style "` + notJSON + `": not a Glamour style file (JSON): invalid character '#' looking for beginning of value`},
		{wrong, `brief: --style "` + wrong + `": not a Glamour style file: json: cannot unmarshal number`},
	}
	for _, c := range cases {
		code, out, errOut := runBrief(t, "--style", c.style, article)
		if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, c.want) {
			t.Errorf("--style %s: exit %d, stdout %q, stderr %q; want 2 and one line %q", c.style, code, out, errOut, c.want)
		}
	}
	for _, style := range []string{"dark", "light", "notty", good} {
		if code, out, errOut := runBrief(t, "--style", style, article); code != 0 || !strings.Contains(out, "Harbour Reopens") {
			t.Errorf("--style %s: exit %d, stderr %q", style, code, errOut)
		}
	}
}

// A port in use: one line saying so, status 1, and no line claiming to
// serve, nor one about the library's files, before it.
func TestServeOnAPortInUseIsOneLine(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	lib := filepath.Join(dir, "lib")
	must(t, os.Mkdir(lib, 0o700))
	must(t, os.WriteFile(filepath.Join(lib, "a.txt"), []byte("Harbour Reopens\n\nThe harbour reopened on Monday.\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(lib, "empty.txt"), nil, 0o644))
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	defer taken.Close()
	addr := taken.Addr().String()
	var stdout, stderr bytes.Buffer
	code := serveCmd([]string{"--listen", addr, "--dir", lib}, &stdout, &stderr)
	want := "brief: cannot listen on " + addr + ": address already in use\n"
	if code != 1 || stderr.String() != want {
		t.Errorf("serve on a port in use: exit %d, stderr %q; want 1 and %q", code, stderr.String(), want)
	}
}
