// A second server tries to listen on a port the first one holds.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try {
            new ServerSocket(first.getLocalPort(), 50, InetAddress.getLoopbackAddress());
        } catch (BindException e) {
            System.out.println(e);
            System.exit(e.getMessage().startsWith("Address already in use") ? 0 : 1);
        }
        System.exit(1);
    }
}
