package server

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// anonymousReader is the identity of readers who came in through
// keyboard-interactive auth with --anonymous; they get a memory store.
const anonymousReader = "anonymous"

// BadKeyLine is a line of an authorized_keys file that could not be read.
type BadKeyLine struct {
	Line int
	Err  error
}

// String says which line was bad and why.
func (b BadKeyLine) String() string { return fmt.Sprintf("line %d: %v", b.Line, b.Err) }

// MaxKeyLine is the longest authorized_keys line read; OpenSSH's own
// limit for a public key is 16 KB. A longer line is reported and skipped.
const MaxKeyLine = 64 << 10

// ParseAuthorizedKeys reads public keys in OpenSSH authorized_keys format,
// one a line. Blank lines and # comments are skipped; lines that do not
// parse, or are over MaxKeyLine bytes, are returned in bad and do not stop
// the others. A line with key options (from=, command=, restrict,
// cert-authority ...) is refused and reported too: brief cannot enforce
// them, and letting such a key in without its restrictions would widen
// what the file allows.
func ParseAuthorizedKeys(data []byte) (keys []gossh.PublicKey, bad []BadKeyLine) {
	for n := 1; len(data) > 0; n++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(line) > MaxKeyLine {
			bad = append(bad, BadKeyLine{Line: n, Err: fmt.Errorf("line too long (%d bytes; the limit is %d)", len(line), MaxKeyLine)})
			continue
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			bad = append(bad, BadKeyLine{Line: n, Err: err})
			continue
		}
		if len(options) > 0 {
			bad = append(bad, BadKeyLine{Line: n, Err: fmt.Errorf("key options (%s) are not supported; the key is left out", strings.Join(options, ","))})
			continue
		}
		keys = append(keys, k)
	}
	return keys, bad
}

// maxKeysFile is the largest authorized_keys file read.
const maxKeysFile = 16 << 20

// readBounded reads a regular file of at most limit bytes.
func readBounded(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is over %d MB", path, limit>>20)
	}
	return data, nil
}

// keySet is the allow-list from --authorized-keys.
type keySet map[string]bool

// loadAuthorizedKeys reads the allow-list at path, reporting bad lines
// through warn. A file without a single usable key is an error: it would
// lock everyone out.
func loadAuthorizedKeys(path string, warn func(string)) (keySet, error) {
	data, err := readBounded(path, maxKeysFile)
	if err != nil {
		return nil, fmt.Errorf("reading authorized keys: %w", err)
	}
	keys, bad := ParseAuthorizedKeys(data)
	for _, b := range bad {
		warn(fmt.Sprintf("authorized keys %s: skipping %s", path, b))
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("authorized keys %s holds no usable key", path)
	}
	set := keySet{}
	for _, k := range keys {
		set[string(k.Marshal())] = true
	}
	return set, nil
}

// ReloadKeys reads the --authorized-keys file again; sessions already open
// stay. When the file cannot be read or holds no usable key, the list in
// force stays and the error says why.
func (s *Server) ReloadKeys() error {
	if s.cfg.AuthorizedKeys == "" {
		return nil
	}
	allowed, err := loadAuthorizedKeys(s.cfg.AuthorizedKeys, func(w string) { s.log.Warn(w) })
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.allowed = allowed
	s.mu.Unlock()
	s.log.Info("authorized keys reloaded", "keys", len(allowed))
	return nil
}

// publicKeyHandler decides who gets in with a key: with an allow-list
// only its keys, without one any key.
func (s *Server) publicKeyHandler(_ ssh.Context, key ssh.PublicKey) bool {
	s.mu.Lock()
	allowed := s.allowed
	s.mu.Unlock()
	if allowed == nil {
		return true
	}
	if allowed[string(key.Marshal())] {
		return true
	}
	s.log.Info("refused key", "fingerprint", gossh.FingerprintSHA256(key))
	return false
}

// keyboardInteractiveHandler lets anonymous readers in, without prompts,
// only when the server was started with --anonymous. It is installed only
// then; it still checks, so that a wrong wiring fails closed.
func (s *Server) keyboardInteractiveHandler(_ ssh.Context, _ gossh.KeyboardInteractiveChallenge) bool {
	return s.cfg.Anonymous
}

// readerID is the identity a session's reading state lives under: the
// SHA256 fingerprint of the key it authenticated with, or anonymousReader.
func readerID(sess ssh.Session) string {
	if k := sess.PublicKey(); k != nil {
		return gossh.FingerprintSHA256(k)
	}
	return anonymousReader
}
