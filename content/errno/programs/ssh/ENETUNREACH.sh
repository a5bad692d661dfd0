# No route leaves the machine: only loopback works.
ssh -o BatchMode=yes deploy@203.0.113.5 true
test $? -eq 255
