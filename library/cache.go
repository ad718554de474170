package library

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"brief/briefing"
)

// cacheFormat changes when what the cache holds changes shape.
const cacheFormat = "1"

// Cache keeps imported briefings on disk, keyed by a digest of the file's
// bytes, its extension (a hint to the importer) and the program's version,
// so that opening a folder again skips the import. It also notes each
// file's key beside its path, size and time, so that a file unchanged since
// is not even read again. Entries are only ever
// added; the directory is safe to delete at any time. A Cache that cannot
// be read or written is skipped silently: it only saves time.
type Cache struct {
	dir     string
	version string
}

// NewCache returns a cache kept in dir.
func NewCache(dir string) *Cache {
	return &Cache{dir: dir, version: programVersion()}
}

// DefaultCache returns the cache under $XDG_CACHE_HOME/brief (by default
// ~/.cache/brief), or nil when there is no home to put it in.
func DefaultCache() *Cache {
	dir := os.Getenv("XDG_CACHE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return nil
		}
		dir = filepath.Join(home, ".cache")
	}
	return NewCache(filepath.Join(dir, "brief", "briefings"))
}

// key is the cache key of a file's bytes.
func (c *Cache) key(path string, data []byte) string {
	h := sha256.New()
	h.Write([]byte(c.version + "\x00" + filepath.Ext(path) + "\x00"))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// file is where the entry for key lives.
func (c *Cache) file(key string) string {
	return filepath.Join(c.dir, key[:2], key+".gob")
}

// pathFile is where the last key seen for a file path is noted.
func (c *Cache) pathFile(path string) string {
	h := sha256.Sum256([]byte(c.version + "\x00" + path))
	k := hex.EncodeToString(h[:])
	return filepath.Join(c.dir, "paths", k[:2], k)
}

// keyOf returns the key noted for a file at path of this size and time, so
// that a file unchanged since it was cached is not read again; "" when none.
func (c *Cache) keyOf(path string, size, mtime int64) string {
	data, err := os.ReadFile(c.pathFile(path))
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) != 3 || f[0] != strconv.FormatInt(size, 10) || f[1] != strconv.FormatInt(mtime, 10) || len(f[2]) != 64 {
		return ""
	}
	return f[2]
}

// Has reports whether the file at path, unchanged since, has its import in
// the cache, so that opening it needs no import.
func (c *Cache) Has(path string) bool {
	if c == nil {
		return false
	}
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return false
	}
	abs := FileID(path, nil)
	key := c.keyOf(abs, st.Size(), st.ModTime().UnixNano())
	if key == "" {
		return false
	}
	_, err = os.Stat(c.file(key))
	return err == nil
}

// noteKey notes the key of the file at path with this size and time.
func (c *Cache) noteKey(path string, size, mtime int64, key string) {
	c.write(c.pathFile(path), []byte(strconv.FormatInt(size, 10)+" "+strconv.FormatInt(mtime, 10)+" "+key+"\n"))
}

// get returns the cached briefing for key, or nil.
func (c *Cache) get(key string) *briefing.Briefing {
	data, err := os.ReadFile(c.file(key))
	if err != nil {
		return nil
	}
	var b briefing.Briefing
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&b); err != nil {
		return nil
	}
	return &b
}

// put stores b under key, replacing the file in one step so that a reader
// never sees half of it.
func (c *Cache) put(key string, b *briefing.Briefing) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(b); err != nil {
		return
	}
	c.write(c.file(key), buf.Bytes())
}

// write replaces the file at path with data in one step.
func (c *Cache) write(path string, data []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr != nil || cerr != nil || os.Rename(f.Name(), path) != nil {
		os.Remove(f.Name())
	}
}

var (
	versionOnce sync.Once
	version     string
)

// programVersion names this build of brief: its module version and
// revision, and the size and time of its executable, so that any rebuild
// (which may import differently) starts a fresh cache.
func programVersion() string {
	versionOnce.Do(func() {
		version = cacheFormat
		if bi, ok := debug.ReadBuildInfo(); ok {
			version += " " + bi.Main.Version + " " + bi.GoVersion
			for _, s := range bi.Settings {
				if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
					version += " " + s.Value
				}
			}
		}
		if exe, err := os.Executable(); err == nil {
			if st, err := os.Stat(exe); err == nil {
				version += " " + strconv.FormatInt(st.Size(), 10) + " " + strconv.FormatInt(st.ModTime().UnixNano(), 10)
			}
		}
	})
	return version
}
