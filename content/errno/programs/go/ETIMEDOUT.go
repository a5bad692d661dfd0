// The server's listen queue is full, so its kernel ignores the connection attempt until the client gives up.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	// A listener with a backlog of 1 that never accepts: two connections fill its queue.
	fd, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	syscall.Bind(fd, &syscall.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}})
	syscall.Listen(fd, 1)
	sa, _ := syscall.Getsockname(fd)
	addr := fmt.Sprintf("127.0.0.1:%d", sa.(*syscall.SockaddrInet4).Port)
	for i := 0; i < 2; i++ {
		net.Dial("tcp", addr)
	}
	_, err := net.Dial("tcp", addr)
	fmt.Println(err)
	if !errors.Is(err, syscall.ETIMEDOUT) {
		os.Exit(1)
	}
}
