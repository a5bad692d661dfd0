# A write to a device that is always full (/dev/full), as a write to a full disk fails.
begin
  File.open('/dev/full', 'w') { |f| f.write("report\n") }
rescue Errno::ENOSPC => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
