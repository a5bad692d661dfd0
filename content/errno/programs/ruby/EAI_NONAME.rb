# The API's address from configuration, scheme included, is used as a host name.
require 'socket'

begin
  TCPSocket.new('https://api.example.com', 443)
rescue SocketError => e
  puts "#{e.class}: #{e.message}"
  exit(e.message.include?('Name or service not known') ? 0 : 1)
end
exit 1
