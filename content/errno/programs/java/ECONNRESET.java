// A server reads the request, then aborts the connection (SO_LINGER 0 sends a reset); the client's read fails.
import java.io.*;
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        new Thread(() -> {
            try {
                Socket s = server.accept();
                s.getInputStream().read(new byte[64]);
                s.setSoLinger(true, 0);
                s.close();
            } catch (IOException e) {
            }
        }).start();
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        client.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes());
        try {
            client.getInputStream().read();
        } catch (SocketException e) {
            System.out.println(e);
            System.exit("Connection reset".equals(e.getMessage()) ? 0 : 1);
        }
        System.exit(1);
    }
}
