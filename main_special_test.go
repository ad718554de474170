//go:build unix

package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

func TestExportSkipsAFIFOBesideArticles(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Harbour Reopens\n\nThe harbour reopened on Monday after the storm.\n"), 0o644))
	must(t, syscall.Mkfifo(filepath.Join(dir, "b.txt"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "c.md"), []byte("# Council Approves Bridge\n\nThe council voted on Monday.\n"), 0o644))
	start := time.Now()
	code, out, errOut := runBrief(t, "export", "--format", "text", dir)
	took := time.Since(start)
	t.Logf("export of two articles and a FIFO: %v, status %d, stderr %q", took, code, errOut)
	if took > 5*time.Second {
		t.Errorf("export took %v", took)
	}
	if !strings.Contains(out, "Harbour Reopens") || !strings.Contains(out, "Council Approves Bridge") {
		t.Errorf("the two articles were not exported:\n%s", out)
	}
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "b.txt") || !strings.Contains(errOut, "named pipe") {
		t.Errorf("status %d, stderr %q; want 1 and one line naming b.txt as a named pipe", code, errOut)
	}
	// Read alone, the pipe is one error line, at once.
	start = time.Now()
	code, _, errOut = runBrief(t, filepath.Join(dir, "b.txt"))
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "named pipe") || time.Since(start) > time.Second {
		t.Errorf("brief FIFO: status %d, stderr %q after %v", code, errOut, time.Since(start))
	}
}

func TestErrorLinesArePrintable(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "x\x1b]52;c;aGk=\a\r\nforged.txt")
	must(t, os.WriteFile(bad, nil, 0o644))
	for _, args := range [][]string{{"export", bad}, {"export", dir}, {bad}} {
		code, _, errOut := runBrief(t, args...)
		if code != 1 || strings.Count(errOut, "\n") != 1 || strings.ContainsAny(errOut, "\x1b\a\r") || !strings.Contains(errOut, `x\x1b]52;c;aGk=\x07\r\nforged.txt`) {
			t.Errorf("brief %q: status %d, stderr %q; want one printable line", args, code, errOut)
		}
	}
}

// lockedBuffer is a log destination safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func newSigner(t *testing.T) gossh.Signer {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	must(t, err)
	s, err := gossh.NewSignerFromKey(priv)
	must(t, err)
	return s
}

func TestServeReloadsOnSIGHUP(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	lib := filepath.Join(dir, "lib")
	must(t, os.Mkdir(lib, 0o700))
	must(t, os.WriteFile(filepath.Join(lib, "a.txt"), []byte("Harbour Reopens\n\nThe harbour reopened on Monday.\n"), 0o644))
	alice, bob := newSigner(t), newSigner(t)
	keys := filepath.Join(dir, "authorized_keys")
	must(t, os.WriteFile(keys, gossh.MarshalAuthorizedKey(alice.PublicKey()), 0o600))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	addr := ln.Addr().String()
	ln.Close()

	logs := &lockedBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- serveCmd([]string{"--listen", addr, "--dir", lib, "--authorized-keys", keys}, logs, logs)
	}()
	t.Cleanup(func() {
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop on SIGTERM")
		}
	})
	dial := func(s gossh.Signer) (*gossh.Client, error) {
		return gossh.Dial("tcp", addr, &gossh.ClientConfig{User: "r", Auth: []gossh.AuthMethod{gossh.PublicKeys(s)},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	}
	var alices *gossh.Client
	for deadline := time.Now().Add(10 * time.Second); ; {
		if alices, err = dial(alice); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("server never answered: %v\n%s", err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	defer alices.Close()
	reading, err := alices.NewSession()
	must(t, err)
	var screen lockedBuffer
	reading.Stdout = &screen
	must(t, reading.RequestPty("xterm", 24, 80, gossh.TerminalModes{}))
	must(t, reading.Shell())
	if _, err := dial(bob); err == nil {
		t.Fatal("an unlisted key got in")
	}

	must(t, os.WriteFile(keys, append(gossh.MarshalAuthorizedKey(alice.PublicKey()), gossh.MarshalAuthorizedKey(bob.PublicKey())...), 0o600))
	must(t, os.WriteFile(filepath.Join(lib, "b.txt"), []byte("Council Votes\n\nThe council voted.\n"), 0o644))
	must(t, syscall.Kill(os.Getpid(), syscall.SIGHUP))
	var bobs *gossh.Client
	for deadline := time.Now().Add(5 * time.Second); ; {
		if bobs, err = dial(bob); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("bob's key not let in after SIGHUP: %v\n%s", err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	defer bobs.Close()
	list, err := bobs.NewSession()
	must(t, err)
	out, err := list.Output("list")
	if err != nil || !strings.Contains(string(out), "b.txt") {
		t.Errorf("list after SIGHUP: %q, %v", out, err)
	}
	// Alice's reader is still there.
	if _, err := reading.SendRequest("window-change", false, gossh.Marshal(struct{ W, H, PW, PH uint32 }{100, 30, 0, 0})); err != nil {
		t.Errorf("alice's session ended on SIGHUP: %v", err)
	}
	if !strings.Contains(logs.String(), "reloading") {
		t.Errorf("no reload logged:\n%s", logs.String())
	}
}
