package io.onboarding.kyc.devstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout rules a newcomer relies on, checked on the compiled classes of every module: a class's
 * package tells its module, the workflow sees only its contract, and no package cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "io.onboarding.kyc";

    /** Each module's package root: a package under it lives in that module and in no other. */
    private static final Map<String, String> MODULE_OF_ROOT = Map.ofEntries(
            Map.entry(ROOT + ".contract", "workflow-api"),
            Map.entry(ROOT + ".activities", "activities"),
            Map.entry(ROOT + ".worker", "worker"),
            Map.entry(ROOT + ".web", "web-api"),
            Map.entry(ROOT + ".store", "journey-store"),
            Map.entry(ROOT + ".sandbox", "tencent-sandbox"),
            Map.entry(ROOT + ".tencent.signing", "tencent-signing"),
            Map.entry(ROOT + ".keys", "key-ring"),
            Map.entry(ROOT + ".devserver", "temporal-dev-server"),
            Map.entry(ROOT + ".testing", "test-support"),
            Map.entry(ROOT + ".devstack", "devstack"));

    private static JavaClasses engine;

    @BeforeAll
    static void importClasses() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void aClassPackageTellsItsModule() {
        classes().should(liveInTheModuleOfTheirPackage()).check(engine);
    }

    @Test
    void theWorkflowSeesOnlyItsContract() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".worker..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".activities..", ROOT + ".web..", ROOT + ".sandbox..")
                .check(engine);
    }

    @Test
    void theContractDependsOnNoImplementation() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".contract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".activities..",
                        ROOT + ".worker..",
                        ROOT + ".web..",
                        ROOT + ".store..",
                        ROOT + ".sandbox..")
                .check(engine);
    }

    @Test
    void theWebApiNeverCallsTheVendor() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".activities..", ROOT + ".worker..", ROOT + ".sandbox..")
                .check(engine);
    }

    @Test
    void theEngineNeverLeansOnTheSandbox() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".sandbox..", ROOT + ".devstack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".sandbox..")
                .check(engine);
    }

    @Test
    void policiesDecideFromValuesNotFromTemporal() {
        // a rule that reached for Workflow.* could not be unit-tested, and might not replay
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".worker.policy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.temporal..", ROOT + ".worker.journey..")
                .check(engine);
    }

    @Test
    void noPackageCyclesWithinAModule() {
        slices().matching(ROOT + ".activities.(*)..").should().beFreeOfCycles().check(engine);
        slices().matching(ROOT + ".worker.(*)..").should().beFreeOfCycles().check(engine);
        slices().matching(ROOT + ".contract.(*)..").should().beFreeOfCycles().check(engine);
        slices().matching(ROOT + ".web.(*)..").should().beFreeOfCycles().check(engine);
    }

    private static ArchCondition<JavaClass> liveInTheModuleOfTheirPackage() {
        return new ArchCondition<>("live in the module that owns their package root") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = MODULE_OF_ROOT.entrySet().stream()
                        .filter(root -> type.getPackageName().equals(root.getKey())
                                || type.getPackageName().startsWith(root.getKey() + "."))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
                String location = type.getSource()
                        .map(source -> source.getUri().toString())
                        .orElse("");
                boolean satisfied = module != null
                        && (location.contains("/" + module + "/target/") || location.contains("/" + module + "-"));
                events.add(new SimpleConditionEvent(
                        type,
                        satisfied,
                        type.getName() + " is in " + location
                                + (module == null ? ", under no module's package root" : ", not in module " + module)));
            }
        };
    }
}
