package dev.upward.session;

import dev.upward.testing.architecture.ServiceArchitectureContract;

/** The package rules of docs/conventions.md, checked against this service's classes. */
class ArchitectureTest extends ServiceArchitectureContract {

    @Override
    protected String servicePackage() {
        return "dev.upward.session";
    }
}
