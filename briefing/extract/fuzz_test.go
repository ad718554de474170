package extract

import (
	"strings"
	"testing"
)

// FuzzAnalyze feeds arbitrary paragraphs to the whole analysis: nothing
// may panic or loop, every quote and name must point inside its
// paragraph, and every quote's text must be what its offsets cut out.
func FuzzAnalyze(f *testing.F) {
	for _, seed := range []string{
		`"We tried," said Jon Berg, a farmer, "but it failed."`,
		"''It is done,'' Mr. Khan said.\n\n''More,'' he added.",
		"“Open.\n\n“Still open,” she said.",
		`A sign read "Closed`,
		`— Ana Ruiz, the mayor`,
		`"" "" ''' “”” «»`,
		`According to the report, "it works." He said: "Fine."`,
		"« C'est fini », a déclaré Laurent Fabius. „Nein“, sagte sie.",
		"欲張りなイヌ １２３ ٣٤ ＜福娘童話集＞",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var paras []string
		for _, p := range strings.Split(s, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		d := NewDoc(paras)
		r := Analyze(d)
		for _, q := range r.Quotes {
			if q.Para < 0 || q.Para >= len(paras) || q.EndPara < q.Para || q.EndPara >= len(paras) {
				t.Fatalf("quote %q points to paragraphs %d–%d of %d", q.Text, q.Para, q.EndPara, len(paras))
			}
			if q.EndPara == q.Para {
				if q.Start < 0 || q.Start > q.End || q.End > len(paras[q.Para]) {
					t.Fatalf("quote %q has offsets %d–%d outside its paragraph", q.Text, q.Start, q.End)
				}
				// an interrupted quote spans its attribution; its text is
				// its parts, the first at its start and the last at its end
				cut := paras[q.Para][q.Start:q.End]
				first, _, _ := strings.Cut(q.Text, " ")
				if !strings.HasPrefix(cut, first) || len(q.Text) > len(cut) {
					t.Fatalf("quote %q has offsets %d–%d that cut out %q", q.Text, q.Start, q.End, cut)
				}
			}
		}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				start, end := d.SpanBytes(m)
				if start < 0 || start >= end || end > len(paras[m.Para]) {
					t.Fatalf("mention of %q at %d–%d lies outside its paragraph", e.Name, start, end)
				}
			}
		}
	})
}
