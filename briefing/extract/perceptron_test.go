package extract

import (
	"math"
	"runtime"
	"testing"
	"unsafe"
)

func TestModelRoundTrip(t *testing.T) {
	m := NewModel(3, 4)
	for i := range m.w {
		m.w[i] = float32(i) / 7
	}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Model
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if back.labels != 3 || back.bits != 4 || len(back.w) != len(m.w) {
		t.Fatalf("read back %d labels, %d bits, %d weights", back.labels, back.bits, len(back.w))
	}
	for i := range m.w {
		if back.w[i] != m.w[i] {
			t.Fatalf("weight %d = %v, want %v", i, back.w[i], m.w[i])
		}
	}
	for _, bad := range [][]byte{data[:5], data[:len(data)-1], append(append([]byte{}, data...), 0)} {
		if err := new(Model).UnmarshalBinary(bad); err == nil {
			t.Errorf("a model of %d bytes (want %d) read without an error", len(bad), len(data))
		}
	}
}

// TestBuiltinModelsReadInPlace: the built-in models read in place have
// the weights the plain decoder reads from the same files, and on this
// machine they are read in place (no copy of the weights is made).
func TestBuiltinModelsReadInPlace(t *testing.T) {
	m := builtin()
	for _, c := range []struct {
		name  string
		data  string
		model *Model
	}{{namesFile, namesData, m.Names}, {speakersFile, speakersData, m.Speakers}, {pronounsFile, pronounsData, m.Pronouns}} {
		plain := &Model{}
		if err := plain.UnmarshalBinary([]byte(c.data)); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if plain.labels != c.model.labels || plain.bits != c.model.bits || len(plain.w) != len(c.model.w) {
			t.Fatalf("%s: in place %d labels, %d bits, %d weights; decoded %d, %d, %d", c.name,
				c.model.labels, c.model.bits, len(c.model.w), plain.labels, plain.bits, len(plain.w))
		}
		for i := range plain.w {
			if math.Float32bits(plain.w[i]) != math.Float32bits(c.model.w[i]) {
				t.Fatalf("%s: weight %d is %v in place, %v decoded", c.name, i, c.model.w[i], plain.w[i])
			}
		}
		if inPlaceOK(c.data) && unsafe.Pointer(&c.model.w[0]) != unsafe.Pointer(unsafe.StringData(c.data[8:])) {
			t.Errorf("%s: the weights were copied, not read in place", c.name)
		}
		if runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64" {
			if !inPlaceOK(c.data) {
				t.Errorf("%s: the weights cannot be read in place on %s (misaligned)", c.name, runtime.GOARCH)
			}
		}
	}
	// A model that lies misaligned, or is damaged, is decoded or refused.
	moved := " " + namesData
	if got, err := modelInPlace(moved[1:]); err != nil || len(got.w) != len(m.Names.w) {
		t.Errorf("a copy of the names model: %v", err)
	}
	if _, err := modelInPlace(pronounsData[:len(pronounsData)-4]); err == nil {
		t.Error("a model missing its last weight was read")
	}
}
