package briefing

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes briefings in the export contract: one object for one
// briefing, an array for several, indented by two spaces, with '&', '<'
// and '>' as they are.
//
// The output is what json.Encoder writes for the contract's shape (see
// writeJSONPlain, which the tests hold it to), made faster for long
// articles: the long lists (paragraphs, quotes, facts), most of the bytes,
// are encoded in pieces on every processor and set into the rest.
func WriteJSON(w io.Writer, bs []*Briefing) error {
	out := bufio.NewWriterSize(w, 256<<10)
	err := func() error {
		if len(bs) == 1 {
			return writeContract(out, bs[0].contract(), "")
		}
		out.WriteString("[")
		for i, b := range bs {
			if i > 0 {
				out.WriteString(",")
			}
			out.WriteString("\n  ")
			if err := writeContract(out, b.contract(), "  "); err != nil {
				return err
			}
		}
		if len(bs) > 0 {
			out.WriteString("\n")
		}
		out.WriteString("]")
		return nil
	}()
	if err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	out.WriteString("\n")
	if err := out.Flush(); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// writeJSONPlain is WriteJSON as json.Encoder writes it in one piece: the
// reference that WriteJSON must equal byte for byte.
func writeJSONPlain(w io.Writer, bs []*Briefing) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	cs := make([]jsonBriefing, len(bs))
	for i, b := range bs {
		cs[i] = b.contract()
	}
	var v any = cs
	if len(cs) == 1 {
		v = cs[0]
	}
	return enc.Encode(v)
}

// writeContract writes j as an object standing at the indentation prefix,
// its first line unindented as json.Indent lays out a value: the small
// fields encoded in one piece with the long lists left empty, and each
// long list written in the place of its "[]".
func writeContract(out *bufio.Writer, j jsonBriefing, prefix string) error {
	rest := j
	rest.Sections, rest.Quotes, rest.Facts = []Section{}, []Quote{}, []Fact{}
	return spliceLists(out, rest, prefix, []list{
		{"sections", func(out *bufio.Writer, p string) error { return writeSections(out, j.Sections, p) }},
		{"quotes", func(out *bufio.Writer, p string) error { return writeList(out, j.Quotes, p) }},
		{"facts", func(out *bufio.Writer, p string) error { return writeList(out, j.Facts, p) }},
	})
}

// list is a field of an object whose value, a JSON array, is written apart.
type list struct {
	name  string
	write func(out *bufio.Writer, prefix string) error
}

// spliceLists writes v, an object standing at the indentation prefix whose
// fields named in lists are empty arrays, with each of those arrays
// written by its list in order of the fields.
func spliceLists(out *bufio.Writer, v any, prefix string, lists []list) error {
	head, err := encodeIndented(v, prefix)
	if err != nil {
		return err
	}
	for _, l := range lists {
		// a JSON string holds no raw newline: this is the field's own line
		empty := []byte("\n" + prefix + `  "` + l.name + `": []`)
		at := bytes.Index(head, empty)
		if at < 0 {
			return fmt.Errorf("no empty %q list to fill", l.name)
		}
		cut := at + len(empty) - len("[]")
		out.Write(head[:cut])
		if err := l.write(out, prefix+"  "); err != nil {
			return err
		}
		head = head[cut+len("[]"):]
	}
	out.Write(head)
	return nil
}

// writeSections writes a briefing's sections as an array standing at the
// indentation prefix, each section's paragraphs in pieces.
func writeSections(out *bufio.Writer, sections []Section, prefix string) error {
	if len(sections) == 0 {
		out.WriteString("[]")
		return nil
	}
	out.WriteString("[")
	for i, s := range sections {
		if i > 0 {
			out.WriteString(",")
		}
		out.WriteString("\n" + prefix + "  ")
		rest := s
		rest.Paragraphs = []string{}
		err := spliceLists(out, rest, prefix+"  ", []list{
			{"paragraphs", func(out *bufio.Writer, p string) error { return writeList(out, s.Paragraphs, p) }},
		})
		if err != nil {
			return err
		}
	}
	out.WriteString("\n" + prefix + "]")
	return nil
}

// listPiece is how many items of a list are encoded together.
const listPiece = 512

// writeList writes items as a JSON array standing at the indentation
// prefix, encoded a piece of listPiece items at a time on every
// processor: each piece as an array of its own, whose items are then
// joined.
func writeList[T any](out *bufio.Writer, items []T, prefix string) error {
	if len(items) == 0 {
		out.WriteString("[]")
		return nil
	}
	pieces := make([][]byte, (len(items)+listPiece-1)/listPiece)
	errs := make([]error, len(pieces))
	inChunks(len(pieces), 1, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			b, err := encodeIndented(items[p*listPiece:min((p+1)*listPiece, len(items))], prefix)
			if err != nil {
				errs[p] = err
				continue
			}
			// "[\n", the items, then "\n" + prefix + "]"
			pieces[p] = b[len("[\n") : len(b)-len("\n"+prefix+"]")]
		}
	})
	out.WriteString("[\n")
	for p, piece := range pieces {
		if errs[p] != nil {
			return errs[p]
		}
		if p > 0 {
			out.WriteString(",\n")
		}
		out.Write(piece)
	}
	out.WriteString("\n" + prefix + "]")
	return nil
}

// encodeIndented encodes v as json.Encoder does with the indentation
// prefix and two spaces, without escaping HTML, and without the encoder's
// closing newline.
func encodeIndented(v any, prefix string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
