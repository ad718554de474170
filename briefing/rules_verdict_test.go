package briefing

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestJudgeAllMatchesJudge checks that the verdicts worked out in parallel
// on a long text are those worked out one by one, in the same order.
func TestJudgeAllMatchesJudge(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "import", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no plain-text fixtures: %v", err)
	}
	var blocks []block
	for len(blocks) < 4*parallelVerdicts {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range textParagraphs(strings.Split(string(data), "\n")) {
				blocks = append(blocks, block{kind: paragraph, text: p})
			}
		}
	}
	words := make([]int, len(blocks))
	for i, bl := range blocks {
		words[i] = wordCount(bl.text)
	}
	ctx := verdictContext{title: titleKey("Advertisement"), titleLen: len("Advertisement")}
	original := append([]block(nil), blocks...)
	got := ctx.judgeAll(blocks, words)
	claimed := 0
	var keyBuf []byte
	for i, bl := range original {
		want := ctx.judge(&bl, words[i], &keyBuf)
		if !reflect.DeepEqual(blocks[i], bl) {
			t.Fatalf("block %d: trimmed in parallel to %+v, one by one to %+v", i, blocks[i], bl)
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Fatalf("block %d %q: parallel verdict %+v, one by one %+v", i, bl.text, got[i], want)
		}
		if want.rule != noRule {
			claimed++
		}
	}
	if claimed == 0 {
		t.Fatal("no rule claimed any block of the fixtures: the comparison proves nothing")
	}
}

// TestJudgeRules checks which rule claims a block, one per rule.
func TestJudgeRules(t *testing.T) {
	ctx := verdictContext{title: titleKey("The Big Day"), titleLen: len("The Big Day")}
	// One key buffer for all the cases, holding a longer key at the start:
	// what a paragraph leaves in it must not change the next verdict.
	keyBuf := []byte("advertisement: the leftover key of a longer paragraph judged before")
	for _, tc := range []struct {
		text string
		want ruleMatch
	}{
		{"The big day", ruleTitle},
		{"Advertisement", ruleFurniture},
		{"This post was published on the now-closed HuffPost Contributor platform.", ruleNotice},
		{"Photograph: Adrian Malloch for the Guardian", ruleCaption},
		{"This article first appeared in Kommersant.", ruleProvenance},
		{"The council met on Tuesday and voted to close the bridge for repairs.", noRule},
	} {
		bl := block{kind: paragraph, text: tc.text}
		v := ctx.judge(&bl, wordCount(tc.text), &keyBuf)
		if v.rule != tc.want {
			t.Errorf("judge(%q).rule = %d, want %d", tc.text, v.rule, tc.want)
		}
	}
}
