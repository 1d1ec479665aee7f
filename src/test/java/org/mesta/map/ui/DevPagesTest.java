package org.mesta.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DevPagesTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(DevPages.class);

    @Test
    void the_map_demo_is_registered_only_where_dev_pages_are_on() {
        runner.withPropertyValues("mesta.dev-pages=true")
                .run(ctx -> assertThat(ctx).hasSingleBean(DevPages.class));
        runner.withPropertyValues("mesta.dev-pages=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(DevPages.class));
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(DevPages.class));
    }
}
