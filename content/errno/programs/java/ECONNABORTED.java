// Something on the machine destroys the connection (here `ss --kill`, in real life a VPN or firewall agent).
import java.io.*;
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket accepted = server.accept();
        new ProcessBuilder("ss", "--kill", "--tcp", "dst", "127.0.0.1:" + server.getLocalPort()).start();
        try {
            client.getInputStream().read();
        } catch (SocketException e) {
            System.out.println(e);
            System.exit(e.getMessage().contains("Software caused connection abort") ? 0 : 1);
        }
        System.exit(1);
    }
}
