package dev.cutout.image.hostile;

import static dev.cutout.contract.ErrorCode.CORRUPT_IMAGE;
import static dev.cutout.contract.ErrorCode.TOO_MANY_PIXELS;
import static dev.cutout.contract.ErrorCode.UNSUPPORTED_FORMAT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HEICs made by heif-enc (none when it is not installed: {@link HostileCorpus#skipped()} says so), damaged. */
final class HeicEntries {

    static final String MISSING = "heif-enc is not installed (apt-get install -y libheif-examples): no HEIC entries";
    private static final String FLIP = "libheif may decode a flipped bit in HEVC data, or refuse the file (damaged or unsupported)";

    private HeicEntries() {
    }

    static Optional<List<HostileFile>> all() {
        return ExternalTool.encode("heif-enc", Samples.photo(), "heic", "-q", "50").map(HeicEntries::from);
    }

    private static List<HostileFile> from(byte[] heic) {
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("heic-photo.heic", "HEIC, 64x48 (heif-enc)", heic, Expected.accept()));
        files.add(new HostileFile("heic-named.jpg", "HEIC named .jpg", heic, Expected.accept()));
        files.add(new HostileFile("heic-truncated-half.heic", "HEIC cut in half", Mutations.truncate(heic, heic.length / 2),
                Expected.refuse(CORRUPT_IMAGE)));
        for (int seed = 1; seed <= 2; seed++) {
            files.add(new HostileFile("heic-bitflip-" + seed + ".heic", "HEIC with 8 flipped bits",
                    Mutations.flipBits(heic, 32, 8, seed), Expected.either(FLIP, CORRUPT_IMAGE, UNSUPPORTED_FORMAT)));
        }
        int ispe = Mutations.indexOf(heic, "ispe");
        byte[] huge = Mutations.putU32be(Mutations.putU32be(heic, ispe + 8, 100_000), ispe + 12, 100_000);
        files.add(new HostileFile("heic-ispe-100000x100000.heic", "HEIC whose ispe box claims 100000x100000", huge,
                Expected.refuseAnyOf("libheif's own size limit may refuse it before Cutout's does", TOO_MANY_PIXELS, CORRUPT_IMAGE)));
        return files;
    }
}
