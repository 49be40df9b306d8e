package org.stillwater.launcher.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports: the launcher binds every server to 127.0.0.1. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that is free right now, for tests that run beside other builds. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port", e);
        }
    }

    /** Fails with a message naming the port and what wanted it, instead of a bind stack trace later on. */
    public static void requireFree(int port, String wantedBy, String overrideVariable) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new PortTakenException("Port " + port + " (" + wantedBy + ") is already in use on " + LOOPBACK
                    + ". Stop whatever holds it (e.g. `ss -ltnp 'sport = :" + port + "'`) or choose another port with "
                    + overrideVariable + "=<port>.");
        }
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static class PortTakenException extends RuntimeException {
        public PortTakenException(String message) {
            super(message);
        }
    }
}
