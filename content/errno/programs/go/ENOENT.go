// The program reads a configuration file that is not there.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	_, err := os.ReadFile("config.json")
	fmt.Println(err)
	if !errors.Is(err, fs.ErrNotExist) {
		os.Exit(1)
	}
}
