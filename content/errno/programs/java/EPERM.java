// A hard link to a folder: Linux refuses it to every user, root included.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Path photos = Files.createDirectory(Path.of("photos"));
        try {
            Files.createLink(Path.of("photos-backup"), photos);
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit("Operation not permitted".equals(e.getReason()) ? 0 : 1);
        }
        System.exit(1);
    }
}
