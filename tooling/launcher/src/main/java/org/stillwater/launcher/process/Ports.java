package org.stillwater.launcher.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Loopback ports: the launcher binds every server to 127.0.0.1. */
public final class Ports {

    public static final String LOOPBACK = "127.0.0.1";
    private static final int FIRST_CHOSEN_PORT = 20000;
    private static final int LAST_CHOSEN_PORT = 32000;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that is free right now, for tests that run beside other builds. Chosen below the kernel's ephemeral
     * range (32768 and up on Linux): a port handed out by bind(0) comes from that range, where any outgoing
     * connection may take it before a server started seconds later (Keycloak) gets to bind it. Never the same port
     * twice in one JVM: the ports of a platform are all chosen before its servers start, so a port chosen twice is
     * still free the second time (a CI run of 2026-12-02 gave PostgreSQL and Kafka the same one; Kafka's listener
     * then failed to bind, and its clients talked to PostgreSQL).
     */
    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = FIRST_CHOSEN_PORT + RANDOM.nextInt(LAST_CHOSEN_PORT - FIRST_CHOSEN_PORT);
            if (!HANDED_OUT.contains(candidate) && isBindable(candidate) && HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free loopback port between " + FIRST_CHOSEN_PORT + " and " + LAST_CHOSEN_PORT);
    }

    private static boolean isBindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
            return true;
        } catch (IOException taken) {
            return false;
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
