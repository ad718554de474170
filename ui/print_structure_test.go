package ui

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brief/briefing"
)

var updatePrint = flag.Bool("update-print", false, "rewrite ui/testdata/structure_print.golden")

// structureMarkdown has front matter, a numbered list, a table, a link,
// emphasis, a level-3 heading and a code block.
const structureMarkdown = `---
title: The busiest ports of the North Sea
author: Ana Lopez
---

Traffic rose again, with **Rotterdam** in the lead and *Antwerp* closing in,
according to [the port authority](https://example.com/ports?year=2026).

### The ranking

1. Rotterdam
2. Antwerp-Bruges
3. Hamburg

| Port | Rank | Containers |
|:-----|:----:|-----------:|
| Rotterdam | 1 | 14,000,000 |
| Antwerp | 2 | 13,000,000 |

` + "```python\ntotal = sum(p.teu for p in ports)\n```\n"

func TestPrintShowsMarkdownStructureWithoutEscapes(t *testing.T) {
	b, err := briefing.Import("ports.md", []byte(structureMarkdown))
	if err != nil {
		t.Fatal(err)
	}
	for _, style := range []string{"notty", "dark"} {
		var out bytes.Buffer
		if err := Print(&out, b, 72, style); err != nil {
			t.Fatal(err)
		}
		s := out.String()
		if strings.ContainsRune(s, '\x1b') {
			t.Errorf("%s: piped output holds an escape byte:\n%q", style, s)
		}
		for _, want := range []string{
			"### The ranking",
			"  1. Rotterdam\n  2. Antwerp-Bruges\n  3. Hamburg\n",
			"  Port      │ Rank │ Containers\n",
			"  Rotterdam │  1   │ 14,000,000\n  Antwerp   │  2   │ 13,000,000\n",
			"total = sum(p.teu for p in ports)",
		} {
			if !strings.Contains(s, want) {
				t.Errorf("%s: output lacks %q:\n%s", style, want, s)
			}
		}
		if want := "the port authority https://example.com/ports?year=2026"; !strings.Contains(squash(s), want) {
			t.Errorf("%s: output lacks the link target %q:\n%s", style, want, s)
		}
		if style != "notty" {
			continue
		}
		golden := filepath.Join("testdata", "structure_print.golden")
		if *updatePrint {
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("no golden file (run go test ./ui -run TestPrintShows -update-print): %v", err)
		}
		if s != string(want) {
			t.Errorf("output differs from %s:\n%s", golden, s)
		}
	}
}

func TestJoinsPrevious(t *testing.T) {
	b, err := briefing.Import("ports.md", []byte(structureMarkdown))
	if err != nil {
		t.Fatal(err)
	}
	s := b.Sections[1]
	var got []bool
	for p := range s.Paragraphs {
		got = append(got, JoinsPrevious(s, p))
	}
	if want := "[false true true false true true false]"; fmtBools(got) != want {
		t.Errorf("JoinsPrevious %s, want %s", fmtBools(got), want)
	}
}

func fmtBools(bs []bool) string {
	var parts []string
	for _, b := range bs {
		if b {
			parts = append(parts, "true")
		} else {
			parts = append(parts, "false")
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}
