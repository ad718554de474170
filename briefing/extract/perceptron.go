package extract

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unsafe"
)

// feature is a hashed feature: a string such as "w=said" or "dist=2"
// hashed with FNV-1a without building the string. Models index their
// weights by it modulo their size.
type feature uint64

const (
	fnvOffset feature = 14695981039346656037
	fnvPrime  feature = 1099511628211
)

// feat starts a feature with its name ("w=").
func feat(name string) feature { return fnvOffset.str(name) }

// str adds a string to the feature.
func (f feature) str(s string) feature {
	for i := 0; i < len(s); i++ {
		f ^= feature(s[i])
		f *= fnvPrime
	}
	return f
}

// with adds a hash made by str (a word's, worked out once) to the feature.
func (f feature) with(h feature) feature {
	f ^= h
	f *= fnvPrime
	f ^= f >> 29
	return f
}

// num adds a small number to the feature.
func (f feature) num(n int) feature {
	f ^= feature(uint8(n)) | 0x100
	f *= fnvPrime
	return f
}

// flag adds a yes or no to the feature.
func (f feature) flag(b bool) feature {
	if b {
		return f.num(1)
	}
	return f.num(0)
}

// Model is a linear model over hashed features: a weight for every
// (feature bucket, label). It scores labels for the tagger and the
// resolvers, and candidates for the rankers (one label). It is read-only
// once made, and safe for concurrent use.
type Model struct {
	labels int
	bits   uint
	w      []float32 // bucket*labels + label
}

// NewModel returns a model of zero weights with 1<<bits buckets.
func NewModel(labels int, bits uint) *Model {
	return &Model{labels: labels, bits: bits, w: make([]float32, (1<<bits)*labels)}
}

func (m *Model) bucket(f feature) int {
	// fold the high bits in: FNV's low bits alone mix poorly
	return int((uint64(f) ^ uint64(f)>>m.bits ^ uint64(f)>>(2*m.bits)) & (1<<m.bits - 1))
}

// scores adds the weights of fs to out, one score per label.
func (m *Model) scores(fs []feature, out []float32) {
	for i := range out {
		out[i] = 0
	}
	out = out[:m.labels]
	for _, f := range fs {
		b := m.bucket(f) * m.labels
		for l, w := range m.w[b : b+m.labels] {
			out[l] += w
		}
	}
}

// score is the model's score of fs for a one-label model.
func (m *Model) score(fs []feature) float32 { return m.add(0, fs) }

// add is s plus the weights of fs, added in order, for a one-label model:
// score(a) then add(·, b) is score(a followed by b), to the last bit.
func (m *Model) add(s float32, fs []feature) float32 {
	for _, f := range fs {
		s += m.w[m.bucket(f)]
	}
	return s
}

// best returns the label with the highest score (the lowest on ties).
func best(scores []float32) int {
	b := 0
	for i, s := range scores {
		if s > scores[b] {
			b = i
		}
	}
	return b
}

// MarshalBinary writes the model: labels, bits, then the weights as
// little-endian float32.
func (m *Model) MarshalBinary() ([]byte, error) {
	out := make([]byte, 8+4*len(m.w))
	binary.LittleEndian.PutUint32(out, uint32(m.labels))
	binary.LittleEndian.PutUint32(out[4:], uint32(m.bits))
	for i, w := range m.w {
		binary.LittleEndian.PutUint32(out[8+4*i:], math.Float32bits(w))
	}
	return out, nil
}

// UnmarshalBinary reads a model written by MarshalBinary.
func (m *Model) UnmarshalBinary(data []byte) error {
	labels, bits, n, err := modelHeader(data)
	if err != nil {
		return err
	}
	w := make([]float32, n)
	for i := range w {
		w[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[8+4*i:]))
	}
	m.labels, m.bits, m.w = labels, bits, w
	return nil
}

// modelHeader checks a model written by MarshalBinary and returns its
// labels, its bits and the number of weights after the header.
func modelHeader(data []byte) (labels int, bits uint, n int, err error) {
	if len(data) < 8 {
		return 0, 0, 0, errors.New("model too short")
	}
	labels, bits = int(binary.LittleEndian.Uint32(data)), uint(binary.LittleEndian.Uint32(data[4:]))
	if labels < 1 || labels > 64 || bits > 24 {
		return 0, 0, 0, fmt.Errorf("model header: %d labels, %d bits", labels, bits)
	}
	n = (1 << bits) * labels
	if have := (len(data) - 8) / 4; have < n {
		return 0, 0, 0, fmt.Errorf("model has %d of %d weights", have, n)
	}
	if len(data) > 8+4*n {
		return 0, 0, 0, fmt.Errorf("model longer than its %d weights", n)
	}
	return labels, bits, n, nil
}

