package briefing

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"brief/briefing/extract"
	"brief/printable"
)

// DefaultMaxSize is the largest input Import accepts unless told otherwise.
const DefaultMaxSize = 20 << 20

// Problems an input can have. Errors returned by ReadFile and Import wrap
// one of these, so callers can tell them apart with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file, not an article")
	ErrTooLarge = errors.New("file too large")
	ErrNoText   = errors.New("no article text found")
	ErrNoFiles  = errors.New("directory holds no articles")
	// ErrNotRegular is a named pipe, socket or device where an article
	// file was expected: it is never opened.
	ErrNotRegular = errors.New("not a regular file")
	// ErrSlow is a file that could not be read within ReadTimeout.
	ErrSlow = errors.New("reading took too long")
)

// ReadTimeout bounds how long ReadFile waits for one file (a stalled
// network disk, say) before giving up on it.
const ReadTimeout = 10 * time.Second

// InputError is a problem with one input, named by its file.
type InputError struct {
	Name string
	Err  error
}

func (e *InputError) Error() string { return printable.String(e.Name) + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Import reads one article from its bytes. name is used for messages and as
// a format hint. The content is cleaned (see Clean), its format detected,
// imported into sections, and its quotes and key facts found.
func Import(name string, data []byte) (*Briefing, error) {
	extract.Warm() // the analysis's tables load while the text is read
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{name, ErrEmpty}
	}
	if looksBinary(data) {
		return nil, &InputError{name, ErrBinary}
	}
	data, guessed := decodeLegacy(data)
	text, repaired := Clean(data)
	format := Detect(name, text)
	var (
		b   *Briefing
		err error
	)
	switch format {
	case Markdown:
		b, err = importMarkdown(text)
	case HTML:
		b, err = importHTML(text)
	default:
		b = importText(text)
	}
	if err != nil {
		return nil, &InputError{name, fmt.Errorf("reading %s: %w", format, err)}
	}
	b.Name, b.Format = name, format
	if guessed {
		b.Warnings = append(b.Warnings, "not UTF-8 and no encoding named: read as Windows-1252 (Western European)")
	}
	if repaired {
		b.Warnings = append(b.Warnings, "invalid UTF-8 replaced")
	}
	if len(b.Sections) == 0 && b.Title == "" {
		return nil, &InputError{name, ErrNoText}
	}
	sanitize(b)
	annotate(b)
	return b, nil
}

// ReadFile imports one file, or standard input when path is "-". Inputs
// over maxSize bytes are refused (0 means DefaultMaxSize). Only regular
// files are read: a named pipe, socket or device is refused without being
// opened (ErrNotRegular), and a file that takes over ReadTimeout to read is
// given up on (ErrSlow).
func ReadFile(path string, maxSize int64) (*Briefing, error) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	var (
		data []byte
		err  error
	)
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, maxSize+1))
		if err != nil {
			return nil, &InputError{path, fmt.Errorf("reading: %w", err)}
		}
	} else if data, err = readRegular(path, maxSize, ReadTimeout); err != nil {
		return nil, &InputError{path, err}
	}
	if int64(len(data)) > maxSize {
		return nil, &InputError{path, fmt.Errorf("%w: over %s (--max-size raises it)", ErrTooLarge, humanSize(maxSize))}
	}
	return Import(path, data)
}

// readRegular reads at most maxSize+1 bytes of the regular file at path
// within timeout.
func readRegular(path string, maxSize int64, timeout time.Duration) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, describeOpenError(err)
	}
	if err := checkRegular(st); err != nil {
		return nil, err
	}
	if st.Size() > maxSize {
		return nil, fmt.Errorf("%w: %s, the limit is %s (--max-size raises it)", ErrTooLarge, humanSize(st.Size()), humanSize(maxSize))
	}
	return within(timeout, func() ([]byte, error) { return readOpened(path, st, maxSize) })
}

// within runs read and returns what it returns, or ErrSlow once timeout
// has passed; read then finishes on its own.
func within(timeout time.Duration, read func() ([]byte, error)) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := read()
		done <- result{data, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.data, r.err
	case <-timer.C:
		return nil, fmt.Errorf("%w (over %s); skipped", ErrSlow, timeout)
	}
}

// readOpened opens path without blocking (so that a named pipe put there
// after the check cannot hang it), checks it is still the regular file st
// describes, and reads it.
func readOpened(path string, st fs.FileInfo, maxSize int64) ([]byte, error) {
	f, err := openNoBlock(path)
	if err != nil {
		return nil, describeOpenError(err)
	}
	defer f.Close()
	now, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := checkRegular(now); err != nil {
		return nil, err
	}
	if !os.SameFile(st, now) {
		return nil, errors.New("the file changed while it was opened")
	}
	// room for the whole file as it was when opened, and for the one read
	// more that sees its end (or that it grew)
	buf := bytes.NewBuffer(make([]byte, 0, min(now.Size(), maxSize)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, maxSize+1)); err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	return buf.Bytes(), nil
}

// checkRegular refuses anything but a regular file, saying what it is.
func checkRegular(st fs.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w: a named pipe (FIFO); skipped", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w: a socket; skipped", ErrNotRegular)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w: a device; skipped", ErrNotRegular)
	}
	return fmt.Errorf("%w; skipped", ErrNotRegular)
}

func describeOpenError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// articleExts are the file extensions a directory is searched for.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// ListDir returns the article files in a directory (not its subdirectories,
// nor hidden files), sorted by name, or an error naming the directory when
// it holds none.
func ListDir(dir string) ([]string, error) { return listDir(dir, IsArticleFile) }

// listDir lists the visible files directly in dir that keep says to keep,
// sorted.
func listDir(dir string, keep func(name string) bool) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &InputError{dir, describeOpenError(err)}
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !keep(n) {
			continue
		}
		out = append(out, filepath.Join(dir, n))
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, &InputError{dir, ErrNoFiles}
	}
	return out, nil
}

// IsArticleFile reports whether a file name has one of the extensions a
// directory is searched for.
func IsArticleFile(name string) bool {
	return !strings.HasPrefix(filepath.Base(name), ".") && articleExts[strings.ToLower(filepath.Ext(name))]
}

// Expand turns command-line arguments into the inputs they name: files and
// "-" stay as they are, a directory becomes its article files.
func Expand(args []string) ([]string, error) { return expand(args, IsArticleFile) }

// ExpandAll is Expand keeping every visible file of a directory, not only
// those with an article's extension: a library lists the others (a photo, a
// binary) with their one-line error instead of leaving them out.
func ExpandAll(args []string) ([]string, error) {
	return expand(args, func(name string) bool { return !strings.HasPrefix(name, ".") })
}

// expand is Expand with the files of a directory picked by keep.
func expand(args []string, keep func(name string) bool) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, &InputError{a, describeOpenError(err)}
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		files, err := listDir(a, keep)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}
