// Nothing listens on the port any more: it was bound a moment ago and closed.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket gone = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int port = gone.getLocalPort();
        gone.close();
        try {
            new Socket(InetAddress.getLoopbackAddress(), port);
        } catch (ConnectException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
