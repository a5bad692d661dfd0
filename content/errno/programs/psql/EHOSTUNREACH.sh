# 198.51.100.0/24 is marked unreachable in the routing table.
psql -h 198.51.100.7 -c 'select 1'
test $? -eq 2
