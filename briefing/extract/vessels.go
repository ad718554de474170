package extract

// vesselNouns name a kind of ship. A name set right after one ("the tanker
// Eagle S", "the container ship Newnew Polar Bear"), after one and a comma
// ("a Chinese bulk carrier, the Yi Peng 3") or before a comma and one
// ("the Rubymar, a cargo ship") is a ship's: neither an organisation's, a
// person's nor a place's.
var vesselNouns = map[string]bool{
	"ship": true, "ships": true, "vessel": true, "tanker": true, "freighter": true, "trawler": true, "yacht": true,
	"frigate": true, "destroyer": true, "submarine": true, "cruiser": true, "icebreaker": true, "tugboat": true,
	"barge": true, "dredger": true, "liner": true, "containership": true, "warship": true, "gunboat": true,
}

// worksNouns name a work of engineering: a name every mention of which
// stands before one, after at most a number and another noun ("the
// Balticconnector gas pipeline", "the Estlink 2 power cable"), is the
// work's, not an organisation's.
var worksNouns = map[string]bool{
	"pipeline": true, "pipelines": true, "cable": true, "cables": true, "interconnector": true, "bridge": true, "dam": true,
	"tunnel": true, "canal": true, "telescope": true, "satellite": true,
}

// namesWork reports whether every mention of e, a name not read as a
// place's, stands right before a noun of worksNouns: the name of a
// pipeline, a cable or a bridge. (A place's stays: "the Three Gorges
// dam".)
func (an *analysis) namesWork(e *Entity) bool {
	if e.Kind == PlaceName {
		return false
	}
	for _, m := range e.Mentions {
		ts := an.doc.Paras[m.Para].Toks
		k := m.To
		if k < len(ts) && ts[k].Kind == Number {
			k++ // "Estlink 2"
		}
		found := false
		for j := k; j < len(ts) && j <= k+1 && ts[j].Kind == Word && !ts[j].Cap; j++ {
			if worksNouns[ts[j].Lower()] {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// vesselCarriers are the words before "carrier" that make it a ship: "bulk
// carrier", "aircraft carrier", not an airline ("the carrier Ryanair").
var vesselCarriers = map[string]bool{"bulk": true, "aircraft": true, "ore": true, "car": true, "lng": true, "gas": true, "cargo": true}

// maxVesselGap is the most words between a ship's name and the noun set
// after it: "the Rubymar, a Belize-flagged cargo ship".
const maxVesselGap = 5

// namesVessel reports whether the text introduces e as a ship's name: its
// first mention stands by a vessel noun (see vesselNouns).
func (an *analysis) namesVessel(e *Entity) bool {
	if len(e.Mentions) == 0 {
		return false
	}
	m := e.Mentions[0]
	ts := an.doc.Paras[m.Para].Toks
	for k := m.From; k < m.To; k++ {
		if lex().titles[ts[k].Lower()] {
			return false // "Captain Ravi Menon, the tanker's master"
		}
	}
	vessel := func(k int) bool {
		if k < 0 || k >= len(ts) || ts[k].Kind != Word {
			return false
		}
		l := ts[k].Lower()
		return vesselNouns[l] || l == "carrier" && k > 0 && vesselCarriers[ts[k-1].Lower()]
	}
	// "the tanker Eagle S"; "a bulk carrier, the Yi Peng 3"
	if vessel(m.From-1) || m.From >= 3 && ts[m.From-1].Lower() == "the" && ts[m.From-2].Is(",") && vessel(m.From-3) {
		return true
	}
	// "the Rubymar, a cargo ship", where the vessel noun ends the phrase
	// ("Euronav, a tanker operator" is a company)
	if m.To+2 < len(ts) && ts[m.To].Is(",") {
		if a := ts[m.To+1].Lower(); a == "a" || a == "an" || a == "the" {
			for k := m.To + 2; k < len(ts) && k <= m.To+2+maxVesselGap; k++ {
				if vessel(k) {
					return k+1 == len(ts) || ts[k+1].Kind != Word && !isPossessive(ts[k+1].Lower()) ||
						ts[k+1].Lower() == "that" || ts[k+1].Lower() == "which"
				}
				if ts[k].Kind != Word && !ts[k].Is("-") {
					return false
				}
			}
		}
	}
	return false
}
