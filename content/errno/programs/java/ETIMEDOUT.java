// The server's listen queue is full, so its kernel ignores the connection attempt until the client gives up.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        ServerSocket server = new ServerSocket(0, 1, lo); // a backlog of 1, and it never accepts
        for (int i = 0; i < 2; i++) new Socket(lo, server.getLocalPort());
        try {
            new Socket(lo, server.getLocalPort());
        } catch (ConnectException e) {
            System.out.println(e);
            System.exit(e.getMessage().contains("timed out") ? 0 : 1);
        }
        System.exit(1);
    }
}
