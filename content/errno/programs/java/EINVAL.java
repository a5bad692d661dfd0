// A folder is moved into its own subfolder.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of("photos/2024"));
        try {
            Files.move(Path.of("photos"), Path.of("photos/2024/photos"));
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit("Invalid argument".equals(e.getReason()) ? 0 : 1);
        }
        System.exit(1);
    }
}
