package dev.cutout.gateway.batches;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link BatchProblemException} with its problem document. */
public class BatchProblemMapper {

    @ServerExceptionMapper
    public Response batch(BatchProblemException e) {
        return e.response();
    }
}
