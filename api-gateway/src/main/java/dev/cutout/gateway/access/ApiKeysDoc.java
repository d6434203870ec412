package dev.cutout.gateway.access;

import dev.cutout.gateway.rest.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the optional API keys in the OpenAPI document: the three ways a key may be sent as security
 * schemes, and on every operation that {@link AccessRule} guards a requirement of one of them plus the 401
 * answer. The rules come from {@link AccessRule}, so the document cannot drift from what {@link ApiKeyFilter}
 * enforces. Whether keys are required is a runtime setting, so the schemes say "only when the server has keys".
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public final class ApiKeysDoc implements OASFilter {

    static final String HEADER_SCHEME = "apiKeyHeader";
    static final String BEARER_SCHEME = "bearer";
    static final String QUERY_SCHEME = "apiKeyQuery";
    private static final String ONLY_WHEN_SET = "Needed only when the server sets cutout.auth.api-keys "
            + "(CUTOUT_AUTH_API_KEYS; off by default). GET /api/v1/info never needs a key and says whether one is needed.";
    private static final String UNAUTHORIZED = "401";
    /** The schema the annotated problem answers already put in the document. */
    private static final String PROBLEM_SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(HEADER_SCHEME, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(PresentedKey.HEADER)
                        .description("The API key in a header. " + ONLY_WHEN_SET))
                .addSecurityScheme(BEARER_SCHEME, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The API key as 'Authorization: Bearer <key>'. " + ONLY_WHEN_SET))
                .addSecurityScheme(QUERY_SCHEME, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.QUERY).name(PresentedKey.QUERY_PARAMETER)
                        .description("The API key as ?" + PresentedKey.QUERY_PARAMETER + "=, taken on the event streams only "
                                + "(EventSource cannot send headers). " + ONLY_WHEN_SET));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach(this::guard);
    }

    private void guard(String path, PathItem item) {
        Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
        if (operations == null) {
            return;
        }
        operations.forEach((method, operation) -> {
            if (AccessRule.needsKey(method.name(), path)) {
                operation.setSecurity(requirements(AccessRule.keyInQueryAllowed(method.name(), path)));
                addUnauthorized(operation);
            }
        });
    }

    private static List<SecurityRequirement> requirements(boolean queryAllowed) {
        List<SecurityRequirement> any = new ArrayList<>();
        any.add(OASFactory.createSecurityRequirement().addScheme(HEADER_SCHEME));
        any.add(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME));
        if (queryAllowed) {
            any.add(OASFactory.createSecurityRequirement().addScheme(QUERY_SCHEME));
        }
        return any;
    }

    private static void addUnauthorized(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (operation.getResponses().hasAPIResponse(UNAUTHORIZED)) {
            return;
        }
        APIResponse unauthorized = OASFactory.createAPIResponse()
                .description("The server requires an API key and none, or a wrong one, was sent (problem+json "
                        + "'unauthorized', with WWW-Authenticate)")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        operation.getResponses().addAPIResponse(UNAUTHORIZED, unauthorized);
    }
}
