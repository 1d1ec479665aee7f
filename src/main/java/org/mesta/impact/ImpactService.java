package org.mesta.impact;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Skills;
import org.mesta.campaign.Stage;
import org.mesta.impact.ImpactQueries.BadgeCounts;
import org.mesta.impact.ImpactQueries.Bounds;
import org.mesta.impact.ImpactRollups.People;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city's and the network's impact in figures (see {@link Figure}), and which of them a city shows the public.
 * City admins see their own city, network admins any city and the whole network; anyone sees what a city published.
 */
@Service
public class ImpactService {

    /** Awards of a badge linked to no themed opportunity. */
    public static final String NO_THEME = "none";

    public static final List<String> OUTCOMES =
            List.of("people-reached", "decision-makers", "events-held", "media-mentions", "artworks");

    /**
     * All figures of one city (or the network) for one filter, plus the period's totals of distinct people. Active
     * learners and providers (per month, in total, per city) are estimates from distinct-count sketches: relative
     * standard error about 1.2 %, exact or nearly so for a few dozen people (see {@link PeopleSketch}).
     */
    public record Figures(Map<Figure, Chart> charts, long activeLearners, long providers) {

        public Figures only(Set<Figure> shown) {
            Map<Figure, Chart> kept = new EnumMap<>(Figure.class);
            charts.forEach((f, c) -> {
                if (shown.contains(f)) kept.put(f, c);
            });
            return new Figures(
                    kept,
                    shown.contains(Figure.ACTIVE_LEARNERS) ? activeLearners : 0,
                    shown.contains(Figure.PROVIDERS) ? providers : 0);
        }
    }

    /** One city's line in the network's table. */
    public record CityLine(long cityId, long opportunities, long badgesIssued, long activeLearners, long providers) {}

    /** The public pages' answers, per city and filter, so a crowd on one page costs the database one query set. */
    private final Cache<String, Figures> publicAnswers = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    private final ImpactQueries queries;
    private final ImpactRollups rollups;
    private final RollupUpkeep upkeep;
    private final DensityQueries densityQueries;
    private final Clock clock;

    ImpactService(
            ImpactQueries queries,
            ImpactRollups rollups,
            RollupUpkeep upkeep,
            DensityQueries densityQueries,
            Clock clock) {
        this.queries = queries;
        this.rollups = rollups;
        this.upkeep = upkeep;
        this.densityQueries = densityQueries;
        this.clock = clock;
    }

    /**
     * The award rollups built anew from every award (as the nightly job does): after rows were written around the
     * services, such as a bulk import. Each city in its own transaction.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    public void rebuildRollups() {
        upkeep.rebuildAll();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN') or (hasRole('CITY_ADMIN') and principal.cityId() == #cityId)")
    @Transactional(readOnly = true)
    public Figures cityFigures(long cityId, ImpactFilter filter) {
        return figures(filter, cityId);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Figures networkFigures(ImpactFilter filter) {
        return figures(filter, null);
    }

    /** The network's table: each city's main figures for the filter, cities without any left out. */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<CityLine> perCity(ImpactFilter filter) {
        Bounds b = Bounds.of(filter, null, clock);
        Map<Long, Long> opportunities = queries.opportunitiesPerCity(b);
        Map<Long, Long> awards = rollups.awardsPerCity(b);
        Map<Long, Long> learners = rollups.active(b, People.LEARNERS).perCity();
        Map<Long, Long> providers = rollups.active(b, People.PROVIDERS).perCity();
        TreeMap<Long, CityLine> lines = new TreeMap<>();
        for (var ids : List.of(opportunities, awards, learners, providers)) {
            for (Long id : ids.keySet()) {
                lines.computeIfAbsent(
                        id,
                        k -> new CityLine(
                                k,
                                opportunities.getOrDefault(k, 0L),
                                awards.getOrDefault(k, 0L),
                                learners.getOrDefault(k, 0L),
                                providers.getOrDefault(k, 0L)));
            }
        }
        return List.copyOf(lines.values());
    }

