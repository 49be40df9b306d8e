package org.stillwater.edge;

import org.stillwater.testing.architecture.ServiceArchitectureChecks;

/** service-edge keeps the shape it gives the services: its rules are plain Java, its resources leave the outbox to Transitions. */
class ArchitectureTest extends ServiceArchitectureChecks {

    ArchitectureTest() {
        super("org.stillwater.edge");
    }
}
