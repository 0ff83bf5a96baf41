package dev.upward.matching;

import dev.upward.testing.RecordedSpans;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Exports the service's spans to memory during tests. */
public class SpanRecording {

    @Produces
    @Singleton
    SpanExporter recordedSpans() {
        return new RecordedSpans();
    }
}
