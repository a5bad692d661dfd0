# 198.51.100.0/24 is marked unreachable in the routing table.
ssh -o BatchMode=yes deploy@198.51.100.7 true
test $? -eq 255
