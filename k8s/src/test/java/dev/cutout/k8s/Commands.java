package dev.cutout.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs a tool of the machine (kubectl, node, npm) with text on stdin and collects what it printed. */
final class Commands {

    /** Exit code and everything printed (stdout and stderr together). */
    record Result(int exitCode, String output) {

        String requireSuccess(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " failed (exit " + exitCode + "):\n" + output);
            }
            return output;
        }
    }

    private Commands() {
    }

    static Result run(List<String> command, String stdin) {
        return run(command, stdin, Path.of("."));
    }

    static Result run(List<String> command, String stdin, Path directory) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            return new Result(process.waitFor(), output.join());
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0) + " (is it installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
