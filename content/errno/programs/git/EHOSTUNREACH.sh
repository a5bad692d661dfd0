# 198.51.100.0/24 is marked unreachable in the routing table.
git clone git://198.51.100.7/app.git
test $? -eq 128
