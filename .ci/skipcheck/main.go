// Command skipcheck reads `go test -json` on standard input, prints the
// tests' output, and fails when a test skipped for a reason that is not
// allowed, or when every subtest of a test skipped (the test then reports
// PASS having checked nothing).
//
// Allowed skips are the documented opt-in measurements (load test, pseudo-
// terminal timings, -short) and, only when ../shared is absent beside the
// repository, the tests that need the shared test data.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// optIn matches the skip messages of the documented opt-in measurements
// and tools: a -pty or -short switch, or a BRIEF_* variable to set (the
// measurements are listed in the README's Development section).
var optIn = regexp.MustCompile(`\bset BRIEF_[A-Z_]+|BRIEF_[A-Z_]+=1|run with -pty|take a few seconds|^timing test`)

// sharedAbsent matches the skip messages of tests that need ../shared.
var sharedAbsent = regexp.MustCompile(`(?i)shared.*(absent|not available|no such file|not here)|\.\./shared`)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type result struct {
	action string
	output []string
}

func main() {
	haveShared := true
	if _, err := os.Stat("../shared"); err != nil {
		haveShared = false
	}
	results := map[string]*result{}
	var order []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fmt.Println(sc.Text())
			continue
		}
		if e.Output != "" {
			fmt.Print(e.Output)
		}
		if e.Test == "" {
			continue
		}
		id := e.Package + " " + e.Test
		r := results[id]
		if r == nil {
			r = &result{}
			results[id] = r
			order = append(order, id)
		}
		switch e.Action {
		case "output":
			r.output = append(r.output, e.Output)
		case "pass", "fail", "skip":
			r.action = e.Action
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "skipcheck: reading go test output:", err)
		os.Exit(1)
	}
	var bad []string
	for _, id := range order {
		r := results[id]
		if r.action == "skip" {
			msg := skipMessage(r.output)
			allowed := optIn.MatchString(msg) || !haveShared && sharedAbsent.MatchString(msg)
			if !allowed {
				bad = append(bad, fmt.Sprintf("%s skipped: %s", id, msg))
			}
		}
		if r.action == "pass" {
			subs, skipped := 0, 0
			for _, other := range order {
				if rest, ok := strings.CutPrefix(other, id+"/"); ok && !strings.Contains(rest, "/") {
					subs++
					if results[other].action == "skip" {
						skipped++
					}
				}
			}
			if subs > 0 && subs == skipped {
				bad = append(bad, fmt.Sprintf("%s passed with all %d subtests skipped", id, subs))
			}
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		fmt.Println("\nskipcheck: tests that checked nothing:")
		for _, b := range bad {
			fmt.Println("  " + b)
		}
		os.Exit(1)
	}
}

// skipMessage is what a skipped test said, without the run and result lines.
func skipMessage(lines []string) string {
	var out []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- ") {
			continue
		}
		if i := strings.Index(t, ".go:"); i >= 0 {
			if j := strings.Index(t[i:], ": "); j >= 0 {
				t = t[i+j+2:]
			}
		}
		out = append(out, t)
	}
	return strings.Join(out, " ")
}
