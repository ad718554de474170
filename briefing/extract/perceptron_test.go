package extract

import "testing"

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
