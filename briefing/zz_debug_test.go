package briefing

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	b, err := Import(path, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range findPeople(b) {
		fmt.Printf("PERSON %q role=%q mentions=%d\n", p.name, p.role, len(p.mentions))
	}
	for _, q := range b.Quotes {
		fmt.Printf("QUOTE p=%v %q | %q | %q | %q\n", q.Partial, q.Text[:min(60, len(q.Text))], q.Speaker, q.Role, q.Cue)
	}
}
