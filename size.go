package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// byteSize is a --max-size value: a number of bytes, with an optional unit
// as brief's messages print sizes ("5.3 KB", "20 MB"). KB, MB and GB are
// powers of 1024, like the messages; KiB, MiB, GiB and K, M, G mean the same.
type byteSize int64

// String implements flag.Value: a whole number of GB, MB or KB with its
// unit, as the help shows the default ("20 MB"), else bytes.
func (s *byteSize) String() string {
	n := int64(*s)
	for _, u := range []struct {
		size int64
		unit string
	}{{1 << 30, "GB"}, {1 << 20, "MB"}, {1 << 10, "KB"}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + " " + u.unit
		}
	}
	return strconv.FormatInt(n, 10)
}

// Set implements flag.Value.
func (s *byteSize) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = byteSize(n)
	return nil
}

// parseSize reads "1024", "1KB", "5.3 KB", "20MB" or "1GiB" as bytes.
func parseSize(v string) (int64, error) {
	t := strings.TrimSpace(v)
	i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' })
	num, unit := t, ""
	if i >= 0 {
		num, unit = t[:i], strings.ToUpper(strings.TrimSpace(t[i:]))
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("size %q: want bytes, or a number with KB, MB or GB", v)
	}
	mult := map[string]float64{
		"": 1, "B": 1,
		"K": 1 << 10, "KB": 1 << 10, "KIB": 1 << 10,
		"M": 1 << 20, "MB": 1 << 20, "MIB": 1 << 20,
		"G": 1 << 30, "GB": 1 << 30, "GIB": 1 << 30,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("size %q: unknown unit %q (KB, MB or GB)", v, unit)
	}
	return int64(f * mult), nil
}
