# A finished file is renamed into a folder on another file system (/dev/shm is a separate tmpfs).
File.write('upload.tmp', 'data')
begin
  File.rename('upload.tmp', '/dev/shm/upload.dat')
rescue Errno::EXDEV => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
