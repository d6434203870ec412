package dev.cutout.cli;

import java.io.PrintStream;

/** A one-line progress bar on a terminal; plain lines when the output is redirected. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final boolean visible;

    public ProgressBar(PrintStream out, int total, boolean terminal, boolean visible) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
        this.visible = visible;
    }

    public void show(int done, String current) {
        if (!visible) {
            return;
        }
        if (!terminal) {
            out.printf("[%d/%d] %s%n", done, total, current);
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        out.printf("\r[%s%s] %d/%d %-40.40s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, current);
        if (done == total) {
            out.println();
        }
        out.flush();
    }

    /** Prints a message on its own line without breaking the bar. */
    public void message(String text) {
        out.println(terminal && visible ? "\r" + text + " ".repeat(20) : text);
    }
}
