package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Article is one annotated article of the training data
// (testdata/quotes/polnear-train.jsonl in the shared folder): its text,
// its direct quotes with their speakers and cues, and silver names and
// coreference chains. Offsets are bytes into Text.
type Article struct {
	ID       string          `json:"id"`
	Date     string          `json:"date"`
	Text     string          `json:"text"`
	Quotes   []GoldQuote     `json:"quotes"`
	Entities []GoldEntity    `json:"entities"`
	Coref    [][]GoldMention `json:"coref"`
}

// GoldQuote is an annotated direct quote.
type GoldQuote struct {
	Text         string   `json:"text"`
	Start        int      `json:"start"`
	End          int      `json:"end"`
	Speaker      string   `json:"speaker"`
	SpeakerKind  string   `json:"speaker_kind"`
	SpeakerSpans [][2]int `json:"speaker_spans"`
	CueSpans     [][2]int `json:"cue_spans"`
	Attribution  string   `json:"attribution"`
}

// GoldEntity is a silver named entity.
type GoldEntity struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// GoldMention is one mention of a coreference chain.
type GoldMention struct {
	Start          int    `json:"start"`
	End            int    `json:"end"`
	Text           string `json:"text"`
	Representative bool   `json:"representative"`
}

// IsValidation reports whether an article belongs to the validation part
// of the training data: the articles of August and September 2016, which
// nothing is tuned on and every figure is reported on.
func (a *Article) IsValidation() bool {
	return strings.HasPrefix(a.Date, "2016-08") || strings.HasPrefix(a.Date, "2016-09")
}

// ReadCorpus reads annotated articles, one JSON object a line.
func ReadCorpus(r io.Reader) ([]*Article, error) {
	var out []*Article
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("reading the training data, line %d: %w", n, err)
		}
		out = append(out, &a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading the training data: %w", err)
	}
	return out, nil
}

// Split divides articles into the part to learn from and the validation
// part.
func Split(all []*Article) (tune, validation []*Article) {
	for _, a := range all {
		if a.IsValidation() {
			validation = append(validation, a)
		} else {
			tune = append(tune, a)
		}
	}
	return tune, validation
}

// paragraphs splits an article's text into its paragraphs (its non-empty
// lines, trimmed), with the byte offset where each starts. The first line
// is the title and is left out, as brief's importer takes it for one.
func (a *Article) paragraphs() (paras []string, at []int) {
	off := 0
	first := true
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		start := off
		off += len(line)
		t := strings.TrimRight(line, "\r\n")
		lead := len(t) - len(strings.TrimLeft(t, " \t"))
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if first {
			first = false
			continue
		}
		paras = append(paras, t)
		at = append(at, start+lead)
	}
	return paras, at
}

// locate finds the paragraph holding the byte offset off of the text, and
// the offset inside it; ok is false for the title or a gap.
func locate(at []int, paras []string, off int) (p, in int, ok bool) {
	lo, hi := 0, len(at)
	for lo < hi {
		mid := (lo + hi) / 2
		if at[mid] <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	p = lo - 1
	if p < 0 || off-at[p] > len(paras[p]) {
		return 0, 0, false
	}
	return p, off - at[p], true
}
