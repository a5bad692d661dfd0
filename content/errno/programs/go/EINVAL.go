// A folder is moved into its own subfolder.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.MkdirAll("photos/2024", 0o755)
	err := os.Rename("photos", "photos/2024/photos")
	fmt.Println(err)
	if !errors.Is(err, syscall.EINVAL) {
		os.Exit(1)
	}
}
