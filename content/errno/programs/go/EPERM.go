// A hard link to a folder: Linux refuses it to every user, root included.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.Mkdir("photos", 0o755)
	err := os.Link("photos", "photos-backup")
	fmt.Println(err)
	if !errors.Is(err, syscall.EPERM) {
		os.Exit(1)
	}
}
