// The routing table marks 198.51.100.0/24 unreachable, as a VPN or a gateway that knows the host is down does.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := net.Dial("tcp", "198.51.100.7:5432")
	fmt.Println(err)
	if !errors.Is(err, syscall.EHOSTUNREACH) {
		os.Exit(1)
	}
}
