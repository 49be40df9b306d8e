package org.stillwater.webhook;

import org.stillwater.testing.architecture.ServiceArchitectureChecks;

/** The shape of every write in this service (STYLE.md): plain-Java rules, and resources that leave publishing to one place. */
class ArchitectureTest extends ServiceArchitectureChecks {

    ArchitectureTest() {
        super("org.stillwater.webhook");
    }
}
