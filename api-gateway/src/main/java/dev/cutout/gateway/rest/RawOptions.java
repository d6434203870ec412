package dev.cutout.gateway.rest;

import dev.cutout.contract.JobOption;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Job options as query parameters, for a raw image body. */
public class RawOptions {

    @RestQuery
    @Parameter(description = "small or medium; default: the worker's")
    public String model;

    @RestQuery
    @Parameter(description = "cutout (default), mask or background")
    public String output;

    @RestQuery
    @Parameter(description = "rrggbb or %23rrggbb, for output=background (default ffffff)")
    public String background;

    @RestQuery
    @Parameter(description = "true (default) or false")
    public String decontaminate;

    @RestQuery
    @Parameter(description = "Extra careful (up to 4 model runs): true or false (default)")
    public String quality;

    @RestQuery
    @Parameter(description = "Band matting for soft subjects (hair, fur): true or false (default)")
    public String matting;

    @RestQuery("file-name")
    @Parameter(description = "The original file name, used to name the result (<name>_no_bg.png)")
    public String fileName;

    /** The parameter of one option, by {@link JobOption#field()}; empty when absent. */
    public Optional<String> value(JobOption option) {
        return Optional.ofNullable(switch (option) {
            case MODEL -> model;
            case OUTPUT -> output;
            case BACKGROUND -> background;
            case DECONTAMINATE -> decontaminate;
            case QUALITY -> quality;
            case MATTING -> matting;
            case FILE_NAME -> fileName;
        });
    }
}
