// A file opened for reading only is written to.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.WriteFile("notes.txt", []byte("draft\n"), 0o644)
	f, _ := os.Open("notes.txt")
	_, err := f.Write([]byte("more\n"))
	fmt.Println(err)
	if !errors.Is(err, syscall.EBADF) {
		os.Exit(1)
	}
}
