package briefing

import (
	"regexp"
	"testing"
)

func TestLazyPatternsCompile(t *testing.T) {
	if len(lazyPatterns) < 30 {
		t.Fatalf("only %d patterns registered", len(lazyPatterns))
	}
	for _, p := range lazyPatterns {
		if _, err := regexp.Compile(p); err != nil {
			t.Errorf("pattern %q: %v", p, err)
		}
	}
}
