# Two symbolic links that point at each other.
File.symlink('b.conf', 'a.conf')
File.symlink('a.conf', 'b.conf')
begin
  File.read('a.conf')
rescue Errno::ELOOP => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
