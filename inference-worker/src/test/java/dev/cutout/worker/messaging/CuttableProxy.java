package dev.cutout.worker.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * A TCP forwarder on a loopback port of its own to a real server, which a test can cut — every live connection
 * closed, and each new one closed as soon as it is accepted, so that a client's connection attempts fail (and are
 * counted) — and restore.
 */
final class CuttableProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> live = new HashSet<>();
    private boolean cut;
    private int refused;

    CuttableProxy(InetSocketAddress target) {
        this.target = target;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a loopback port", e);
        }
        daemon("proxy-accept-" + server.getLocalPort(), this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes every forwarded connection; until {@link #restore()}, each new one is closed once accepted. */
    synchronized void cut() {
        cut = true;
        refused = 0;
        live.forEach(CuttableProxy::closeQuietly);
        live.clear();
    }

    /** Forwards new connections again. */
    synchronized void restore() {
        cut = false;
    }

    /** Connections refused since the last {@link #cut()}: the clients' attempts to reconnect. */
    synchronized int refused() {
        return refused;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (true) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return; // close()
            }
            if (refuse()) {
                closeQuietly(client);
            } else {
                forward(client);
            }
        }
    }

    private synchronized boolean refuse() {
        if (cut) {
            refused++;
        }
        return cut;
    }

    private void forward(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
        } catch (IOException e) {
            closeQuietly(client); // the client sees the connection drop, as it would with the server down
            return;
        }
        synchronized (this) {
            if (cut) {
                closeQuietly(client); // cut while connecting upstream: it must not outlive the cut
                closeQuietly(upstream);
                return;
            }
            live.add(client);
            live.add(upstream);
        }
        pump(client, upstream);
        pump(upstream, client);
    }

    /** Copies one direction until either side closes, then closes both. */
    private void pump(Socket from, Socket to) {
        daemon("proxy-pump-" + from.getPort(), () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException closed) {
                // cut() or the other side closed the connection: nothing more to copy
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                synchronized (this) {
                    live.remove(from);
                    live.remove(to);
                }
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyClosed) {
            // closing is all we wanted
        }
    }
}
