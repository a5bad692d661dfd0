# A non-blocking read on a connection that has no data yet.
require 'socket'

server = TCPServer.new('127.0.0.1', 0)
client = TCPSocket.new('127.0.0.1', server.addr[1])
accepted = server.accept # connected, silent
begin
  client.read_nonblock(64)
rescue IO::WaitReadable => e
  puts "#{e.class}: #{e.message}"
  exit(e.is_a?(Errno::EAGAIN) ? 0 : 1)
end
exit 1
