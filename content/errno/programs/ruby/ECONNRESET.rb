# A server reads the request, then aborts the connection (SO_LINGER 0 sends a reset); the client's read fails.
require 'socket'

server = TCPServer.new('127.0.0.1', 0)
Thread.new do
  s = server.accept
  s.readpartial(64)
  s.setsockopt(Socket::Option.linger(true, 0))
  s.close
end
client = TCPSocket.new('127.0.0.1', server.addr[1])
client.write("GET / HTTP/1.1\r\n\r\n")
begin
  client.readpartial(64)
rescue Errno::ECONNRESET => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
