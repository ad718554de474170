package briefing

import (
	"fmt"
	"strings"
	"testing"
)

// TestVideoListInsideTheArticle pastes an article with a video player set
// after its first paragraphs, the player's list of clips under "What to
// watch next" (a headline and the channel's name for each), longer than
// a box of links: the article's paragraphs before the player are its
// lead, kept with the rest; the clips leave.
func TestVideoListInsideTheArticle(t *testing.T) {
	lead := []string{
		"The harbour council voted on Tuesday to rebuild the old north pier, which storms damaged last winter, at a cost of four million.",
		"Work is to start in the spring and last two years, during which the ferries will use the south quay, the council said in a statement.",
		"Fishermen welcomed the decision but asked that the works leave room for their boats to land the catch during the summer season.",
	}
	rest := []string{
		"The council will publish the plans next month and hear objections until the end of the year, before the contracts are signed.",
		"Engineers found last spring that two of the pier's iron legs had rusted through, and the council closed its seaward end in May.",
		"Since then the ferry company has moored at the south quay, where passengers wait without shelter and the buses do not stop.",
		"The company said it would keep its timetable during the works, though crossings in rough weather may be cancelled at short notice.",
		"Traders on the harbour front said the closure had cost them a third of their summer takings, and asked the council for relief.",
		"The mayor said a fund for the traders would be discussed at the next meeting, along with the cost of a temporary landing stage.",
		"Residents will be able to see the plans at the library from the first of next month, and the council will hold two open evenings.",
		"The pier was built in 1871 and last rebuilt after a storm in 1953, when its whole seaward half was carried away in a single night.",
	}
	var widget []string
	widget = append(widget, "Video: Storm batters the north pier (Harbour TV)", "Harbour TV See more videos", "SHARE", "SHARE", "TWEET", "EMAIL", "What to watch next")
	for i := 1; i <= 14; i++ {
		widget = append(widget, fmt.Sprintf("Clip %d: fishermen count the cost of the storm on the coast", i), "Harbour TV")
	}
	widget = append(widget, "Click to expand", "Replay Video", "UP NEXT")
	paste := "North pier to be rebuilt\n\n" + strings.Join(lead, "\n\n") + "\n\n" + strings.Join(widget, "\n") + "\n\n" + strings.Join(rest, "\n\n") + "\n"
	b, err := Import("paste.txt", []byte(paste))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := shownText(b), strings.Join(append(append([]string(nil), lead...), rest...), " "); got != want {
		t.Errorf("read\n%s\nwant\n%s", got, want)
	}
}
