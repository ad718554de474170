// Command train learns brief's analysis models from the annotated
// articles and writes them into the analysis package's model folder. It
// is run by `go generate ./...`; its output is the same on every run.
//
// Nothing is learned from the validation part of the data (the articles
// of August and September 2016); train reports the models' scores on it
// and, separately, on the articles it learned from.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"brief/briefing/extract"
)

func main() {
	data := flag.String("data", "", "the annotated articles (JSON Lines)")
	out := flag.String("out", "model", "the folder to write the learned files into")
	pkg := flag.String("pkg", ".", "the analysis package's folder, whose code the sources record hashes")
	cv := flag.Bool("cv", false, "only cross-validate on the articles to learn from, writing nothing")
	flag.Parse()
	if *cv {
		if err := crossValidate(*data); err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *out, *pkg); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// read returns the articles to learn from and the validation part.
func read(data string) (tune, validation []*extract.Article, err error) {
	f, err := os.Open(data)
	if err != nil {
		return nil, nil, fmt.Errorf("opening the training data: %w", err)
	}
	defer f.Close()
	all, err := extract.ReadCorpus(f)
	if err != nil {
		return nil, nil, err
	}
	tune, validation = extract.Split(all)
	return tune, validation, nil
}

func crossValidate(data string) error {
	tune, _, err := read(data)
	if err != nil {
		return err
	}
	extract.CrossValidate(tune, os.Stderr)
	return nil
}

func run(data, out, pkg string) error {
	tune, validation, err := read(data)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "train: learning from %d articles; %d kept for validation\n", len(tune), len(validation))
	m := extract.Train(tune, os.Stderr)
	dir, err := filepath.Abs(pkg)
	if err != nil {
		return err
	}
	sources, err := extract.Sources(dir, data)
	if err != nil {
		return err
	}
	if err := extract.WriteModels(m, out, sources); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "train: learned from: %v\ntrain: validation: %v\n", extract.Evaluate(m, tune), extract.Evaluate(m, validation))
	return nil
}
