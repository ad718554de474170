package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// userCacheHome is XDG_CACHE_HOME as the tests started with it, before
// TestMain points it at a temporary directory (package variables are set
// before TestMain runs).
var userCacheHome, userSetCacheHome = os.LookupEnv("XDG_CACHE_HOME")

// goBuildEnv is the environment for go build: the user's cache directory,
// where the Go build cache is (in the temporary one it would build every
// package again, a minute on two cores).
func goBuildEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "XDG_CACHE_HOME=") {
			env = append(env, kv)
		}
	}
	if userSetCacheHome {
		env = append(env, "XDG_CACHE_HOME="+userCacheHome)
	}
	return env
}

// TestBuiltCommandPrintsPlainTextToAPipe builds brief and runs it as
// `brief [--width N] FILE | cat` runs it, with its standard output a pipe,
// on the plain-text fixtures of ui (the same article in Markdown and in
// HTML): no escape byte, no Markdown escape, emphasis marked once per run
// of words, the heading after its hashes, URLs whole on one line, every
// line of the block quote with its bar, the list numbered.
func TestBuiltCommandPrintsPlainTextToAPipe(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("no go command to build brief with: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "brief")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = goBuildEnv()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	urls := []string{
		"https://timetables.example.org/notices/night-trains-alpine-network-winter-2026-fares-and-conditions.html",
		"https://timetables.example.org/night-trains/alpine-network/winter-2026/full-listing.html?lang=en",
		"https://timetables.example.org/night-trains/short-list-2026",
	}
	for _, name := range []string{"print_plain.md", "print_plain.html"} {
		for _, width := range []int{0, 50} {
			args := []string{filepath.Join("ui", "testdata", name)}
			if width > 0 {
				args = append([]string{"--width", strconv.Itoa(width)}, args...)
			}
			cmd := exec.Command(bin, args...)
			cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_STATE_HOME="+filepath.Join(dir, "state"), "XDG_DATA_HOME="+filepath.Join(dir, "data"))
			var stderr strings.Builder
			cmd.Stderr = &stderr
			outb, err := cmd.Output() // standard output is a pipe
			if err != nil {
				t.Fatalf("%s %v: %v\n%s", name, args, err, stderr.String())
			}
			out := string(outb)
			if !utf8.ValidString(out) || strings.ContainsRune(out, '\x1b') {
				t.Errorf("%s %v: escape byte or invalid UTF-8 in piped output:\n%q", name, args, out)
			}
			if strings.ContainsRune(out, '\\') {
				t.Errorf("%s %v: a Markdown escape shows:\n%s", name, args, out)
			}
			flat := strings.Join(strings.Fields(out), " ")
			for _, want := range []string{"the Q&A with", "by ~5% next", "*quiet comeback of the sleeper*", "**booking office**"} {
				if !strings.Contains(flat, want) {
					t.Errorf("%s %v: output lacks %q:\n%s", name, args, want, out)
				}
			}
			lines := strings.Split(out, "\n")
			heading := false
			for _, l := range lines {
				heading = heading || l == "#### Timetable: winter | 12 stops"
			}
			if !heading {
				t.Errorf("%s %v: no line \"#### Timetable: winter | 12 stops\":\n%s", name, args, out)
			}
			for _, u := range urls {
				if !strings.Contains(out, u) {
					t.Errorf("%s %v: %s is not whole on one line:\n%s", name, args, u, out)
				}
			}
			var quote []string
			for _, l := range lines {
				if strings.Contains(l, "The carriages were") || len(quote) > 0 && strings.TrimSpace(l) != "" {
					quote = append(quote, l)
				} else if len(quote) > 0 {
					break
				}
			}
			if len(quote) < 2 {
				t.Errorf("%s %v: no block quote over several lines:\n%s", name, args, out)
			}
			for _, l := range quote {
				if !strings.HasPrefix(l, "  | ") {
					t.Errorf("%s %v: a line of the block quote without its bar: %q", name, args, l)
				}
			}
			if !strings.Contains(out, "\n  1. Vienna\n  2. Innsbruck\n  3. Feldkirch\n") {
				t.Errorf("%s %v: the list is not numbered line by line:\n%s", name, args, out)
			}
		}
	}
}
