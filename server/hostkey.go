package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// DefaultHostKeyPath is where the server keeps its host key when
// --host-key is not given: $XDG_DATA_HOME/brief/ssh/ssh_host_ed25519, or
// ~/.local/share/brief/ssh/ssh_host_ed25519.
func DefaultHostKeyPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the data directory for the host key: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "brief", "ssh", "ssh_host_ed25519"), nil
}

// loadHostKey reads the host key at path, creating an ed25519 key there
// (mode 0600, with a .pub beside it) when there is none. As sshd does, it
// refuses a key that others may read; and it refuses a key folder that
// others could write to (where another user could plant a key or a
// symlink), a key or .pub owned by another user, and writes nothing
// through a symlink.
func loadHostKey(path string) (gossh.Signer, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("creating host key directory: %w", err)
	}
	if err := checkKeyDir(dir); err != nil {
		return nil, err
	}
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		if err := createHostKey(path); err != nil {
			return nil, err
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading host key: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("reading host key: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("host key %s is a directory", path)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("host key %s is not a regular file", path)
	}
	if err := checkOwner("host key", path, st); err != nil {
		return nil, err
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("host key %s has mode %04o, so others can read it: it must be private to its owner (chmod 600 %s)", path, perm, path)
	}
	if pub, err := os.Lstat(path + ".pub"); err == nil {
		if err := checkOwner("host public key", path+".pub", pub); err != nil {
			return nil, err
		}
	}
	data, err := io.ReadAll(io.LimitReader(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("reading host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("reading host key %s: %w", path, err)
	}
	return signer, nil
}

// checkOwner refuses a file owned by neither the running user nor root.
func checkOwner(what, path string, st fs.FileInfo) error {
	uid, ok := ownerOf(st)
	if !ok || uid == currentUser() || uid == 0 {
		return nil
	}
	return fmt.Errorf("%s %s belongs to user %d, not to the user running brief (%d): another user may have put it there", what, path, uid, currentUser())
}

// checkKeyDir refuses a host key folder that someone else could write
// to: the folder itself must belong to the running user (or root) and be
// writable by its owner only; each folder above it must belong to the
// running user or root and, if others may write to it, be sticky (like
// /tmp), so that they cannot replace what is in it.
func checkKeyDir(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("checking host key directory: %w", err)
	}
	for d, first := abs, true; ; d, first = filepath.Dir(d), false {
		st, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("checking host key directory: %w", err)
		}
		if err := checkOwner("host key directory", d, st); err != nil {
			return err
		}
		perm := st.Mode().Perm()
		sticky := st.Mode()&fs.ModeSticky != 0
		if perm&0o022 != 0 && (first || !sticky) {
			return fmt.Errorf("host key directory %s has mode %04o, so other users can write to it and plant a key: make it writable by its owner only (chmod go-w %s)", d, perm, d)
		}
		if parent := filepath.Dir(d); parent == d {
			return nil
		}
	}
}

// createHostKey writes a new ed25519 private key to path and its public
// half to path.pub. It never overwrites an existing file nor writes
// through a symlink: the key is created exclusively, the .pub written to
// a new temporary file and renamed into place.
func createHostKey(path string) error {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("generating host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "brief host key")
	if err != nil {
		return fmt.Errorf("encoding host key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("creating host key: %w", err)
	}
	if _, err := f.Write(pem.EncodeToMemory(block)); err != nil {
		f.Close()
		return fmt.Errorf("writing host key: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing host key: %w", err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		return fmt.Errorf("encoding host public key: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".pub-*")
	if err != nil {
		return fmt.Errorf("writing host public key: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(gossh.MarshalAuthorizedKey(sshPub)); err != nil {
		tmp.Close()
		return fmt.Errorf("writing host public key: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing host public key: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing host public key: %w", err)
	}
	if err := os.Rename(tmp.Name(), path+".pub"); err != nil {
		return fmt.Errorf("writing host public key: %w", err)
	}
	return nil
}
