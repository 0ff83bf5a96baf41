package dev.upward.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' trace exporter: keeps every finished span in memory so a test can check that
 * one trace runs from a REST call through the outbox into another service's consumer. A
 * service's tests make it a bean with a producer method returning {@code new RecordedSpans()}.
 */
public class RecordedSpans implements SpanExporter {

    private static final List<SpanData> SPANS = new CopyOnWriteArrayList<>();

    public static List<SpanData> all() {
        return List.copyOf(SPANS);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        SPANS.addAll(spans);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
