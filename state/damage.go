package state

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"time"
)

// DamageError says the state file is damaged: it does not hold a sound
// bbolt store, or reading it faulted.
type DamageError struct {
	Path string
	Err  error
}

func (e *DamageError) Error() string {
	return fmt.Sprintf("reading state %s is damaged: %v", e.Path, e.Err)
}

func (e *DamageError) Unwrap() error { return e.Err }

// The layout of a bbolt file, as far as checking it needs: a page starts
// with a 16-byte header (id, flags, count, overflow); pages 0 and 1 are
// meta pages.
const (
	pageHeaderSize = 16
	metaMagic      = 0xED0CDAED
	metaVersion    = 2
	freelistFlag   = 0x10
	noFreelist     = ^uint64(0)
)

// meta is the part of a bbolt meta page a check needs.
type meta struct {
	pageSize uint32
	root     uint64 // page of the root bucket
	freelist uint64
	pgid     uint64 // high water mark: pages below it are in use
	txid     uint64
}

// readMeta decodes and validates the meta page at off (magic, version,
// checksum).
func readMeta(f io.ReaderAt, off int64) (meta, error) {
	var b [pageHeaderSize + 64]byte
	if _, err := f.ReadAt(b[:], off); err != nil {
		return meta{}, fmt.Errorf("reading the meta page at %d: %w", off, err)
	}
	m := b[pageHeaderSize:]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != metaMagic {
		return meta{}, errors.New("not a bbolt file (bad magic)")
	}
	if le.Uint32(m[4:]) != metaVersion {
		return meta{}, fmt.Errorf("unknown bbolt version %d", le.Uint32(m[4:]))
	}
	h := fnv.New64a()
	h.Write(m[:56])
	if h.Sum64() != le.Uint64(m[56:]) {
		return meta{}, errors.New("meta page checksum mismatch")
	}
	return meta{pageSize: le.Uint32(m[8:]), root: le.Uint64(m[16:]), freelist: le.Uint64(m[32:]), pgid: le.Uint64(m[40:]), txid: le.Uint64(m[48:])}, nil
}

// checkLayout checks what bbolt trusts before it maps the file: that one of
// the meta pages is sound, and that every page the meta page bbolt would
// use (and its freelist) points at lies inside the file. A file that fails
// would make bbolt read past its end (SIGBUS) or panic. An empty file is
// sound: bbolt lays it out.
func checkLayout(f *os.File) error {
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	if size == 0 {
		return nil
	}
	m0, err0 := readMeta(f, 0)
	pageSize := int64(os.Getpagesize())
	if err0 == nil {
		pageSize = int64(m0.pageSize)
	}
	if pageSize < 512 || pageSize > 1<<16 || pageSize&(pageSize-1) != 0 {
		return fmt.Errorf("page size %d", pageSize)
	}
	m1, err1 := readMeta(f, pageSize)
	var m meta
	switch {
	case err0 != nil && err1 != nil:
		return fmt.Errorf("both meta pages are bad: %v; %v", err0, err1)
	case err0 != nil:
		m = m1
	case err1 != nil:
		m = m0
	case m1.txid > m0.txid:
		m = m1
	default:
		m = m0
	}
	if int64(m.pageSize) != pageSize {
		return fmt.Errorf("the meta pages disagree on the page size (%d, %d)", pageSize, m.pageSize)
	}
	if m.pgid < 3 || m.pgid > uint64(size/pageSize) {
		return fmt.Errorf("%d pages in use, but the file holds %d", m.pgid, size/pageSize)
	}
	if m.root < 2 || m.root >= m.pgid {
		return fmt.Errorf("root bucket on page %d, outside the %d pages in use", m.root, m.pgid)
	}
	if m.freelist != noFreelist {
		if err := checkFreelist(f, m, pageSize); err != nil {
			return err
		}
	}
	return nil
}

// checkFreelist checks the freelist page: its type, its extent, and that
// every free page it lists is in use range.
func checkFreelist(f *os.File, m meta, pageSize int64) error {
	if m.freelist < 2 || m.freelist >= m.pgid {
		return fmt.Errorf("freelist on page %d, outside the %d pages in use", m.freelist, m.pgid)
	}
	off := int64(m.freelist) * pageSize
	var h [pageHeaderSize + 8]byte
	if _, err := f.ReadAt(h[:], off); err != nil {
		return fmt.Errorf("reading the freelist: %w", err)
	}
	le := binary.LittleEndian
	if id := le.Uint64(h[0:]); id != m.freelist {
		return fmt.Errorf("freelist page %d says it is page %d", m.freelist, id)
	}
	if flags := le.Uint16(h[8:]); flags&freelistFlag == 0 {
		return fmt.Errorf("page %d should be the freelist, but has flags %#x", m.freelist, flags)
	}
	overflow := uint64(le.Uint32(h[12:]))
	if m.freelist+overflow >= m.pgid {
		return fmt.Errorf("freelist runs past the %d pages in use", m.pgid)
	}
	count, start := uint64(le.Uint16(h[10:])), int64(pageHeaderSize)
	if count == 0xFFFF {
		count, start = le.Uint64(h[pageHeaderSize:]), pageHeaderSize+8
	}
	room := (int64(overflow)+1)*pageSize - start
	if count > uint64(room/8) {
		return fmt.Errorf("freelist claims %d pages, more than it can hold", count)
	}
	ids := make([]byte, count*8)
	if _, err := f.ReadAt(ids, off+start); err != nil {
		return fmt.Errorf("reading the freelist: %w", err)
	}
	for i := range count {
		if id := le.Uint64(ids[i*8:]); id < 2 || id >= m.pgid {
			return fmt.Errorf("freelist lists page %d, outside the %d pages in use", id, m.pgid)
		}
	}
	return nil
}

// inspectFile checks the layout of the file at path; a missing file is
// sound (it will be created).
func inspectFile(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("opening reading state %s: %w", path, err)
	}
	defer f.Close()
	if err := checkLayout(f); err != nil {
		return &DamageError{Path: path, Err: err}
	}
	return nil
}

// guard runs fn so that a fault (SIGBUS or SIGSEGV from a page mapped past
// the end of a file cut short under it) or a panic in bbolt ends fn with a
// DamageError instead of the process. bbolt works in the calling
// goroutine, so the fault is caught there.
func guard(path string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = &DamageError{Path: path, Err: fmt.Errorf("%v", r)}
		}
	}()
	return fn()
}

// moveAside renames a damaged state file to PATH.damaged-TIME, so that a
// fresh one can take its place and the old one stays for whoever wants
// to look at it. It returns the new name.
func moveAside(path string) (string, error) {
	aside := path + ".damaged-" + time.Now().UTC().Format("20060102T150405.000Z")
	if err := os.Rename(path, aside); err != nil {
		return "", fmt.Errorf("moving the damaged reading state aside: %w", err)
	}
	return aside, nil
}
