//go:build !unix

package briefing

import "time"

// processCPU is not measured on this system; benchmarks then report no
// CPU throughput.
func processCPU() time.Duration { return 0 }
