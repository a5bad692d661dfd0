# A descriptor number is used after the file it belonged to was closed.
log = File.open('app.log', 'w')
fd = log.fileno
log.close
begin
  IO.for_fd(fd, 'w').write("more\n")
rescue Errno::EBADF => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
