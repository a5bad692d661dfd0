// The server has closed the connection; the first write draws a reset, the next one fails.
import java.io.*;
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        server.accept().close();
        OutputStream out = client.getOutputStream();
        try {
            while (true) {
                Thread.sleep(20);
                out.write("data\n".getBytes());
            }
        } catch (SocketException e) {
            System.out.println(e);
            System.exit("Broken pipe".equals(e.getMessage()) ? 0 : 1);
        }
    }
}
