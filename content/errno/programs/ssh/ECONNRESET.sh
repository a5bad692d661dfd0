# A server on port 2222 that reads the client's greeting, then resets the connection (as a firewall,
# fail2ban or an overloaded sshd does).
python3 -c '
import socket, struct
server = socket.create_server(("127.0.0.1", 2222))
open("ready", "w").close()
conn, _ = server.accept()
conn.recv(1024)
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()' &
until [ -e ready ]; do sleep 0.02; done

ssh -o BatchMode=yes -p 2222 deploy@127.0.0.1 true
test $? -eq 255
