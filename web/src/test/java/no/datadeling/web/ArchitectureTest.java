package no.datadeling.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modular monolith's boundaries (ARCHITECTURE.md): a bounded-context module depends on domain and infra, never on
 * another module; infra and domain never depend on a module; infra does not depend on domain.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.datadeling");
    }

    @Test
    void modules_do_not_depend_on_each_other() {
        java.util.Set<String> modules = new java.util.TreeSet<>();
        classes.forEach(c -> {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2 && !java.util.Set.of("infra", "domain", "web").contains(parts[2])) {
                modules.add(parts[2]);
            }
        });
        org.junit.jupiter.api.Assertions.assertFalse(modules.isEmpty(), "no bounded-context module found");
        for (String module : modules) {
            String[] others = modules.stream().filter(m -> !m.equals(module)).map(m -> "no.datadeling." + m + "..").toArray(String[]::new);
            if (others.length > 0) {
                noClasses().that().resideInAPackage("no.datadeling." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others)
                        .because("a module asks another context through a CDI interface in domain, not through its internals")
                        .check(classes);
            }
        }
    }

    @Test
    void infra_depends_on_no_module_and_not_on_domain() {
        noClasses().that().resideInAPackage("no.datadeling.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("no.datadeling.domain..", "no.datadeling.web..",
                        "no.datadeling.arbeidsforhold..", "no.datadeling.navhelse..", "no.datadeling.pensjon..", "no.datadeling.arbeid..",
                        "no.datadeling.verktoy..", "no.datadeling.folkeregister..", "no.datadeling.simulering..",
                        "no.datadeling.helserefusjon..")
                .check(classes);
    }

    @Test
    void domain_depends_on_no_module() {
        noClasses().that().resideInAPackage("no.datadeling.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("no.datadeling.domain..", "no.datadeling.infra..",
                        "java..", "javax..", "jakarta..", "org.flywaydb..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void no_class_uses_the_jose_library_outside_infra_security() {
        // nimbus is relocated inside the infra jar: a reference from elsewhere would fail at run time
        noClasses().that().resideOutsideOfPackage("no.datadeling.infra.security..")
                .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
                .check(classes);
    }
}
