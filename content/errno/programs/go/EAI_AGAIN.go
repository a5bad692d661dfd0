// The configured DNS server cannot be reached: the machine has no network.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
)

func main() {
	_, err := net.Dial("tcp", "db.example.com:5432")
	fmt.Println(err)
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && !dnsErr.IsNotFound {
		return // the lookup failed, not the name: worth a retry
	}
	os.Exit(1)
}
