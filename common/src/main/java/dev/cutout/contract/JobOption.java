package dev.cutout.contract;

/** The options of a job, each with its name as a form field or query parameter and as a job-message header. */
public enum JobOption {
    MODEL("model", Topology.HEADER_MODEL),
    OUTPUT("output", Topology.HEADER_OUTPUT),
    BACKGROUND("background", Topology.HEADER_BACKGROUND),
    DECONTAMINATE("decontaminate", Topology.HEADER_DECONTAMINATE),
    QUALITY("quality", Topology.HEADER_QUALITY),
    MATTING("matting", Topology.HEADER_MATTING),
    CROP("crop", Topology.HEADER_CROP),
    MARGIN("margin", Topology.HEADER_MARGIN),
    CANVAS("canvas", Topology.HEADER_CANVAS),
    ALIGN("align", Topology.HEADER_ALIGN),
    FORMAT("format", Topology.HEADER_FORMAT),
    JPEG_QUALITY("jpeg-quality", Topology.HEADER_JPEG_QUALITY),
    FILE_NAME("file-name", Topology.HEADER_FILE_NAME);

    private final String field;
    private final String header;

    JobOption(String field, String header) {
        this.field = field;
        this.header = header;
    }

    /** The form field or query parameter. */
    public String field() {
        return field;
    }

    /** The AMQP header of a job message. */
    public String header() {
        return header;
    }
}
