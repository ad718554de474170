package briefing

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgPaste(t *testing.T) {
	f := os.Getenv("DBG")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	b, err := Import(f, raw)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("TITLE %q\nAUTH %q\nSF %q\nDATE %v\n", b.Title, b.Authors, b.Standfirst, b.Published)
	for _, c := range b.Captions {
		fmt.Printf("CAP %q / %q\n", c.Text, c.Credit)
	}
	for _, s := range b.Sections {
		fmt.Printf("## %s\n", s.Heading)
		for _, p := range s.Paragraphs {
			if len(p) > 100 {
				p = p[:100]
			}
			fmt.Printf("  %s\n", p)
		}
	}
}
