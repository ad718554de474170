package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestHostKeyCreatedOnceUnderXDGData(t *testing.T) {
	env := newEnv(t)
	wd := t.TempDir()
	t.Chdir(wd)
	path, err := DefaultHostKeyPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(env.dir, "data", "brief", "ssh", "ssh_host_ed25519"); path != want {
		t.Fatalf("DefaultHostKeyPath = %s, want %s", path, want)
	}
	first := env.start(env.config(), nil, nil)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatalf("host key not created: %v", err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", st.Mode().Perm())
	}
	if first.hostKey.Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s, want ed25519", first.hostKey.Type())
	}
	if entries, _ := os.ReadDir(wd); len(entries) != 0 {
		t.Errorf("files written into the working directory: %v", entries)
	}
	first.stop(t)

	second := env.start(env.config(), nil, nil)
	if string(second.hostKey.Marshal()) != string(first.hostKey.Marshal()) {
		t.Error("the host key changed across restarts")
	}
	// The client pins the key: a session proves the server uses it.
	if _, _, status := run(t, second.dial(t, newKey(t)), "list"); status != 0 {
		t.Error("client could not connect with the pinned host key")
	}
}

func TestHostKeyFlagAndLoosePermissions(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	cfg.HostKey = filepath.Join(env.dir, "keys", "host")
	env.start(cfg, nil, nil)
	if _, err := os.Stat(cfg.HostKey); err != nil {
		t.Fatalf("--host-key path not created: %v", err)
	}
	if def, _ := DefaultHostKeyPath(); fileExists(def) {
		t.Error("a default host key was written although --host-key was given")
	}
	if err := os.Chmod(cfg.HostKey, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn)
	if err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("New with a 0644 host key = %v, want a refusal saying how to fix it", err)
	}
	if err := os.WriteFile(cfg.HostKey, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err == nil {
		t.Error("New with a garbage host key succeeded")
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }
