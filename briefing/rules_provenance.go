package briefing

import (
	"bytes"
	"strings"
)

// provenanceStart matches the opening of a provenance line: "This article
// first appeared in ...", "Originally published at ...", "This article was
// reprinted on ...", "Republished with permission from ...".
var provenanceStart = lazyCompile(`(?i)^(?:this (?:article|story|post|piece|essay|column|interview|report|op-ed)(?: was| has been| is)? |it )?(?:(?:first|originally) (?:appeared|published|ran|posted|printed)(?: in| on| at| by)?|(?:was |is )?(?:reprinted|republished|adapted|syndicated) (?:in|on|from|with permission)|(?:republished|reprinted) (?:with permission )?(?:from|by|courtesy of))\b`)

// provenancePhrases mark provenance lines in other languages ("Este
// artículo se publicó originalmente en ...").
var (
	provenanceLines   = lexiconLines("provenance.txt")
	provenancePhrases = newPhraseSet(provenanceLines)
)

// maxProvenanceWords bounds a provenance line's length.
const maxProvenanceWords = 45

// provenanceOpeners are the first words a provenance line can start with;
// other lines skip the pattern.
var provenanceOpeners = []string{"this ", "it ", "first", "originally", "republished", "reprinted", "was ", "is ", "*", "_", "-", "–", "—"}

// provenanceVerbs are the verbs a provenance line has near its start.
var provenanceVerbs = []string{"appeared", "published", "ran ", "posted", "printed", "reprinted", "adapted", "syndicated"}

// parseProvenance reports whether a paragraph is a provenance line and
// returns it tidied as the briefing's origin ("This article first appeared in
// Kommersant and was translated into English by Worldcrunch.").
func parseProvenance(p string) (origin string, ok bool) { return provenanceOf(newRuleText(p)) }

func provenanceOf(rt ruleText) (origin string, ok bool) {
	if rt.words > maxProvenanceWords || len(rt.key) == 0 {
		return "", false
	}
	s := strings.TrimLeft(rt.text, "*_-–— ")
	head := rt.key[:min(len(rt.key), 100)]
	if !(hasAnyPrefix(rt.key, provenanceOpeners) && containsAny(head, provenanceVerbs) && provenanceStart.MatchString(s)) && !rt.hasPhrase(provenanceList, provenancePhrases) {
		return "", false
	}
	return strings.Trim(collapseSpace(s), "*_ "), true
}

// hasAnyPrefix reports whether s (a string or a key) starts with one of
// the prefixes.
func hasAnyPrefix[T string | []byte](s T, prefixes []string) bool {
	for _, p := range prefixes {
		if hasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasPrefix reports whether s (a string or a key) starts with prefix. The
// first bytes are compared first: most often they differ, and the call
// that compares the rest is spared.
func hasPrefix[T string | []byte](s T, prefix string) bool {
	return prefix == "" || len(s) >= len(prefix) && s[0] == prefix[0] && string(s[:len(prefix)]) == prefix
}

// containsAny reports whether key contains one of the substrings.
func containsAny(key []byte, subs []string) bool {
	for _, sub := range subs {
		if bytes.Contains(key, []byte(sub)) {
			return true
		}
	}
	return false
}
