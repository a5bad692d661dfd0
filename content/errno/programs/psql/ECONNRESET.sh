# A server on port 5432 that reads the client's first message, then resets the connection (SO_LINGER 0).
python3 -c '
import socket, struct
server = socket.create_server(("127.0.0.1", 5432))
open("ready", "w").close()
conn, _ = server.accept()
conn.recv(1024)
conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
conn.close()' &
until [ -e ready ]; do sleep 0.02; done

psql -h 127.0.0.1 -c 'select 1'
test $? -eq 2
