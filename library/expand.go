package library

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Expand turns command-line arguments into the files to import: files and
// "-" stay as they are, a directory becomes every visible file directly
// inside it. Unlike the export command's expansion, a directory's files are
// not picked by extension: the library lists the ones that are not articles
// (a photo, a binary) with their one-line error instead of leaving them out.
func Expand(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, describe(err))
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a, describe(err))
		}
		var files []string
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			files = append(files, filepath.Join(a, e.Name()))
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: directory holds no articles", a)
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

// describe shortens an error from os for a one-line message.
func describe(err error) error {
	switch {
	case os.IsNotExist(err):
		return fmt.Errorf("no such file or directory")
	case os.IsPermission(err):
		return fmt.Errorf("permission denied")
	}
	return err
}
