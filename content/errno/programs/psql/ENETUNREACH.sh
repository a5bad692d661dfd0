# No route leaves the machine: only loopback works.
psql -h 203.0.113.5 -c 'select 1'
test $? -eq 2
