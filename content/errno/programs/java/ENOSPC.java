// A write to a device that is always full (/dev/full), as a write to a full disk fails.
import java.io.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try (FileOutputStream out = new FileOutputStream("/dev/full")) {
            out.write("report\n".getBytes());
        } catch (IOException e) {
            System.out.println(e);
            System.exit("No space left on device".equals(e.getMessage()) ? 0 : 1);
        }
        System.exit(1);
    }
}
