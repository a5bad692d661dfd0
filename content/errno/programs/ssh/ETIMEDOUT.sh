# A server on port 2222 that has stopped accepting: its listen queue (a backlog of 1) is full.
python3 -c '
import socket, time
server = socket.socket()
server.bind(("127.0.0.1", 2222))
server.listen(1)
queued = [socket.create_connection(("127.0.0.1", 2222)) for _ in range(2)]
open("ready", "w").close()
time.sleep(30)' &
until [ -e ready ]; do sleep 0.02; done

ssh -o BatchMode=yes -p 2222 deploy@127.0.0.1 true
test $? -eq 255
