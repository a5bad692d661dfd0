# The routing table marks 198.51.100.0/24 unreachable, as a VPN or a gateway that knows the host is down does.
require 'socket'

begin
  TCPSocket.new('198.51.100.7', 5432)
rescue Errno::EHOSTUNREACH => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
