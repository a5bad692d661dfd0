# A second server tries to listen on a port the first one holds.
require 'socket'

first = TCPServer.new('127.0.0.1', 0)
begin
  TCPServer.new('127.0.0.1', first.addr[1])
rescue Errno::EADDRINUSE => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
