// Package glow names the Markdown reader glow, at the version the start-up
// measure (TestStartupAgainstGlow in ui/startup_test.go) compares brief
// with, so that this module's go.mod and go.sum pin it and its
// dependencies: the test builds it with
// `go build github.com/charmbracelet/glow/v2` in this directory. It is a
// module of its own, so brief's module neither builds nor depends on it.
package glow

import _ "github.com/charmbracelet/glow/v2"
