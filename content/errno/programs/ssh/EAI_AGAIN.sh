# The configured DNS server cannot be reached: the machine has no network.
ssh -o BatchMode=yes deploy@build.example.com true
test $? -eq 255
