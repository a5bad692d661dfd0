// The log path names a folder, and the program opens it to write.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	os.Mkdir("logs", 0o755)
	_, err := os.OpenFile("logs", os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	if !errors.Is(err, syscall.EISDIR) {
		os.Exit(1)
	}
}
