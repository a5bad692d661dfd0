// A finished file is renamed into a folder on another file system (/dev/shm is a separate tmpfs).
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.WriteFile("upload.tmp", []byte("data"), 0o644)
	err := os.Rename("upload.tmp", "/dev/shm/upload.dat")
	fmt.Println(err)
	if !errors.Is(err, syscall.EXDEV) {
		os.Exit(1)
	}
}
