package dev.upward.participant.messaging;

import dev.upward.contracts.ProgramCreated;
import dev.upward.participant.domain.Program;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.UUID;

/**
 * Publishes programme events on {@code upward.programs.v1} as CloudEvents in binary mode,
 * keyed by programme id so that one programme's events stay in order.
 */
@ApplicationScoped
public class ProgramEventPublisher {

    private final MutinyEmitter<ProgramCreated> emitter;

    public ProgramEventPublisher(@Channel("programs") MutinyEmitter<ProgramCreated> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> created(Program program) {
        ProgramCreated event = new ProgramCreated(program.id(), program.name(), program.status().name(),
                program.startsOn(), program.endsOn());
        String key = program.id().toString();
        Message<ProgramCreated> message = Message.of(event)
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(UUID.randomUUID().toString())
                        .withType(ProgramCreated.TYPE)
                        .withSubject(key)
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
        return emitter.sendMessage(message);
    }
}
