# The configured DNS server cannot be reached: the machine has no network.
git clone git://git.example.com/app.git
test $? -eq 128
