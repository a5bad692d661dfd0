# The configured DNS server cannot be reached: the machine has no network.
require 'socket'

begin
  TCPSocket.new('db.example.com', 5432)
rescue SocketError => e
  puts "#{e.class}: #{e.message}"
  exit(e.message.include?('Temporary failure in name resolution') ? 0 : 1)
end
exit 1
