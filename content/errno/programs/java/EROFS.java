// The file system is mounted read-only (here everything but the working folder, as in a locked-down container).
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            Files.writeString(Path.of("/tmp/report.txt"), "done\n");
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit("Read-only file system".equals(e.getReason()) ? 0 : 1);
        }
        System.exit(1);
    }
}
