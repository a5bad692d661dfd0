// Nothing listens on the port any more: it was bound a moment ago and closed.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	_, err := net.Dial("tcp", addr)
	fmt.Println(err)
	if !errors.Is(err, syscall.ECONNREFUSED) {
		os.Exit(1)
	}
}
