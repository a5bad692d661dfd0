# Something on the machine destroys the connection (here `ss --kill`, in real life a VPN or firewall agent).
require 'socket'

server = TCPServer.new('127.0.0.1', 0)
client = TCPSocket.new('127.0.0.1', server.addr[1])
accepted = server.accept
system('ss', '--kill', '--tcp', 'dst', "127.0.0.1:#{server.addr[1]}", out: File::NULL)
begin
  client.readpartial(64)
rescue Errno::ECONNABORTED => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
