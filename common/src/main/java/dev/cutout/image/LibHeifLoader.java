package dev.cutout.image;

import com.sun.jna.Native;
import java.util.Optional;

/** Loads libheif once, on first use; an absent library just means HEIC/AVIF are unsupported here. */
final class LibHeifLoader {

    /** Debian ships only the versioned file unless libheif-dev is installed, hence the second name. */
    private static final String[] NAMES = {"heif", "libheif.so.1"};

    private LibHeifLoader() {
    }

    static Optional<LibHeif> library() {
        return Holder.LIBRARY;
    }

    /** The holder idiom gives lazy, thread-safe, load-once semantics without locks. */
    private static final class Holder {
        private static final Optional<LibHeif> LIBRARY = load();

        private static Optional<LibHeif> load() {
            for (String name : NAMES) {
                try {
                    return Optional.of(Native.load(name, LibHeif.class));
                } catch (UnsatisfiedLinkError absent) {
                    // try the next name; absence is reported as UNSUPPORTED_FORMAT when a HEIC arrives
                }
            }
            return Optional.empty();
        }
    }
}
