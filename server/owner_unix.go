//go:build unix

package server

import (
	"io/fs"
	"os"
	"syscall"
)

// ownerOf is the user ID owning the file fi describes.
func ownerOf(fi fs.FileInfo) (uid int, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), true
}

// currentUser is the user ID the server runs as.
func currentUser() int { return os.Getuid() }
