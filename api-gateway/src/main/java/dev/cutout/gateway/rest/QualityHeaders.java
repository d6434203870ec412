package dev.cutout.gateway.rest;

import dev.cutout.contract.QualityReport;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The quality report as headers of a result download, for clients that only fetch the PNG:
 * {@value #QUALITY} ({@code chosen=pad25-edge; runs=2}) always, {@value #DOUBT} ({@code no-clear-subject})
 * only when the cut-out is doubtful.
 */
final class QualityHeaders {

    static final String QUALITY = "Cutout-Quality";
    static final String DOUBT = "Cutout-Doubt";
    /** An RFC 9110 token; anything else (a candidate such as {@code pad10,0,0,10}) is sent quoted. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private QualityHeaders() {
    }

    static Response.ResponseBuilder add(Response.ResponseBuilder response, QualityReport report) {
        response.header(QUALITY, quality(report));
        report.doubt().ifPresent(doubt -> response.header(DOUBT, doubt(doubt)));
        return response;
    }

    static String quality(QualityReport report) {
        String chosen = TOKEN.matcher(report.chosen()).matches() ? report.chosen()
                : '"' + report.chosen().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return "chosen=" + chosen + "; runs=" + report.modelRuns();
    }

    /** {@code SUBJECT_MAY_BE_INCOMPLETE} → {@code subject-may-be-incomplete}. */
    static String doubt(QualityReport.Doubt doubt) {
        return doubt.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
