# A file name built from data grows past the 255 bytes a Linux file name may have.
name = 'report-' * 40 + '.txt'
begin
  File.write(name, 'x')
rescue Errno::ENAMETOOLONG => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
