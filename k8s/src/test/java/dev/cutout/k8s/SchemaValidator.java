package dev.cutout.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * k8s/validate/validate.mjs: the Kubernetes and KEDA schemas (npm kubernetes-models,
 * {@code @kubernetes-models/keda}) and the no-unknown-fields check, offline.
 */
final class SchemaValidator {

    private static final Path DIR = Overlay.k8sDir().resolve("validate");

    private SchemaValidator() {
    }

    /** Exit 0 and "valid: N objects", or exit 1 and one line per problem. */
    static Commands.Result validate(String yaml) {
        installOnce();
        return Commands.run(List.of("node", "validate.mjs"), yaml, DIR);
    }

    private static synchronized void installOnce() {
        if (!Files.isDirectory(DIR.resolve("node_modules/kubernetes-models"))) {
            Commands.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), "", DIR)
                    .requireSuccess("npm ci in k8s/validate");
        }
    }
}
