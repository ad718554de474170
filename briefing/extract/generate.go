package extract

// The learned files in model/ are made from the annotated articles in the
// shared training data by the command in internal/train, byte for byte
// the same on every run; `go generate ./...` remakes them. The data is
// read, never shipped: only the learned weights are built into brief.
//
//go:generate go run ./internal/train -data ../../../shared/testdata/quotes/polnear-train.jsonl -out model
