package briefing

import "testing"

// TestParaLocator checks that paragraphs are found by section and number
// in lists in reading order (with sections that have no paragraphs), in
// lists in any other order, and that absent paragraphs are not found.
func TestParaLocator(t *testing.T) {
	type ref struct{ sec, par int }
	at := func(r ref) (int, int) { return r.sec, r.par }
	for _, tc := range []struct {
		name  string
		paras []ref
	}{
		{"reading order", []ref{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {3, 0}, {3, 1}}},
		{"any order", []ref{{3, 1}, {0, 2}, {1, 0}, {0, 0}, {3, 0}, {0, 1}}},
		{"a section without its first paragraph", []ref{{0, 0}, {2, 1}, {2, 2}}},
	} {
		pl := newParaLocator(tc.paras, at)
		for want, r := range tc.paras {
			if got, ok := pl.find(r.sec, r.par); !ok || got != want {
				t.Errorf("%s: find(%d, %d) = %d, %v, want %d, true", tc.name, r.sec, r.par, got, ok, want)
			}
		}
		for _, r := range []ref{{0, 3}, {2, 0}, {4, 0}, {-1, 0}, {0, -1}, {1, 1}} {
			if got, ok := pl.find(r.sec, r.par); ok {
				t.Errorf("%s: find(%d, %d) = %d, true, want not found", tc.name, r.sec, r.par, got)
			}
		}
	}
}
