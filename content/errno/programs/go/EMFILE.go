// Files are opened in a loop and never closed, until the process's descriptor limit is reached.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	var open []*os.File
	for i := 0; ; i++ {
		f, err := os.Create(fmt.Sprintf("part-%d.csv", i))
		if err != nil {
			fmt.Println(err)
			if !errors.Is(err, syscall.EMFILE) {
				os.Exit(1)
			}
			return
		}
		open = append(open, f)
	}
}
