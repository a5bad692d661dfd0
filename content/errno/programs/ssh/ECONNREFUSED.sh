# Nothing listens on port 22 (sshd is not running, or listens elsewhere).
ssh -o BatchMode=yes deploy@127.0.0.1 true
test $? -eq 255
