//go:build unix

package briefing

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.txt")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cases := []struct{ path, says string }{
		{fifo, "named pipe"},
		{sock, "socket"},
		{"/dev/zero", "device"},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := ReadFile(c.path, 0)
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s: took %v", c.path, took)
		}
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: error %v; want one naming the file and %q", c.path, err, c.says)
		}
	}
	// Expand lists the pipe of a directory (so that it is reported), and
	// ReadFile never blocks on it.
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Title\n\nSome text here.\n"), 0o600))
	paths, err := Expand([]string{dir})
	must(err)
	if len(paths) != 3 {
		t.Errorf("Expand(%s) = %q; want a.txt, pipe.txt and s.txt", dir, paths)
	}
}

func TestReadTimeLimit(t *testing.T) {
	block := make(chan struct{})
	defer close(block)
	start := time.Now()
	_, err := within(50*time.Millisecond, func() ([]byte, error) { <-block; return nil, nil })
	if !errors.Is(err, ErrSlow) || time.Since(start) > time.Second {
		t.Errorf("a read that never ends: %v after %v; want ErrSlow after 50ms", err, time.Since(start))
	}
	data, err := within(time.Second, func() ([]byte, error) { return []byte("x"), nil })
	if err != nil || string(data) != "x" {
		t.Errorf("a quick read: %q, %v", data, err)
	}
}

func TestInputErrorNamesArePrintable(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "bad\x1b]2;title\a\nname.txt")
	if err := os.WriteFile(name, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(name, 0)
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\a\n") || !strings.Contains(err.Error(), `bad\x1b]2;title\x07\nname.txt: empty file`) {
		t.Errorf("error %q", err)
	}
}

// A code block is a program's text: its string literals are not quotes and
// its identifiers not people, however they look.
func TestCodeBlocksAreNotAnalysed(t *testing.T) {
	md := "---\ntitle: Release notes\n---\n\nThe team shipped the new parser on Monday.\n\n" +
		"```go\nfmt.Println(\"We will not stop,\" said Jane Doe, the minister)\n```\n"
	b, err := Import("notes.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Quotes) != 0 {
		t.Errorf("quotes found in a code block: %+v", b.Quotes)
	}
	for _, f := range b.Facts {
		if f.Text == "Jane Doe" {
			t.Errorf("a person found in a code block: %+v", f)
		}
	}
}
