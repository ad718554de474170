package briefing

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use. The news
// rules have dozens of patterns, and most inputs need only some of them:
// compiling them all when the program starts cost every start several
// milliseconds, before the first screen.
type lazyRegexp struct {
	re func() *regexp.Regexp
}

// lazyPatterns lists every pattern made by lazyCompile, for the test
// that compiles them all. It is written only while the package
// initialises.
var lazyPatterns []string

// lazyCompile returns the pattern, to be compiled on first use; like
// regexp.MustCompile it panics if the pattern is invalid
// (TestLazyPatternsCompile compiles them all).
func lazyCompile(pattern string) *lazyRegexp {
	lazyPatterns = append(lazyPatterns, pattern)
	return &lazyRegexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
}

// MatchString is regexp.Regexp.MatchString.
func (l *lazyRegexp) MatchString(s string) bool { return l.re().MatchString(s) }

// Match is regexp.Regexp.Match.
func (l *lazyRegexp) Match(b []byte) bool { return l.re().Match(b) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.re().FindStringSubmatchIndex(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.re().FindStringIndex(s) }

// FindAllString is regexp.Regexp.FindAllString.
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.re().FindAllString(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.re().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.re().FindAllStringSubmatch(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.re().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.re().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp.Split.
func (l *lazyRegexp) Split(s string, n int) []string { return l.re().Split(s, n) }
