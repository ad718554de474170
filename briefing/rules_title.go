package briefing

import "strings"

// titleSeparators join a page title and the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » "}

// trimSiteSuffix removes the site's name from the end of a page title
// ("How to Build a Terrarium | eHow" with site "eHow"): the briefing keeps the
// site as its Source. The title is kept whole when nothing would remain.
func trimSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	lt, ls := strings.ToLower(title), strings.ToLower(site)
	for _, sep := range titleSeparators {
		if strings.HasSuffix(lt, sep+ls) {
			if rest := strings.TrimSpace(title[:len(title)-len(sep)-len(site)]); rest != "" && len(lt) == len(title) {
				return rest
			}
		}
	}
	return title
}

// headlineOfTitle is the page's headline when its title is that headline
// and more after a separator ("On Recent Controversial Events - Bradley M.
// Kuhn ( Brad ) ( bkuhn )" under the heading "On Recent Controversial
// Events"), or the headline and a short aside in brackets ("… zu zahlen«
// (neues deutschland)"): what follows is the site's or the writer's name.
// Otherwise the title is returned as it is.
func headlineOfTitle(title, headline string) string {
	if headline == "" || len(headline) >= len(title) || !strings.HasPrefix(title, headline) {
		return title
	}
	for _, sep := range titleSeparators {
		if strings.HasPrefix(title[len(headline):], sep) {
			return headline
		}
	}
	if rest := strings.TrimSpace(title[len(headline):]); len(rest) <= maxTitleAsideBytes && strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1 {
		return headline // the site in brackets: "… zu zahlen« (neues deutschland)"
	}
	return title
}

// maxTitleAsideBytes is the longest aside in brackets after the headline
// in a page's title that is taken for the site's name.
const maxTitleAsideBytes = 40
