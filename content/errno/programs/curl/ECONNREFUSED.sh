# Nothing listens on port 8080.
curl --no-progress-meter http://127.0.0.1:8080/
test $? -eq 7 # CURLE_COULDNT_CONNECT
