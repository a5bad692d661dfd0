// A second instance asks for the lock file's lock without waiting, while the first holds it.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func main() {
	first, _ := os.Create("app.lock")
	syscall.Flock(int(first.Fd()), syscall.LOCK_EX)
	second, _ := os.Open("app.lock")
	err := syscall.Flock(int(second.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	fmt.Println(err)
	if !errors.Is(err, syscall.EWOULDBLOCK) {
		os.Exit(1)
	}
}
