package main

import (
	"os"
	"path/filepath"

	"bytes"
	"strings"
	"testing"
	"time"
)

func TestServeFlags(t *testing.T) {
	var stderr bytes.Buffer
	cfg, opts, status := serveFlags([]string{"--listen", "127.0.0.1:2222", "--dir", "lib", "--max-sessions", "3", "--idle-timeout", "90s", "--anonymous"}, &stderr, &stderr)
	if status != -1 {
		t.Fatalf("flags refused: %s", stderr.String())
	}
	if cfg.Listen != "127.0.0.1:2222" || opts.Dir != "lib" || cfg.MaxSessions != 3 || cfg.IdleTimeout != 90*time.Second || !cfg.Anonymous {
		t.Errorf("parsed %+v, dir %q", cfg, opts.Dir)
	}
	if cfg.MaxPerAddress != 8 || cfg.MaxSession != 8*time.Hour {
		t.Errorf("defaults lost: %+v", cfg)
	}
	for _, bad := range [][]string{{"extra"}, {"--max-sessions", "-1"}, {"--nope"}} {
		stderr.Reset()
		if _, _, status := serveFlags(bad, &stderr, &stderr); status != 2 {
			t.Errorf("serveFlags(%q) accepted", bad)
		}
	}
}

func TestServeStartupErrors(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	key := filepath.Join(dir, "host")
	if err := os.WriteFile(key, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--dir", filepath.Join(dir, "absent")}, "absent"},
		{[]string{"--host-key", key}, "chmod 600"},
		{[]string{"--authorized-keys", filepath.Join(dir, "nokeys")}, "authorized keys"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		tt.args = append([]string{"--listen", "127.0.0.1:0"}, tt.args...) // not the default port, which may be in use
		if code := serveCmd(tt.args, &stderr, &stderr); code != 1 || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("serve %q: status %d, stderr %q; want 1 and %q", tt.args, code, stderr.String(), tt.want)
		}
	}
}
