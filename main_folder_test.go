package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// folderWithBadFiles writes a folder of two articles beside the files a
// folder of saved pages gathers: an empty file, a binary, a photo, a hidden
// file and a subfolder. It returns the folder and the stderr lines every
// command that reads the folder must print, in order.
func folderWithBadFiles(t *testing.T) (dir string, wantErrs []string) {
	t.Helper()
	dir = t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "a.md"), []byte("# Council Approves Bridge\n\nThe council voted on Monday to build the bridge.\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "b.html"), []byte("<html><head><title>Harbour Reopens</title></head><body><article><h1>Harbour Reopens</h1><p>The harbour reopened on Monday after the storm, officials said.</p></article></body></html>"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	bin := make([]byte, 3000)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	must(t, os.WriteFile(filepath.Join(dir, "binary.bin"), bin, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "photo.png"), append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bin[:500]...), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, ".hidden.txt"), nil, 0o644))
	must(t, os.Mkdir(filepath.Join(dir, "b_files"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "b_files", "empty.txt"), nil, 0o644))
	return dir, []string{
		"brief: " + filepath.Join(dir, "binary.bin") + ": binary file, not an article",
		"brief: " + filepath.Join(dir, "empty.txt") + ": empty file",
		"brief: " + filepath.Join(dir, "photo.png") + ": binary file, not an article",
	}
}

// A folder with files that fail: each one is named on its own line, every
// other file is exported, and the status is 1, in every format; `brief DIR`
// printing to a pipe says the same. Hidden files and subfolders are passed
// over without a word.
func TestExportFolderExportsTheOthersAndNamesEachFailure(t *testing.T) {
	dir, wantErrs := folderWithBadFiles(t)
	for _, args := range [][]string{
		{"export", "--format", "text", dir},
		{"export", "--format", "json", dir},
		{"export", "--format", "markdown", dir},
		{dir},
	} {
		code, out, errOut := runBrief(t, args...)
		if code != 1 {
			t.Errorf("brief %q: exit %d, want 1", args, code)
		}
		if !strings.Contains(out, "Council Approves Bridge") || !strings.Contains(out, "Harbour Reopens") {
			t.Errorf("brief %q: both articles should be out:\n%.300s", args, out)
		}
		if got := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n"); !slices.Equal(got, wantErrs) {
			t.Errorf("brief %q: stderr\n%s\nwant\n%s", args, errOut, strings.Join(wantErrs, "\n"))
		}
	}
	// With only failing files, the lines and status 1, and nothing else.
	bad := t.TempDir()
	must(t, os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644))
	must(t, os.WriteFile(filepath.Join(bad, "photo.jpg"), []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"), 0o644))
	code, out, errOut := runBrief(t, "export", bad)
	if code != 1 || out != "" || strings.Count(errOut, "\n") != 2 || !strings.Contains(errOut, "empty.txt: empty file") || !strings.Contains(errOut, "photo.jpg: binary file") {
		t.Errorf("export of a folder of failing files: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