    /** What the city shows on its public impact page: only the figures it published (none: nothing at all). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Figures publicFigures(long cityId, ImpactFilter filter) {
        Set<Figure> shown = queries.published(cityId);
        if (shown.isEmpty()) {
            return new Figures(Map.of(), 0, 0);
        }
        String key = cityId + "|" + filter + "|" + shown;
        return publicAnswers.get(key, k -> figures(filter, cityId).only(shown));
    }

    /** Whether the city shows any figure publicly (its page links to the impact page only then). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Set<Figure> publishedFigures(long cityId) {
        return queries.published(cityId);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN') or (hasRole('CITY_ADMIN') and principal.cityId() == #cityId)")
    @Transactional
    public void publish(long cityId, Set<Figure> figures) {
        queries.publish(cityId, figures);
        publicAnswers.invalidateAll();
    }

    private Figures figures(ImpactFilter filter, @Nullable Long cityId) {
        Bounds b = Bounds.of(filter, cityId, clock);
        List<YearMonth> months = filter.months();
        List<String> monthKeys = months.stream().map(YearMonth::toString).toList();
        Map<Figure, Chart> charts = new EnumMap<>(Figure.class);

        charts.put(
                Figure.OPPORTUNITIES_BY_THEME,
                keyed(Figure.OPPORTUNITIES_BY_THEME, "opportunities", queries.opportunitiesByTheme(b)));
        charts.put(
                Figure.OPPORTUNITIES_BY_TYPE,
                keyed(Figure.OPPORTUNITIES_BY_TYPE, "opportunities", queries.opportunitiesByType(b)));
        charts.put(
                Figure.OPPORTUNITIES_BY_MONTH,
                monthly(Figure.OPPORTUNITIES_BY_MONTH, months, "opportunities", queries.opportunitiesByMonth(b)));

        Map<YearMonth, long[]> sessions = queries.sessions(b);
        charts.put(
                Figure.SESSIONS,
                new Chart(
                        Figure.SESSIONS,
                        monthKeys,
                        List.of(
                                new Chart.Series(
                                        "sessions",
                                        months.stream()
                                                .map(m -> sessions.getOrDefault(m, new long[2])[0])
                                                .toList()),
                                new Chart.Series(
                                        "participants",
                                        months.stream()
                                                .map(m -> sessions.getOrDefault(m, new long[2])[1])
                                                .toList()))));

        List<BadgeCounts> perBadge = rollups.awardsPerBadge(b);
        List<Long> badgeIds = perBadge.stream().map(BadgeCounts::badgeId).toList();
        Map<Long, Set<String>> themes = queries.badgeThemes(badgeIds);
        Map<Long, String> tags = queries.badgeTags(badgeIds);
        Map<String, long[]> byTheme = new TreeMap<>();
        Map<String, long[]> bySkill = new TreeMap<>();
        for (BadgeCounts c : perBadge) {
            Set<String> badgeThemes = themes.getOrDefault(c.badgeId(), Set.of());
            if (badgeThemes.isEmpty()) {
                add(byTheme, NO_THEME, c);
            } else if (b.theme() != null) {
                add(byTheme, b.theme(), c);
            } else {
                badgeThemes.forEach(t -> add(byTheme, t, c));
            }
            String tagList = tags.getOrDefault(c.badgeId(), "");
            for (String tag : tagList.isEmpty() ? List.<String>of() : Arrays.asList(tagList.split(","))) {
                if (Skills.isCurated(tag.trim())) {
                    add(bySkill, tag.trim().substring(Skills.PREFIX.length()), c);
                }
            }
        }
        charts.put(Figure.BADGES_BY_THEME, badges(Figure.BADGES_BY_THEME, byTheme));
        charts.put(Figure.BADGES_BY_SKILL, badges(Figure.BADGES_BY_SKILL, bySkill));

        ImpactRollups.Active learners = rollups.active(b, People.LEARNERS);
        charts.put(Figure.ACTIVE_LEARNERS, monthly(Figure.ACTIVE_LEARNERS, months, "learners", learners.perMonth()));

        Map<String, Long> perStage = queries.campaignsByStage(b);
        Map<String, Long> stages = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.name(), perStage.getOrDefault(stage.name(), 0L));
        }
        charts.put(Figure.CAMPAIGNS_BY_STAGE, keyed(Figure.CAMPAIGNS_BY_STAGE, "campaigns", stages));
        long[] outcomes = queries.campaignOutcomes(b);
        charts.put(
                Figure.CAMPAIGN_OUTCOMES,
                new Chart(
                        Figure.CAMPAIGN_OUTCOMES,
                        OUTCOMES,
                        List.of(new Chart.Series(
                                "total", Arrays.stream(outcomes).boxed().toList()))));

        ImpactRollups.Active providers = rollups.active(b, People.PROVIDERS);
        charts.put(Figure.PROVIDERS, monthly(Figure.PROVIDERS, months, "providers", providers.perMonth()));
        return new Figures(
                charts, learners.total().estimate(), providers.total().estimate());
    }

    private static void add(Map<String, long[]> into, String key, BadgeCounts c) {
        long[] sums = into.computeIfAbsent(key, k -> new long[3]);
        sums[0] += c.issued();
        sums[1] += c.accepted();
        sums[2] += c.shared();
    }

    private static Chart badges(Figure figure, Map<String, long[]> sums) {
        List<String> keys = new ArrayList<>(sums.keySet());
        return new Chart(
                figure,
                keys,
                List.of(
                        new Chart.Series(
                                "issued", keys.stream().map(k -> sums.get(k)[0]).toList()),
                        new Chart.Series(
                                "accepted",
                                keys.stream().map(k -> sums.get(k)[1]).toList()),
                        new Chart.Series(
                                "shared", keys.stream().map(k -> sums.get(k)[2]).toList())));
    }

    private static Chart keyed(Figure figure, String series, Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        if (figure == Figure.CAMPAIGNS_BY_STAGE) {
            sorted.putAll(counts);
        } else {
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        }
        return new Chart(
                figure, List.copyOf(sorted.keySet()), List.of(new Chart.Series(series, List.copyOf(sorted.values()))));
    }

    private static Chart monthly(Figure figure, List<YearMonth> months, String series, Map<YearMonth, Long> counts) {
        Map<YearMonth, Long> all = new HashMap<>(counts);
        return new Chart(
                figure,
                months.stream().map(YearMonth::toString).toList(),
                List.of(new Chart.Series(
                        series,
                        months.stream().map(m -> all.getOrDefault(m, 0L)).toList())));
    }

    /**
     * The city's activity density for the admins' heat map (see {@link ActivityDensity}): weighted grid cells, those
     * with too few people left out, the busiest named.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN') or (hasRole('CITY_ADMIN') and principal.cityId() == #cityId)")
    @Transactional(readOnly = true)
    public ActivityDensity density(long cityId, ImpactFilter filter) {
        var latitude = densityQueries.cityLatitude(cityId);
        if (latitude.isEmpty()) {
            return new ActivityDensity(List.of(), ActivityDensity.MIN_PEOPLE);
        }
        var grid = DensityQueries.Grid.around(latitude.get());
        var cells = densityQueries.cells(Bounds.of(filter, cityId, clock), grid, ActivityDensity.MIN_PEOPLE);
        var named = cells.stream()
                .sorted(Comparator.comparingLong(DensityQueries.GridCell::weight)
                        .reversed())
                .limit(ActivityDensity.NAMED)
                .toList();
        return new ActivityDensity(
                cells.stream()
                        .map(c -> new ActivityDensity.Cell(
                                grid.latitude(c.row()),
                                grid.longitude(c.column()),
                                c.weight(),
                                c.people(),
                                named.contains(c) ? densityQueries.placeIn(cityId, grid, c) : null))
                        .toList(),
                ActivityDensity.MIN_PEOPLE);
    }
}
