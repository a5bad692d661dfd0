// The server is configured to listen on an address this machine does not have.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := net.Listen("tcp", "192.0.2.10:8080")
	fmt.Println(err)
	if !errors.Is(err, syscall.EADDRNOTAVAIL) {
		os.Exit(1)
	}
}
