# A URL pasted where ssh wants a host name.
ssh -o BatchMode=yes https://git.example.com true
test $? -eq 255
