//go:build unix

package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHostKeyFolderWritableByOthers(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	// A data folder others may write to, as a shared XDG_DATA_HOME might be.
	shared := filepath.Join(env.dir, "shared")
	must(t, os.Mkdir(shared, 0o755))
	must(t, os.Chmod(shared, 0o777))
	cfg.HostKey = filepath.Join(shared, "brief", "ssh", "ssh_host_ed25519")
	_, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn)
	if err == nil || !strings.Contains(err.Error(), "other users can write") || !strings.Contains(err.Error(), shared) {
		t.Errorf("a key under a world-writable folder: %v; want a refusal naming %s", err, shared)
	}
	// The key's own folder writable by others.
	own := filepath.Join(env.dir, "own")
	must(t, os.Mkdir(own, 0o700))
	must(t, os.Chmod(own, 0o777))
	cfg.HostKey = filepath.Join(own, "key")
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err == nil || !strings.Contains(err.Error(), "chmod go-w") {
		t.Errorf("a key folder writable by others: %v", err)
	}
	must(t, os.Chmod(own, 0o700))
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err != nil {
		t.Errorf("a private key folder: %v", err)
	}
}

func TestHostKeyPubSymlinkNotFollowed(t *testing.T) {
	env := newEnv(t)
	cfg := env.config()
	dir := filepath.Join(env.dir, "keys")
	must(t, os.Mkdir(dir, 0o700))
	victim := filepath.Join(env.dir, "precious")
	must(t, os.WriteFile(victim, []byte("precious data\n"), 0o600))
	cfg.HostKey = filepath.Join(dir, "host")
	must(t, os.Symlink(victim, cfg.HostKey+".pub"))
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(victim); string(data) != "precious data\n" {
		t.Errorf("the file the .pub symlink pointed at was overwritten: %q", data)
	}
	if st, err := os.Lstat(cfg.HostKey + ".pub"); err != nil || !st.Mode().IsRegular() {
		t.Errorf(".pub is %v, %v; want a regular file", st.Mode(), err)
	}
}

func TestHostKeyOwnedByAnotherUser(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to give a file to another user")
	}
	env := newEnv(t)
	cfg := env.config()
	dir := filepath.Join(env.dir, "keys")
	must(t, os.Mkdir(dir, 0o700))
	cfg.HostKey = filepath.Join(dir, "host")
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{cfg.HostKey, cfg.HostKey + ".pub"} {
		t.Run(filepath.Base(f), func(t *testing.T) {
			must(t, os.Chown(f, 4321, 4321))
			defer os.Chown(f, 0, 0)
			if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err == nil || !strings.Contains(err.Error(), "belongs to user 4321") {
				t.Errorf("%s owned by another user: %v", f, err)
			}
		})
	}
	must(t, os.Chown(dir, 4321, 4321))
	if _, err := NewWithReader(cfg, testLibrary(), testStore(), newStandIn); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a key folder owned by another user: %v", err)
	}
}
