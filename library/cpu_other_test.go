//go:build !unix

package library

import "time"

// processCPU is not measured here.
func processCPU() time.Duration { return 0 }
