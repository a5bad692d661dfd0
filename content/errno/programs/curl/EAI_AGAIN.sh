# The configured DNS server cannot be reached: the machine has no network.
curl --no-progress-meter https://api.example.com/
test $? -eq 6 # CURLE_COULDNT_RESOLVE_HOST
