# The file exists, but its permissions do not let this user read it.
File.write('secret.txt', 'token')
File.chmod(0o000, 'secret.txt')
begin
  File.read('secret.txt')
rescue Errno::EACCES => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
