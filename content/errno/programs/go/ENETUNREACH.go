// No route leaves the machine (a container without a network, a laptop offline): only loopback works.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := net.Dial("tcp", "203.0.113.5:443")
	fmt.Println(err)
	if !errors.Is(err, syscall.ENETUNREACH) {
		os.Exit(1)
	}
}
