// A path goes through a file as if it were a folder.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.WriteFile("config.json", []byte("{}"), 0o644)
	_, err := os.ReadFile("config.json/app.conf")
	fmt.Println(err)
	if !errors.Is(err, syscall.ENOTDIR) {
		os.Exit(1)
	}
}
