// Package content holds the briefings embedded in the binary, which brief
// opens when it is given no files.
package content

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"brief/briefing"
)

//go:embed briefings
var files embed.FS

// Names lists the embedded briefing files, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, "briefings")
	var out []string
	for _, e := range entries {
		if briefing.IsArticleFile(e.Name()) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// Defaults imports every embedded briefing, in name order.
func Defaults() ([]*briefing.Briefing, error) {
	var out []*briefing.Briefing
	for _, n := range Names() {
		b, err := Briefing(n)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// Bytes returns the embedded briefing file of the given name as it is.
func Bytes(name string) ([]byte, error) {
	data, err := files.ReadFile(path.Join("briefings", name))
	if err != nil {
		return nil, fmt.Errorf("reading embedded briefing %s: %w", name, err)
	}
	return data, nil
}

// Briefing imports the embedded briefing of the given file name.
func Briefing(name string) (*briefing.Briefing, error) {
	data, err := Bytes(name)
	if err != nil {
		return nil, err
	}
	b, err := briefing.Import(name, data)
	if err != nil {
		return nil, fmt.Errorf("importing embedded briefing %s: %w", name, err)
	}
	return b, nil
}
