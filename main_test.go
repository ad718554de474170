package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runBrief runs the command in-process and returns its exit status and output.
func runBrief(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExportBadInputIsOneLineError(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "image.png")
	big := filepath.Join(dir, "big.txt")
	emptyDir := filepath.Join(dir, "nothing")
	must(t, os.WriteFile(empty, []byte("  \n\n"), 0o644))
	must(t, os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644))
	must(t, os.WriteFile(big, bytes.Repeat([]byte("word "), 400), 0o644))
	must(t, os.Mkdir(emptyDir, 0o755))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{filepath.Join(dir, "nope.txt")}, "nope.txt: no such file"},
		{"empty", []string{empty}, "empty.txt: empty file"},
		{"binary", []string{binary}, "image.png: binary file"},
		{"too large", []string{"--max-size", "1000", big}, "big.txt: file too large"},
		{"empty dir", []string{emptyDir}, "nothing: directory holds no articles"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runBrief(t, append([]string{"export"}, c.args...)...)
			if code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if out != "" {
				t.Errorf("stdout should be empty, got %q", out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.want) || !strings.HasPrefix(errOut, "brief: ") {
				t.Errorf("stderr %q: want one line 'brief: ...%s'", errOut, c.want)
			}
		})
	}
}

// TestExportWarnsOnInvalidUTF8 reads a file that is not UTF-8 and names
// no encoding in the encoding most such files are in, and says so.
func TestExportWarnsOnInvalidUTF8(t *testing.T) {
	f := filepath.Join(t.TempDir(), "latin1.txt")
	must(t, os.WriteFile(f, []byte("A title\n\nCaf\xe9 owners said prices rose.\n"), 0o644))
	code, out, errOut := runBrief(t, "export", "--format", "text", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "warning") || !strings.Contains(errOut, "latin1.txt") {
		t.Errorf("no warning naming the file: %q", errOut)
	}
	if !strings.Contains(out, "Café owners") {
		t.Errorf("text not read as Windows-1252: %q", out)
	}
}

func TestExportJSONContract(t *testing.T) {
	f := filepath.Join(t.TempDir(), "a.txt")
	must(t, os.WriteFile(f, []byte("Headline here\n\nFirst paragraph of the story.\n"), 0o644))
	code, out, errOut := runBrief(t, "export", "--format", "json", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var m map[string]any
	must(t, json.Unmarshal([]byte(out), &m))
	for _, k := range []string{"title", "source", "origin", "authors", "dateline", "published", "captions", "sections", "quotes", "facts"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	if m["title"] != "Headline here" {
		t.Errorf("title %v", m["title"])
	}
	// Two inputs give an array.
	code, out, _ = runBrief(t, "export", f, f)
	var arr []map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &arr) != nil || len(arr) != 2 {
		t.Errorf("two inputs: exit %d, want an array of 2: %.200s", code, out)
	}
}

func TestExportDefaultsWithNoFiles(t *testing.T) {
	code, out, errOut := runBrief(t, "export", "--format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "# ") {
		t.Errorf("markdown export of the defaults should start with a title: %.100q", out)
	}
}

func TestUnknownFormat(t *testing.T) {
	code, _, errOut := runBrief(t, "export", "--format", "pdf")
	if code != 2 || !strings.Contains(errOut, "unknown format") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
