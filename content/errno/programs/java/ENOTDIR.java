// A path goes through a file as if it were a folder.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("config.json"), "{}");
        try {
            Files.readString(Path.of("config.json/app.conf"));
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit("Not a directory".equals(e.getReason()) ? 0 : 1);
        }
        System.exit(1);
    }
}
