// The output folder is created on every run; the second run finds it there.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	os.Mkdir("build", 0o755)
	err := os.Mkdir("build", 0o755)
	fmt.Println(err)
	if !errors.Is(err, fs.ErrExist) {
		os.Exit(1)
	}
}
