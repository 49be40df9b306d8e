package org.stillwater.messaging.readmodel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.stillwater.testing.architecture.ServiceArchitecture;

class ReadModelArchitectureTest {

    @Test
    void theReadModelUpdateRuleIsFrameworkFree() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(ServiceArchitecture.FRAMEWORK_PACKAGES)
                .because("the rule for applying a read-model update is plain Java, tested on its own, like every rule")
                .check(ServiceArchitecture.classesOf(ReadModelUpdate.class.getPackageName()));
    }
}
