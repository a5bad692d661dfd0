# The server is configured to listen on an address this machine does not have.
require 'socket'

begin
  TCPServer.new('192.0.2.10', 8080)
rescue Errno::EADDRNOTAVAIL => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