// modelInPlace reads a model written by MarshalBinary from data that stays
// as it is for the life of the program (the built-in models): where the
// machine's floats are little-endian and the weights lie aligned, as the
// linker lays out the embedded files, the model's weights are data itself,
// read in place (and so never written), and no weight is copied. The 2.6
// MB of built-in weights then cost nothing to load: a first opening's
// analysis waited 1-4 ms for them, decoded into the heap. Anywhere else
// it decodes them as UnmarshalBinary does.
func modelInPlace(data string) (*Model, error) {
	m := &Model{}
	if !inPlaceOK(data) {
		return m, m.UnmarshalBinary([]byte(data))
	}
	labels, bits, n, err := modelHeader(unsafe.Slice(unsafe.StringData(data), len(data)))
	if err != nil {
		return nil, err
	}
	m.labels, m.bits = labels, bits
	m.w = unsafe.Slice((*float32)(unsafe.Pointer(unsafe.StringData(data[8:]))), n)
	return m, nil
}

// inPlaceOK reports whether the weights in data can be read in place: the
// machine stores a float32 little-endian, and the model starts on a
// 4-byte boundary (so its weights do, after the 8-byte header).
func inPlaceOK(data string) bool {
	one := uint32(1)
	little := *(*byte)(unsafe.Pointer(&one)) == 1
	return little && len(data) >= 8 && uintptr(unsafe.Pointer(unsafe.StringData(data)))%4 == 0
}

// Trainer learns a Model by the averaged perceptron (Collins, 2002): on
// each mistake the features of the right answer gain weight and those of
// the wrong one lose it; the final weights are the average over all
// steps, which keeps late mistakes from swinging the model. Training is
// deterministic for the same examples in the same order.
type Trainer struct {
	m     *Model
	w     []float64 // current weights
	u     []float64 // sum of step*update, for the average
	steps float64
}

// NewTrainer starts training a model with the given labels and size.
func NewTrainer(labels int, bits uint) *Trainer {
	n := (1 << bits) * labels
	return &Trainer{m: NewModel(labels, bits), w: make([]float64, n), u: make([]float64, n)}
}

// Model is the model as it stands, with the current (not averaged)
// weights, for predicting while training.
func (t *Trainer) Model() *Model { return t.m }

// Step counts one training example.
func (t *Trainer) Step() { t.steps++ }

// Update moves the weights of fs for label by delta.
func (t *Trainer) Update(fs []feature, label int, delta float64) {
	for _, f := range fs {
		i := t.m.bucket(f)*t.m.labels + label
		t.w[i] += delta
		t.u[i] += t.steps * delta
		t.m.w[i] = float32(t.w[i])
	}
}

// Averaged returns the final model: the weights averaged over every step.
func (t *Trainer) Averaged() *Model {
	m := NewModel(t.m.labels, t.m.bits)
	for i := range t.w {
		if t.steps > 0 {
			m.w[i] = float32(t.w[i] - t.u[i]/t.steps)
		}
	}
	return m
}

// trainRanker learns a ranking model over n examples: example k has
// some candidates, of which one is right (examples gives both), and
// features(k, i, fs) appends the features of its candidate i. On each
// example the candidates are scored; on a mistake the right candidate's
// features gain weight and those of the one chosen lose it.
func trainRanker(n, epochs int, bits uint, examples func(k int) (cands, gold int), features func(k, i int, fs []feature) []feature) *Model {
	tr := NewTrainer(1, bits)
	var fs, gfs []feature
	for ep := 0; ep < epochs; ep++ {
		for _, k := range order(n, ep) {
			cands, gold := examples(k)
			bestI, bestS := 0, float32(0)
			for i := 0; i < cands; i++ {
				fs = features(k, i, fs[:0])
				if s := tr.Model().score(fs); i == 0 || s > bestS {
					bestI, bestS = i, s
				}
			}
			tr.Step()
			if bestI != gold {
				gfs = features(k, gold, gfs[:0])
				fs = features(k, bestI, fs[:0])
				tr.Update(gfs, 0, 1)
				tr.Update(fs, 0, -1)
			}
		}
	}
	return tr.Averaged()
}
