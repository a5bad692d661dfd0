# The download is written to a device that is always full (/dev/full), as to a full disk.
python3 -c '
import http.server, socketserver
class Ok(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200); self.end_headers(); self.wfile.write(b"report\n")
    def log_message(self, *args): pass
server = socketserver.TCPServer(("127.0.0.1", 8080), Ok)
open("ready", "w").close()
server.handle_request()' &
until [ -e ready ]; do sleep 0.02; done

curl --no-progress-meter -o /dev/full http://127.0.0.1:8080/report.csv
test $? -eq 23 # CURLE_WRITE_ERROR
