package briefing

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteJSONEqualsThePlainEncoder holds the JSON export, written in
// pieces, to what json.Encoder writes in one: byte for byte, for the
// embedded briefings one at a time and together, every import fixture,
// none, and a long article whose lists run to many pieces.
func TestWriteJSONEqualsThePlainEncoder(t *testing.T) {
	cases := map[string][]*Briefing{"none": {}}
	var embedded []*Briefing
	files, _ := filepath.Glob(filepath.Join("..", "content", "briefings", "*"))
	imports, _ := filepath.Glob(filepath.Join("testdata", "import", "*"))
	for _, f := range append(files, imports...) {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Import(filepath.Base(f), data)
		if err != nil {
			continue // the fixtures of bad input
		}
		cases[f] = []*Briefing{b}
		if strings.Contains(f, "content") {
			embedded = append(embedded, b)
		}
	}
	if len(embedded) == 0 {
		t.Fatal("no embedded briefings found")
	}
	cases["embedded together"] = embedded
	var long strings.Builder
	long.WriteString("A long briefing\n\n")
	for i := 0; long.Len() < 600<<10; i++ {
		fmt.Fprintf(&long, "“We will open bridge %d in May, not in March,” said Ana Ruiz, the mayor of Harbourton, on Tuesday; it cost $%d million & more <than> planned.\n\n", i, i)
	}
	b, err := Import("long.txt", []byte(long.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Quotes) <= 2*listPiece {
		t.Fatalf("the long article has %d quotes, want more than %d to test the pieces", len(b.Quotes), 2*listPiece)
	}
	cases["long"] = []*Briefing{b}
	cases["long twice"] = []*Briefing{b, b}
	for name, bs := range cases {
		var got, want bytes.Buffer
		if err := WriteJSON(&got, bs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := writeJSONPlain(&want, bs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			g, w := got.Bytes(), want.Bytes()
			at := 0
			for at < min(len(g), len(w)) && g[at] == w[at] {
				at++
			}
			t.Errorf("%s: WriteJSON differs from json.Encoder at byte %d: %q against %q", name, at, snippet(g, at), snippet(w, at))
		}
	}
}

func snippet(b []byte, at int) string {
	return string(b[max(0, at-40):min(len(b), at+40)])
}
