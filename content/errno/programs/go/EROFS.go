// The file system is mounted read-only (here everything but the working folder, as in a locked-down container).
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	err := os.WriteFile("/tmp/report.txt", []byte("done\n"), 0o644)
	fmt.Println(err)
	if !errors.Is(err, syscall.EROFS) {
		os.Exit(1)
	}
}
