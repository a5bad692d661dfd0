# A folder is moved into its own subfolder.
require 'fileutils'

FileUtils.mkdir_p('photos/2024')
begin
  File.rename('photos', 'photos/2024/photos')
rescue Errno::EINVAL => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
