package dev.upward.testing.architecture;

import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules every Upward service follows (see {@code docs/conventions.md}):
 * <pre>
 *   api, messaging, jobs  →  app  →  domain
 *                             app  →  persistence  →  domain
 * </pre>
 * Entry layers translate and call {@code app}; {@code app} owns transactions, repositories and
 * the outbox; {@code domain} is plain Java with JPA mapping annotations only.
 */
final class ServiceRules {

    private static final String API = "Api";
    private static final String MESSAGING = "Messaging";
    private static final String JOBS = "Jobs";
    private static final String APP = "App";
    private static final String DOMAIN = "Domain";
    private static final String PERSISTENCE = "Persistence";
    private static final String CONFIG = "Config";
    private static final String TOOLS = "Tools";

    /** Database access APIs that only {@code app} and {@code persistence} may touch. */
    private static final String[] DATABASE_ACCESS = {
            "io.quarkus.hibernate.reactive..", "org.hibernate..", "io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient..",
            "io.vertx.mutiny.pgclient..", "dev.upward.commons.outbox..", "dev.upward.commons.inbox.."};

    private ServiceRules() {
    }

    static List<ArchRule> all(String root) {
        return List.of(
                layers(root),
                domainIsPlainJava(root),
                entryLayersLeaveTheDatabaseToApp(root),
                noTransactionsInEntryLayers(root),
                noSystemClock(root),
                resourcesLiveInApi(root),
                consumersLiveInMessaging(root),
                scheduledJobsLiveInJobs(root),
                entitiesLiveInDomain(root),
                mainMethodsLiveInTools(root),
                noCyclesBetweenPackages(root));
    }

    static ArchRule layers(String root) {
        // A service need not have every layer (not all run jobs or ship tools).
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer(API).definedBy(root + ".api..")
                .layer(MESSAGING).definedBy(root + ".messaging..")
                .layer(JOBS).definedBy(root + ".jobs..")
                .layer(APP).definedBy(root + ".app..")
                .layer(DOMAIN).definedBy(root + ".domain..")
                .layer(PERSISTENCE).definedBy(root + ".persistence..")
                .layer(CONFIG).definedBy(root + ".config..")
                .layer(TOOLS).definedBy(root + ".tools..")
                .whereLayer(API).mayNotBeAccessedByAnyLayer()
                .whereLayer(MESSAGING).mayNotBeAccessedByAnyLayer()
                .whereLayer(JOBS).mayNotBeAccessedByAnyLayer()
                .whereLayer(TOOLS).mayNotBeAccessedByAnyLayer()
                .whereLayer(APP).mayOnlyBeAccessedByLayers(API, MESSAGING, JOBS, CONFIG)
                .whereLayer(PERSISTENCE).mayOnlyBeAccessedByLayers(APP)
                .whereLayer(CONFIG).mayOnlyBeAccessedByLayers(API, MESSAGING, JOBS, APP, PERSISTENCE)
                .as("api, messaging and jobs call app; app calls domain and persistence; nothing calls back up");
    }

    static ArchRule domainIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "jakarta.persistence..", root + ".domain..", "dev.upward.contracts..",
                        "dev.upward.commons.domain..")
                .as("domain is plain Java: JDK, JPA mapping annotations, event contract values, commons' domain exceptions and itself");
    }

    static ArchRule entryLayersLeaveTheDatabaseToApp(String root) {
        return noClasses().that().resideInAnyPackage(root + ".api..", root + ".messaging..", root + ".jobs..")
                .should().dependOnClassesThat().resideInAnyPackage(DATABASE_ACCESS)
                .as("api, messaging and jobs reach the database, outbox and inbox only through app");
    }

    static ArchRule noTransactionsInEntryLayers(String root) {
        return noMethods().that().areDeclaredInClassesThat()
                .resideInAnyPackage(root + ".api..", root + ".messaging..", root + ".jobs..")
                .should().beAnnotatedWith("io.quarkus.hibernate.reactive.panache.common.WithTransaction")
                .orShould().beAnnotatedWith("io.quarkus.hibernate.reactive.panache.common.WithSession")
                .orShould().beAnnotatedWith("jakarta.transaction.Transactional")
                .as("transactions and sessions are opened in app, not in api, messaging or jobs");
    }

    static ArchRule noSystemClock(String root) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".tools..")
                .should().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .as("time comes from the injected Clock (commons' producer), never from the system clock directly");
    }

    static ArchRule resourcesLiveInApi(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().resideInAPackage(root + ".api..")
                .as("REST resources live in api");
    }

    static ArchRule consumersLiveInMessaging(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                .should().beDeclaredInClassesThat().resideInAPackage(root + ".messaging..")
                .allowEmptyShould(true)
                .as("Kafka consumers live in messaging");
    }

    static ArchRule scheduledJobsLiveInJobs(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().areAnnotatedWith("io.quarkus.scheduler.Scheduled")
                .should().beDeclaredInClassesThat().resideInAPackage(root + ".jobs..")
                .allowEmptyShould(true)
                .as("scheduled jobs live in jobs");
    }

    static ArchRule entitiesLiveInDomain(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(root + ".domain..")
                .allowEmptyShould(true)
                .as("entities live in domain");
    }

    static ArchRule mainMethodsLiveInTools(String root) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .and().haveName("main").and().areStatic()
                .should().beDeclaredInClassesThat().resideInAPackage(root + ".tools..")
                .allowEmptyShould(true)
                .as("command-line tools and benchmarks live in tools, not in the service's layers");
    }

    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("the service's top-level packages have no dependency cycles");
    }
}
