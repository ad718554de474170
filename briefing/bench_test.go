package briefing

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkImportSeed imports the seed article.
func BenchmarkImportSeed(b *testing.B) {
	dir := needShared(b, "testdata/seed")
	data, err := os.ReadFile(filepath.Join(dir, "000_c3a08c2fcaf44687.txt"))
	if err != nil {
		b.Fatal(err)
	}
	benchImport(b, "seed.txt", data)
}

// repeatFixtures makes an article of about size bytes by repeating the
// import fixtures with the given extension.
func repeatFixtures(b testing.TB, ext string, size int) []byte {
	files, err := filepath.Glob(filepath.Join("testdata", "import", "*"+ext))
	if err != nil || len(files) == 0 {
		b.Fatalf("no %s fixtures: %v", ext, err)
	}
	var unit bytes.Buffer
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		unit.Write(data)
		unit.WriteString("\n\n")
	}
	out := make([]byte, 0, size+unit.Len())
	for len(out) < size {
		out = append(out, unit.Bytes()...)
	}
	return out
}

func benchImport(b *testing.B, name string, data []byte) {
	benchLoop(b, data, func() {
		if _, err := Import(name, data); err != nil {
			b.Fatal(err)
		}
	})
}

// benchLoop runs one import of data per iteration and reports, besides
// ns/op and MB/s, the megabytes read per second of process CPU time
// (cpu-MB/s), which holds steadier than the wall clock on a busy machine.
func benchLoop(b *testing.B, data []byte, run func()) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, n := processCPU(), 0
	for b.Loop() {
		run()
		n++
	}
	if cpu := processCPU() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(len(data))*float64(n)/1e6/cpu.Seconds(), "cpu-MB/s")
	}
}

// BenchmarkImportText measures plain-text import at three sizes: the time
// per byte must stay flat (linear growth).
func BenchmarkImportText(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"0.5MB", 1 << 19}, {"5MB", 5 << 20}, {"50MB", 50 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			benchImport(b, "big.txt", repeatFixtures(b, ".txt", size.bytes))
		})
	}
}

// BenchmarkImportMarkdown5MB imports a 5 MB Markdown article.
func BenchmarkImportMarkdown5MB(b *testing.B) {
	data := repeatFixtures(b, ".md", 5<<20)
	benchImport(b, "big.md", data)
}

// BenchmarkImportHTML5MB imports a 5 MB page made of the HTML fixtures'
// articles.
func BenchmarkImportHTML5MB(b *testing.B) {
	data := repeatFixtures(b, ".html", 5<<20)
	benchImport(b, "big.html", data)
}

// BenchmarkReadText measures the import path alone (cleaning, detection,
// the plain-text importer and the news-text rules) without the quote and
// fact stages, at the same three sizes as BenchmarkImportText.
func BenchmarkReadText(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"0.5MB", 1 << 19}, {"5MB", 5 << 20}, {"50MB", 50 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			data := repeatFixtures(b, ".txt", size.bytes)
			benchLoop(b, data, func() {
				text, _ := Clean(data)
				if Detect("big.txt", text) != Text {
					b.Fatal("the repeated fixtures are not detected as plain text")
				}
				if bf := importText(text); len(bf.Sections) == 0 {
					b.Fatal("no sections")
				}
			})
		})
	}
}
