// A write to a device that is always full (/dev/full), as a write to a full disk fails.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	f, _ := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	_, err := f.Write([]byte("report\n"))
	fmt.Println(err)
	if !errors.Is(err, syscall.ENOSPC) {
		os.Exit(1)
	}
}
