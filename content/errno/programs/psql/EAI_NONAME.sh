# A connection URL pasted where psql wants a host name.
psql -h postgres://db.example.com -c 'select 1'
test $? -eq 2
