package dev.cutout.bench.scaling;

/** What one worker does, as measured: jobs per minute, and seconds from pod creation to ready. */
record WorkerModel(double imagesPerMinute, double startupSeconds) {

    WorkerModel {
        if (imagesPerMinute <= 0 || startupSeconds < 0) {
            throw new IllegalArgumentException("images per minute must be positive and start-up not negative");
        }
    }
}
