package org.stillwater.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The {@link ServiceArchitecture} rules as tests: a service's {@code ArchitectureTest} extends this with its root
 * package, so the four services check the same rules the same way.
 */
public abstract class ServiceArchitectureChecks {

    /** JUnit makes an instance per test: the classes are read once per service. */
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final JavaClasses service;

    protected ServiceArchitectureChecks(String rootPackage) {
        this.service = IMPORTED.computeIfAbsent(rootPackage, ServiceArchitecture::classesOf);
    }

    @Test
    void rulesAndTransitionsImportNoFrameworkNorTheServiceEdge() {
        ServiceArchitecture.rulesAreFrameworkFree().check(service);
    }

    @Test
    void resourcesDoNotTouchTheOutbox() {
        ServiceArchitecture.resourcesLeaveTheOutboxToTransitions().check(service);
    }

    @Test
    void countsAreTranslatedToSqlOnceNotPerCall() {
        ServiceArchitecture.countsUseCachedQueries().check(service);
    }
}
