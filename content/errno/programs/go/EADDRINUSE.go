// A second server tries to listen on a port the first one holds.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	first, _ := net.Listen("tcp", "127.0.0.1:0")
	defer first.Close()
	_, err := net.Listen("tcp", first.Addr().String())
	fmt.Println(err)
	if !errors.Is(err, syscall.EADDRINUSE) {
		os.Exit(1)
	}
}
