package org.mesta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * What Spring Modulith does not check (ModulesTest verifies the modules: no cycles between features, no use of
 * another module's internals). Cycles between feature packages were a rule here; Modulith covers them now.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mesta");

    /** Every top-level package under org.mesta but base: the features, workspace and demo. */
    private static final Set<String> FEATURES = features();

    @Test
    void every_package_is_checked() {
        assertThat(FEATURES).contains("org.mesta.workspace", "org.mesta.demo", "org.mesta.badge", "org.mesta.inbox");
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "org.mesta.workspace..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.mesta.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream().map(p -> p + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    /**
     * Services, mails, listeners and configuration stay free of screens: they tell the UI through events and
     * return values. The workspace package is screens only. SecurityConfig is the one exception: Vaadin's
     * security configurer must be given the login view's class.
     */
    @Test
    void nothing_but_screens_depends_on_ui_classes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.mesta.workspace..")
                .and()
                .doNotHaveFullyQualifiedName("org.mesta.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.mesta..ui..")
                .check(CLASSES);
    }

    private static Set<String> features() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2 && !parts[2].equals("base")) {
                found.add("org.mesta." + parts[2]);
            }
        }
        return found;
    }
}
