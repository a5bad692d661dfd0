# The server has closed the connection; the first write draws a reset, the next one fails.
require 'socket'

server = TCPServer.new('127.0.0.1', 0)
client = TCPSocket.new('127.0.0.1', server.addr[1])
server.accept.close
begin
  loop do
    sleep 0.02
    client.write("data\n")
  end
rescue Errno::EPIPE => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
