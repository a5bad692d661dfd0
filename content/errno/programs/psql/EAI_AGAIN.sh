# The configured DNS server cannot be reached: the machine has no network.
psql -h db.example.com -c 'select 1'
test $? -eq 2
