package briefing

import (
	"regexp"
	"strings"
)

// provenanceStart matches the opening of a provenance line: "This article
// first appeared in ...", "Originally published at ...", "This article was
// reprinted on ...", "Republished with permission from ...".
var provenanceStart = regexp.MustCompile(`(?i)^(?:this (?:article|story|post|piece|essay|column|interview|report|op-ed)(?: was| has been| is)? |it )?(?:(?:first|originally) (?:appeared|published|ran|posted|printed)(?: in| on| at| by)?|(?:was |is )?(?:reprinted|republished|adapted|syndicated) (?:in|on|from|with permission)|(?:republished|reprinted) (?:with permission )?(?:from|by|courtesy of))\b`)

// provenancePhrases mark provenance lines in other languages ("Este
// artículo se publicó originalmente en ...").
var provenancePhrases = lexiconLines("provenance.txt")

// maxProvenanceWords bounds a provenance line's length.
const maxProvenanceWords = 45

// parseProvenance reports whether a paragraph is a provenance line and
// returns it tidied as the briefing's origin ("This article first appeared in
// Kommersant and was translated into English by Worldcrunch.").
func parseProvenance(p string) (origin string, ok bool) {
	if wordCount(p) > maxProvenanceWords {
		return "", false
	}
	s := strings.TrimLeft(p, "*_-–— ")
	if !provenanceStart.MatchString(s) && !containsAny(lineKey(s), provenancePhrases) {
		return "", false
	}
	return strings.Trim(collapseSpace(s), "*_ "), true
}

// containsAny reports whether s contains one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}
