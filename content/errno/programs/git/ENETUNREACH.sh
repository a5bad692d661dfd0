# No route leaves the machine: only loopback works.
git clone git://203.0.113.5/app.git
test $? -eq 128
