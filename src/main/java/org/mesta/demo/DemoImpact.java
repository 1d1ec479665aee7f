package org.mesta.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.mesta.base.SystemTask;
import org.mesta.city.CityService;
import org.mesta.impact.Figure;
import org.mesta.impact.ImpactService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's impact: Ljubljana shows some figures on its public impact page, and the demo's publications, all made
 * at start-up, are spread over the past year (deterministically, by id) so the charts per month look like a year of
 * work. Runs once, on the start that loaded the demo (nothing published yet anywhere). The spreading is off in the
 * tests ({@code mesta.demo.impact-history=false}), whose expectations were written against "published now".
 */
@Component
@Order(9)
@ConditionalOnProperty(name = "mesta.demo-data", havingValue = "true")
class DemoImpact implements ApplicationRunner {

    static final EnumSet<Figure> LJUBLJANA_PUBLISHES = EnumSet.of(
            Figure.OPPORTUNITIES_BY_THEME,
            Figure.OPPORTUNITIES_BY_MONTH,
            Figure.BADGES_BY_THEME,
            Figure.ACTIVE_LEARNERS,
            Figure.PROVIDERS);

    private final CityService cities;
    private final ImpactService impact;
    private final JdbcTemplate jdbc;
    private final boolean history;

    DemoImpact(
            CityService cities,
            ImpactService impact,
            JdbcTemplate jdbc,
            @Value("${mesta.demo.impact-history:true}") boolean history) {
        this.cities = cities;
        this.impact = impact;
        this.jdbc = jdbc;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer anyPublished = jdbc.queryForObject("SELECT COUNT(*) FROM impact_publication", Integer.class);
        if (anyPublished != null && anyPublished > 0) {
            return;
        }
        cities.findCityBySlug("ljubljana")
                .ifPresent(l -> SystemTask.run(() -> impact.publish(l.getId(), LJUBLJANA_PUBLISHES)));
        if (history) {
            spreadPublications();
        }
    }

    /** Each publication moves back 0–11 months and 0–26 days, by its id: the same demo every time. */
    private void spreadPublications() {
        List<Object[]> moved = jdbc.query("SELECT opportunity_id, published_at FROM published_opportunity", (rs, i) -> {
            long id = rs.getLong(1);
            LocalDateTime at = rs.getTimestamp(2).toLocalDateTime();
            LocalDateTime back = at.minusMonths((id * 7) % 12).minus(Duration.ofDays(id % 27));
            return new Object[] {Timestamp.valueOf(back), id};
        });
        jdbc.batchUpdate("UPDATE published_opportunity SET published_at = ? WHERE opportunity_id = ?", moved);
    }
}
