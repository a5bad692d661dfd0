// Removing a folder that still holds a file, with the call that removes only empty folders.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.Mkdir("build", 0o755)
	os.WriteFile("build/app.js", []byte("1"), 0o644)
	err := os.Remove("build")
	fmt.Println(err)
	if !errors.Is(err, syscall.ENOTEMPTY) {
		os.Exit(1)
	}
}
