package dev.upward.load;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;

/** The HRIS side: EmployeeHired events on hris.employees.v1, as an integrator publishes them. */
final class Hris implements AutoCloseable {

    static final String TOPIC = "hris.employees.v1";

    private final KafkaProducer<String, String> producer;

    Hris() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Endpoints.KAFKA);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // a broker restart must delay records, not lose them
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000");
        producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    Future<?> hire(String employeeId, String department, int level) {
        String payload = "{\"eventType\":\"EmployeeHired\",\"employeeId\":\"" + employeeId + "\",\"email\":\""
                + employeeId.toLowerCase() + "@example.com\",\"givenName\":\"Load\",\"familyName\":\"" + employeeId
                + "\",\"department\":\"" + department + "\",\"jobLevel\":" + level
                + ",\"timeZone\":\"Europe/Berlin\",\"languages\":[\"en\"],\"hireDate\":\"" + LocalDate.now().minusYears(1)
                + "\",\"hrisVersion\":" + System.currentTimeMillis() + "}";
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, employeeId, payload);
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "hris.employee.hired.v1");
        header(record, "ce_source", "/hris/load-test");
        header(record, "ce_specversion", "1.0");
        return producer.send(record);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
