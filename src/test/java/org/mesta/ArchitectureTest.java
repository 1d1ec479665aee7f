package org.mesta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mesta");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.mesta.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.mesta.base..").should().dependOnClassesThat()
                .resideInAnyPackage("org.mesta.city..", "org.mesta.security..", "org.mesta.workspace..",
                        "org.mesta.demo..")
                .check(CLASSES);
    }
}
