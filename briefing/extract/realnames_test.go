package extract

import "testing"

// TestNamesOutsidePoliticalNews checks the kinds of names the tagger,
// learned from political news, misreads in technical, business and
// culture writing: acronyms of things are no organisations unless the
// news learned from names one so ("FBI") or the text treats one so ("the
// Chinese chipmaker SMIC"); a lone unknown word nothing places is no place,
// while one the text places stays ("the Libyan city of Sirte").
func TestNamesOutsidePoliticalNews(t *testing.T) {
	tests := []struct {
		paras []string
		want  map[string]string
	}{
		{[]string{"The new board has a faster CPU and twice the RAM, and its API returns JSON over HTTP."},
			map[string]string{"CPU": "", "RAM": "", "API": "", "JSON": ""}},
		{[]string{"The FBI opened an inquiry in March, officials said."},
			map[string]string{"FBI": "org"}},
		{[]string{"The phone runs on a processor made by the Chinese chipmaker SMIC, a more advanced chip than expected."},
			map[string]string{"SMIC": "org"}},
		{[]string{"Fighters loyal to the group took control of the Libyan city of Sirte last year."},
			map[string]string{"Sirte": "place"}},
		{[]string{"I listen to every episode on Overcast, which keeps my queue in step across devices."},
			map[string]string{"Overcast": ""}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.paras, tt.want)
	}
}
