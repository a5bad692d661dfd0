# A git daemon on port 9418 that reads the request, then resets the connection (SO_LINGER 0).
python3 -c '
import socket, struct
server = socket.create_server(("127.0.0.1", 9418))
open("ready", "w").close()
conn, _ = server.accept()
conn.recv(1024)
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()' &
until [ -e ready ]; do sleep 0.02; done

git clone git://127.0.0.1/app.git
test $? -eq 128
