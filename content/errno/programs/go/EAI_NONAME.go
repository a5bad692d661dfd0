// The API's address from configuration, scheme included, is used as a host name.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
)

func main() {
	host := "https://api.example.com"
	_, err := net.Dial("tcp", net.JoinHostPort(host, "443"))
	fmt.Println(err)
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
		return
	}
	os.Exit(1)
}
