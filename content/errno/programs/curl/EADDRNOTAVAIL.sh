# The request is to leave from a local address this machine does not have.
curl --no-progress-meter --interface 192.0.2.10 http://127.0.0.1:8080/
test $? -eq 45 # CURLE_INTERFACE_FAILED
