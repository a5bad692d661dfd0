# Nothing listens on the port any more: it was bound a moment ago and closed.
require 'socket'

gone = TCPServer.new('127.0.0.1', 0)
port = gone.addr[1]
gone.close
begin
  TCPSocket.new('127.0.0.1', port)
rescue Errno::ECONNREFUSED => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
