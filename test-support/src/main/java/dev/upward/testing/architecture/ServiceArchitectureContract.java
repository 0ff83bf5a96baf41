package dev.upward.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/**
 * The rules of {@code docs/conventions.md}, run against one service's main classes. A service's
 * test extends this and names its root package; every rule becomes one test, so a violation
 * names the rule it breaks and the classes that break it.
 */
public abstract class ServiceArchitectureContract {

    /** The service's root package, e.g. {@code dev.upward.session}. */
    protected abstract String servicePackage();

    @TestFactory
    Stream<DynamicTest> conventions() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(servicePackage());
        if (classes.isEmpty()) {
            throw new AssertionError("no main classes found under " + servicePackage() + "; is the package name right?");
        }
        return ServiceRules.all(servicePackage()).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }
}
