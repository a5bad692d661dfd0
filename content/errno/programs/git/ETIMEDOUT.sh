# A git daemon on port 9418 that has stopped accepting: its listen queue (a backlog of 1) is full.
python3 -c '
import socket, time
server = socket.socket()
server.bind(("127.0.0.1", 9418))
server.listen(1)
queued = [socket.create_connection(("127.0.0.1", 9418)) for _ in range(2)]
open("ready", "w").close()
time.sleep(30)' &
until [ -e ready ]; do sleep 0.02; done

git clone git://127.0.0.1/app.git
test $? -eq 128
