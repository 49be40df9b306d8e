package org.stillwater.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The shape every service keeps (STYLE.md, "The shape of a write"), checked on its compiled classes: rules and
 * transitions are plain Java, and a resource leaves storing and publishing to the one place that does both.
 * Each service's {@code ArchitectureTest} checks these rules on its own classes.
 */
public final class ServiceArchitecture {

    /** What a rule class may not depend on: the web, persistence and CDI frameworks, and the service edge built on them. */
    public static final String[] FRAMEWORK_PACKAGES = {"jakarta..", "io.quarkus..", "org.stillwater.edge.."};

    /** How rule and transition classes are named: policies, rules, the session gate, the facts they decide from, lifecycles. */
    private static final Set<String> RULE_SUFFIXES = Set.of("Policy", "Rules", "Rule", "Gate", "Facts", "Lifecycle", "Jurisdiction",
            "Blockers");

    private static final DescribedPredicate<JavaClass> RULE_CLASSES = DescribedPredicate.describe(
            "rule or transition classes (named *" + String.join(", *", RULE_SUFFIXES.stream().sorted().toList()) + ")",
            type -> !type.isAnonymousClass() && RULE_SUFFIXES.stream().anyMatch(suffix -> topLevel(type).getSimpleName().endsWith(suffix)));

    private static final DescribedPredicate<JavaMethodCall> PANACHE_COUNT_WITH_CONDITION = DescribedPredicate.describe(
            "Panache's count(condition, parameters) on an entity or repository",
            call -> call.getName().equals("count") && !call.getTarget().getRawParameterTypes().isEmpty()
                    && (call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                    || call.getTargetOwner().isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")));

    private ServiceArchitecture() {
    }

    /** The service's own compiled classes under {@code rootPackage}: not its tests, nor anything in a jar. */
    public static JavaClasses classesOf(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** Rules and transitions import nothing from {@code jakarta..}, {@code io.quarkus..} or {@code org.stillwater.edge..}. */
    public static ArchRule rulesAreFrameworkFree() {
        return noClasses().that(RULE_CLASSES)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("a rule is plain Java, constructed from data and a clock and tested on its own (STYLE.md); "
                        + "its refusals are regulatory's Refusal, which service-edge turns into problem+json");
    }

    /** Resources neither write to the outbox nor read it: one place (service-edge's Transitions) stores and publishes. */
    public static ArchRule resourcesLeaveTheOutboxToTransitions() {
        return noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().resideInAPackage("org.stillwater.messaging.outbox..")
                .because("a resource loads, asks a rule or aggregate to decide, and hands the outcome to Transitions, "
                        + "which stores the change and publishes its events together");
    }

    /**
     * Counts go through {@code org.stillwater.edge.persistence.Counts}, never Panache's {@code count(condition, ...)}:
     * Panache derives a new count query from the condition on every call and Hibernate translates it to SQL each time
     * (issue 17's profile: a tenth of checkin-service's CPU while consuming events), where a plain count query is
     * translated once and cached.
     */
    public static ArchRule countsUseCachedQueries() {
        return noClasses().should().callMethodWhere(PANACHE_COUNT_WITH_CONDITION)
                .because("a count with a condition written with Panache is translated to SQL again on every call; "
                        + "org.stillwater.edge.persistence.Counts is translated once");
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
