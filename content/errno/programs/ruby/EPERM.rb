# A hard link to a folder: Linux refuses it to every user, root included.
Dir.mkdir('photos')
begin
  File.link('photos', 'photos-backup')
rescue Errno::EPERM => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
