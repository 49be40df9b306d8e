package org.stillwater.session.gate;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Blocked session starts by reason ({@code stillwater_gate_blocks_total{reason}}): the patterns clinicians and
 * operators watch. Every reason is registered at start, so a dashboard shows zeros rather than gaps.
 */
@Startup
@ApplicationScoped
public class GateMetrics {

    @Inject
    MeterRegistry metrics;

    @PostConstruct
    void registerEveryReason() {
        for (ReasonCode reason : ReasonCode.values()) {
            counter(reason);
        }
    }

    public void blocked(GateDecision decision) {
        decision.reasons().forEach(reason -> counter(reason.code()).increment());
    }

    private io.micrometer.core.instrument.Counter counter(ReasonCode reason) {
        return metrics.counter("stillwater.gate.blocks", "reason", reason.name());
    }
}
