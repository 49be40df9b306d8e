package org.stillwater.testing.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.stillwater.testing.architecture.fixture.InjectedRules;
import org.stillwater.testing.architecture.fixture.PlainPolicy;
import org.stillwater.testing.architecture.fixture.PublishingResource;

/** The rules each service's ArchitectureTest checks fail on the classes they are written against. */
class ServiceArchitectureTest {

    @Test
    void aPlainJavaRuleClassPasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(PlainPolicy.class);
        assertFalse(ServiceArchitecture.rulesAreFrameworkFree().evaluate(classes).hasViolation());
    }

    @Test
    void aRuleClassThatImportsJakartaFails() {
        EvaluationResult result = ServiceArchitecture.rulesAreFrameworkFree()
                .evaluate(new ClassFileImporter().importClasses(PlainPolicy.class, InjectedRules.class));
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("InjectedRules"), result.getFailureReport().toString());
    }

    @Test
    void aResourceThatPublishesThroughTheOutboxFails() {
        EvaluationResult result = ServiceArchitecture.resourcesLeaveTheOutboxToTransitions()
                .evaluate(new ClassFileImporter().importClasses(PublishingResource.class));
        assertTrue(result.hasViolation());
    }
}
