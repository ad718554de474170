package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSizeReadsTheUnitsMessagesPrint(t *testing.T) {
	for in, want := range map[string]int64{
		"1024": 1024, "1KB": 1024, "1 KB": 1024, "5.3 KB": 5427, "20MB": 20 << 20,
		"1kb": 1024, "2MiB": 2 << 20, "1G": 1 << 30, "0": 0, "512B": 512,
	} {
		got, err := parseSize(in)
		if err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "KB", "1 parsec", "-1", "1.2.3MB"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
}

func TestMaxSizeFlagTakesUnits(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "big.txt")
	text := "A title\n\n" + strings.Repeat("Some words of the story go here. ", 100)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"export", "--max-size", "1KB", path}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "big.txt") {
		t.Errorf("--max-size 1KB on a 3 KB file: exit %d, %q; want 1 and the file named", code, errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := run([]string{"export", "--max-size", "5.3 KB", path}, &out, &errOut); code != 0 {
		t.Errorf("--max-size \"5.3 KB\": exit %d, %q", code, errOut.String())
	}
	if code := run([]string{"export", "--max-size", "3 parsecs", path}, &out, &errOut); code != 2 {
		t.Errorf("--max-size with a bad unit: exit %d, want 2", code)
	}
}
