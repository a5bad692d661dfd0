// A file name built from data grows past the 255 bytes a Linux file name may have.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

func main() {
	name := strings.Repeat("report-", 40) + ".txt"
	err := os.WriteFile(name, []byte("x"), 0o644)
	fmt.Println(err)
	if !errors.Is(err, syscall.ENAMETOOLONG) {
		os.Exit(1)
	}
}
