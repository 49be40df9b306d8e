package org.stillwater.session;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.architecture.ServiceArchitecture;

/** The shape of every write in this service (STYLE.md): plain-Java rules, and resources that leave publishing to one place. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = ServiceArchitecture.classesOf("org.stillwater.session");

    @Test
    void rulesAndTransitionsImportNoFrameworkNorTheServiceEdge() {
        ServiceArchitecture.rulesAreFrameworkFree().check(SERVICE);
    }

    @Test
    void resourcesDoNotTouchTheOutbox() {
        ServiceArchitecture.resourcesLeaveTheOutboxToTransitions().check(SERVICE);
    }
}
