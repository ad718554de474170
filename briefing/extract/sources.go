package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// SourcesFile is the name, in model/, of the file that records what the
// learned files were made from.
const SourcesFile = "SOURCES.sum"

// Sources returns the record of what the learned files are made from: the
// SHA-256 of the training data, and of every file of code and word lists
// that training reads (this package's Go files, the training command's
// and the lexicon), one line each, sorted. dir is this package's folder.
func Sources(dir, data string) (string, error) {
	var lines []string
	sum := func(label, path string) error {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("hashing the sources: %w", err)
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			return fmt.Errorf("hashing %s: %w", label, err)
		}
		lines = append(lines, hex.EncodeToString(h.Sum(nil))+"  "+label)
		return nil
	}
	if err := sum("training-data.jsonl", data); err != nil {
		return "", err
	}
	patterns := []string{"*.go", "internal/train/*.go", "../lexicon/*.go"}
	for _, list := range analysisLists {
		patterns = append(patterns, "../lexicon/"+list+".txt")
	}
	for _, pattern := range patterns {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return "", err
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			rel, _ := filepath.Rel(dir, f)
			if err := sum(filepath.ToSlash(rel), f); err != nil {
				return "", err
			}
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i][66:] < lines[j][66:] })
	return strings.Join(lines, "\n") + "\n", nil
}

// WriteModels writes the learned files of m, and the sources record, into
// the folder out.
func WriteModels(m *Models, out, sources string) error {
	files := map[string][]byte{gendersFile: []byte(formatGenders(m.Genders)), peopleFile: []byte(formatWords(m.People)), acronymsFile: []byte(formatWords(m.Acronyms)), placesFile: []byte(formatWords(m.Places)), SourcesFile: []byte(sources)}
	for name, model := range map[string]*Model{namesFile: m.Names, speakersFile: m.Speakers, pronounsFile: m.Pronouns} {
		data, err := model.MarshalBinary()
		if err != nil {
			return err
		}
		files[name] = data
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return fmt.Errorf("writing the learned files: %w", err)
		}
	}
	return nil
}

// builtinSources is the sources record built into the program.
func builtinSources() string {
	data, err := fs.ReadFile(modelFiles, "model/"+SourcesFile)
	if err != nil {
		return ""
	}
	return string(data)
}
