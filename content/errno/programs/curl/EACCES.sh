# The download goes into a folder this user may not write to.
mkdir downloads && chmod 555 downloads
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

curl --no-progress-meter -o downloads/report.csv http://127.0.0.1:8080/report.csv
test $? -eq 23 # CURLE_WRITE_ERROR
