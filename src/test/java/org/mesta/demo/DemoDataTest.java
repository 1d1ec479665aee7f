package org.mesta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.Stage;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the demo network promises a first visitor: a programme in every city, inside the city, on every theme and at
 * every point in time; badges in every organisation; work waiting in Ljubljana for every role. The tests share one
 * context (a second one would replace Spring Security's static context holder under the first), so other tests
 * have added to the demo: the checks look at what the demo made (imported by the system, account 0) and ask for
 * at least what it promises.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ModerationService moderation;

    @Autowired
    BoardService campaigns;

    @Autowired
    ReachingOutService reachingOut;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_city_publishes_a_programme_of_at_least_twenty_inside_the_city() {
        Map<String, GeoPoint> centres = new HashMap<>();
        DemoData.CITIES.forEach(c -> centres.put(c.slug(), new GeoPoint(c.lat(), c.lon())));
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query(
                "select c.slug, p.latitude, p.longitude, p.format from published_opportunity p join city c on c.id = p.city_id"
                        + " join opportunity o on o.id = p.opportunity_id where o.created_by = 0",
                rs -> {
                    String slug = rs.getString(1);
                    counts.merge(slug, 1, Integer::sum);
                    if (!"ONLINE".equals(rs.getString(4))) {
                        GeoPoint at = new GeoPoint(rs.getDouble(2), rs.getDouble(3));
                        assertThat(DemoPlaces.box(centres.get(slug)).contains(at))
                                .as(slug + " " + at)
                                .isTrue();
                    }
                });
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(centres.keySet());
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void the_programme_covers_the_five_themes_and_is_over_running_coming_and_weekly() {
        List<String> themes = jdbc.queryForList("select themes from published_opportunity", String.class);
        for (Theme t : List.of(
                Theme.NON_FORMAL_LEARNING,
                Theme.MENTAL_HEALTH,
                Theme.INCLUSION,
                Theme.PARTICIPATION,
                Theme.SUSTAINABILITY)) {
            assertThat(themes).anyMatch(s -> s.contains("," + t.name() + ","));
        }
        Timestamp now = Timestamp.from(Instant.now());
        assertThat(count("ends_at < ?", now)).as("over").isPositive();
        assertThat(count("starts_at < ? and ends_at > ?", now, now))
                .as("running")
                .isPositive();
        assertThat(count("starts_at > ?", now)).as("coming").isPositive();
        assertThat(jdbc.queryForObject("select count(distinct opportunity_id) from opportunity_session", Integer.class))
                .as("meeting weekly")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from opportunity_image", Integer.class))
                .isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from opportunity_badge", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForList(
                        "select language from opportunity_text t join opportunity o on o.id = t.opportunity_id"
                                + " join city c on c.id = o.city_id where c.slug = 'maribor'",
                        String.class))
                .contains("sl", "en");
    }

    @Test
    void cities_with_their_own_language_show_it_in_programme_organisations_and_badges() {
        String ofCity = " join city c on c.id = o.city_id where c.slug = ?";
        assertThat(jdbc.queryForList(
                        "select distinct t.language from opportunity_text t join opportunity o on o.id = t.opportunity_id"
                                + ofCity,
                        String.class,
                        "vilnius"))
                .containsExactlyInAnyOrder("en", "lt");
        // A few items stay English-only there, so a Lithuanian reader sees the fallback notice.
        assertThat(jdbc.queryForObject(
                        "select count(*) from opportunity o" + ofCity + " and o.created_by = 0 and not exists"
                                + " (select 1 from opportunity_text t where t.opportunity_id = o.id and t.language = 'lt')",
                        Integer.class,
                        "vilnius"))
                .isPositive();
        assertThat(jdbc.queryForList(
                        "select d.description from organisation_description d join organisation o"
                                + " on o.id = d.organisation_id" + ofCity + " and d.language = 'mk'",
                        String.class,
                        "skopje"))
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).containsPattern("\\p{IsCyrillic}"));
        assertThat(jdbc.queryForList(
                        "select t.name from badge_text t join badge o on o.id = t.badge_id" + ofCity
                                + " and t.language = 'it'",
                        String.class,
                        "rome"))
                .contains("Esploratore di Roma");
        // Macedonian names need a font with Cyrillic letters (Atkinson Hyperlegible has none).
        String atkinson = "select count(*) from badge o" + ofCity + " and o.design like '%ATKINSON%'";
        assertThat(jdbc.queryForObject(atkinson, Integer.class, "vilnius")).isPositive();
        assertThat(jdbc.queryForObject(atkinson, Integer.class, "skopje")).isZero();
    }

    @Test
    void every_organisation_has_one_to_three_badges_and_one_application_waiting() {
        Set<String> names = new HashSet<>();
        DemoData.CITIES.forEach(c -> names.addAll(List.of(
                c.en() + " Youth Centre", c.en() + " City Library Learning Lab", "Green " + c.en() + " Volunteers")));
        List<Map<String, Object>> rows = jdbc
                .queryForList("select o.name, (select count(*) from badge b where"
                        + " b.organisation_id = o.id and b.status = 'PUBLISHED') as badges, (select count(*) from award a join badge b"
                        + " on b.id = a.badge_id where b.organisation_id = o.id) as awards, (select count(*) from badge_application x"
                        + " join badge b on b.id = x.badge_id where b.organisation_id = o.id and x.status = 'PENDING') as pending"
                        + " from organisation o")
                .stream()
                .filter(r -> names.contains((String) r.get("name")))
                .toList();
        assertThat(rows).hasSize(DemoData.CITIES.size() * 3);
        // Other tests design badges and review applications at the Ljubljana youth centre: only its awards are checked.
        assertThat(rows)
                .filteredOn(r -> r.get("name").equals("Ljubljana Youth Centre"))
                .allSatisfy(
                        r -> assertThat(((Number) r.get("awards")).intValue()).isGreaterThanOrEqualTo(4));
        // The endorsement tests design badges at the Ljubljana library (another organisation's badge to endorse).
        assertThat(rows)
                .filteredOn(r -> !r.get("name").equals("Ljubljana Youth Centre"))
                .allSatisfy(r -> {
                    if (!r.get("name").equals("Ljubljana City Library Learning Lab")) {
                        assertThat(((Number) r.get("badges")).intValue()).isBetween(1, 3);
                    }
                    assertThat(((Number) r.get("pending")).intValue()).isEqualTo(1);
                });
    }

    @Test
    void ljubljana_has_work_waiting_for_moderator_provider_and_ambassadors() {
        as(users, "moderator@mesta.example");
        var queue = moderation.queue(null, PageRequest.of(0, 50));
        assertThat(queue).hasSizeGreaterThanOrEqualTo(3);
        // One of them is a change to a published opportunity: the approved version is still public.
        assertThat(queue).anyMatch(o -> moderation.publishedVersion(o.getId()).isPresent());
        assertThat(jdbc.queryForObject(
                        "select count(*) from opportunity where status = ?",
                        Integer.class,
                        Status.CHANGES_REQUESTED.name()))
                .isPositive();
        as(users, "ambassador@mesta.example");
        Set<Stage> stages = campaigns.board(BoardService.BoardFilter.ALL).stream()
                .map(BoardService.BoardCard::stage)
                .collect(Collectors.toSet());
        assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    }

    @Test
    void the_same_seed_gives_the_same_programme_and_another_seed_another() {
        var where = DemoData.where(DemoData.CITIES.get(1));
        LocalDate today = LocalDate.of(2026, 12, 1);
        var once = DemoProgramme.generate(where, today, 7, 50);
        assertThat(DemoProgramme.generate(where, today, 7, 50)).isEqualTo(once);
        assertThat(DemoProgramme.generate(where, today, 8, 50)).isNotEqualTo(once);
        Set<String> activities = new HashSet<>();
        once.forEach(i -> activities.add(i.activity()));
        assertThat(activities).hasSizeGreaterThan(20);
        assertThat(DemoPictures.of("repair-cafe", Theme.SUSTAINABILITY))
                .isSameAs(DemoPictures.of("repair-cafe", Theme.SUSTAINABILITY));
    }

    private int count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from published_opportunity where " + where, Integer.class, args);
    }

    @Test
    void the_youth_centre_awards_its_volunteer_badge_and_gives_the_city_its_campaign_badge() {
        Long volunteer = jdbc.queryForObject(
                "select badge_id from award where recipient_email = 'learner@mesta.example' order by id limit 1",
                Long.class);
        assertThat(jdbc.queryForList("select recipient_email from award where badge_id = ?", String.class, volunteer))
                .contains(
                        "learner@mesta.example",
                        "maja.k@ljubljana.learners.mesta.example",
                        "jan.h@ljubljana.learners.mesta.example",
                        "nika.z@ljubljana.learners.mesta.example");
        long campaignBadge = as(users, "cityadmin@mesta.example", reachingOut::campaignBadge)
                .orElseThrow()
                .getId();
        assertThat(campaignBadge).isNotEqualTo(volunteer);
        String organisation = "select organisation_id from badge where id = ?";
        assertThat(jdbc.queryForObject(organisation, Long.class, campaignBadge))
                .isEqualTo(jdbc.queryForObject(organisation, Long.class, volunteer));
    }
}
