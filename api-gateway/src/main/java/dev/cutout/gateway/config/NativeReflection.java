package dev.cutout.gateway.config;

import dev.cutout.contract.ErrorCode;
import dev.cutout.contract.JobEvent;
import dev.cutout.contract.JobFailure;
import dev.cutout.contract.JobStatus;
import dev.cutout.contract.QualityReport;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The contract records that {@link dev.cutout.contract.JobEventJson} reads and writes with its own
 * Jackson mapper (AMQP headers, fan-out bodies): a native gateway must keep their accessors.
 */
@RegisterForReflection(targets = {JobEvent.class, JobFailure.class, JobStatus.class, ErrorCode.class,
        QualityReport.class, QualityReport.Doubt.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
