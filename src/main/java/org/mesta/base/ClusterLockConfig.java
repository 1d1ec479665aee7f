package org.mesta.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock on the shared database (table {@code shedlock}, V27): scheduled jobs marked {@code @SchedulerLock} run on
 * one node at a time. Lock times come from the database's clock, so the nodes' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
// A job that dies with its node keeps its lock at most this long, unless its annotation says otherwise.
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterLockConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
