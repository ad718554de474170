package server

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// serveDir runs `brief serve --dir dir` (Run) on a free loopback port and
// returns it once it answers; the server stops at the test's end.
func serveDir(t *testing.T, env *testEnv, dir string) *running {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cfg := env.config()
	cfg.Listen = addr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, cfg, RunOptions{Dir: dir, Log: env.logs, StatePath: filepath.Join(env.dir, "state.db")})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Error("Run did not return")
		}
	})
	r := &running{addr: addr}
	keyPath, err := DefaultHostKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("Run ended: %v\n%s", err, env.logs.String())
		default:
		}
		if pub, err := os.ReadFile(keyPath + ".pub"); err == nil {
			if r.hostKey, _, _, _, err = gossh.ParseAuthorizedKey(pub); err == nil {
				if c, err := net.Dial("tcp", addr); err == nil {
					c.Close()
					return r
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the server never answered:\n%s", env.logs.String())
		}
	}
}

// The served library takes a folder's files as the local reader does:
// a binary, a photo and an empty file are each logged and listed as failed
// ("2 briefings · 3 failed", as `brief DIR` shows the same folder); a
// hidden file and a subfolder are passed over.
func TestServedFolderListsEveryFailingFile(t *testing.T) {
	env := newEnv(t)
	dir := filepath.Join(env.dir, "lib")
	files := map[string]string{
		"a.txt":       "Harbour Reopens\n\nThe harbour reopened on Monday after the storm, officials said.\n",
		"b.md":        "# Council Approves Bridge\n\nThe council voted on Monday to build the bridge.\n",
		"empty.txt":   "",
		"binary.bin":  "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00",
		"photo.png":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
		".hidden.txt": "",
	}
	if err := os.MkdirAll(filepath.Join(dir, "a_files"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := serveDir(t, env, dir)
	c := r.dial(t, newKey(t))
	tm := openTerm(t, c, 100, 30)
	tm.waitFor("2 briefings · 3 failed", "binary.bin", "photo.png", "empty.txt", "Harbour Reopens", "Council Approves Bridge")
	if s := tm.screen(); strings.Contains(s, ".hidden") || strings.Contains(s, "a_files") {
		t.Errorf("a hidden file or a subfolder is listed:\n%s", s)
	}
	logs := env.logs.String()
	for _, name := range []string{"binary.bin: binary file", "photo.png: binary file", "empty.txt: empty file"} {
		if !strings.Contains(logs, name) {
			t.Errorf("the log does not say %q:\n%s", name, logs)
		}
	}
	if strings.Contains(logs, ".hidden") {
		t.Errorf("the log names the hidden file:\n%s", logs)
	}
	// list and export leave the failed files out.
	out, _, status := run(t, c, "list")
	if status != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "a.txt") || !strings.Contains(out, "b.md") {
		t.Errorf("list: status %d:\n%s", status, out)
	}
}
