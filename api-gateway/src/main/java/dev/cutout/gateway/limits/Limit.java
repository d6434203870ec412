package dev.cutout.gateway.limits;

/** The per-client limits; {@link #key} is the name of each in configuration and in the refusals' metric. */
enum Limit {

    REQUESTS_PER_MINUTE("requests-per-minute"),
    CONCURRENT_JOBS("concurrent-jobs");

    private final String key;

    Limit(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
