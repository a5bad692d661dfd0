# The server's listen queue is full, so its kernel ignores the connection attempt until the client gives up.
require 'socket'

server = Socket.new(:INET, :STREAM)
server.bind(Addrinfo.tcp('127.0.0.1', 0))
server.listen(1) # a backlog of 1, and it never accepts
port = server.local_address.ip_port
queued = Array.new(2) { TCPSocket.new('127.0.0.1', port) }
begin
  TCPSocket.new('127.0.0.1', port)
rescue Errno::ETIMEDOUT => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
