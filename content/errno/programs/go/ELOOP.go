// Two symbolic links that point at each other.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.Symlink("b.conf", "a.conf")
	os.Symlink("a.conf", "b.conf")
	_, err := os.ReadFile("a.conf")
	fmt.Println(err)
	if !errors.Is(err, syscall.ELOOP) {
		os.Exit(1)
	}
}
