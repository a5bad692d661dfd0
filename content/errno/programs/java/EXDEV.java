// A finished file is moved, atomically, into a folder on another file system (/dev/shm is a separate tmpfs).
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Path upload = Files.writeString(Path.of("upload.tmp"), "data");
        try {
            Files.move(upload, Path.of("/dev/shm/upload.dat"), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
