// A file name built from data grows past the 255 bytes a Linux file name may have.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        String name = "report-".repeat(40) + ".txt";
        try {
            Files.writeString(Path.of(name), "x");
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit("File name too long".equals(e.getReason()) ? 0 : 1);
        }
        System.exit(1);
    }
}
