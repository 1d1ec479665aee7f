package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages as Spring Modulith application modules: no cycles, no reaching into another module's
 * internals. Also writes the module documentation (C4 component diagrams in PlantUML, one canvas per module)
 * to target/spring-modulith-docs, which the README links to.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void feature_modules_keep_to_their_declared_dependencies() {
        MODULES.verify();
    }

    @Test
    void every_top_level_package_is_a_module() {
        assertThat(MODULES.stream().map(m -> m.getBasePackage().getName()))
                .contains(
                        "org.mesta.base", "org.mesta.workspace", "org.mesta.demo", "org.mesta.inbox", "org.mesta.map");
    }

    @Test
    void module_documentation_is_written_into_the_build() {
        new Documenter(MODULES).writeDocumentation();
    }
}
