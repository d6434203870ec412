package dev.cutout.gateway.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents {@link QualityHeaders} on every response that carries a PNG (the result download and
 * both synchronous endpoints), in one place instead of an annotation per endpoint. Registered as
 * {@code mp.openapi.filter}.
 */
public final class QualityHeadersDoc implements OASFilter {

    private static final String PNG = "image/png";

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getContent() != null && response.getContent().hasMediaType(PNG)) {
            response.addHeader(QualityHeaders.QUALITY, header(
                    "The chosen candidate and the model runs, e.g. chosen=pad25-edge; runs=2"));
            response.addHeader(QualityHeaders.DOUBT, header(
                    "Only when the cut-out is doubtful: subject-may-be-incomplete or no-clear-subject"));
        }
        return response;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
