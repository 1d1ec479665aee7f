package org.mesta.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.mesta.demo.DemoActivities.Activity;
import org.mesta.demo.DemoPlaces.Place;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Session;
import org.mesta.opportunity.Texts;
import org.mesta.opportunity.Theme;

/**
 * A city's programme of opportunities as providers would enter it: the network's activities at real places of
 * the city, over every type, theme, format, age and access feature, free and paid, some over, some running,
 * many coming and some meeting every week — dated from the given day, so the demo always looks current. The
 * same seed gives the same programme. The demo publishes it; the benchmarks write a hundred thousand of it.
 */
public final class DemoProgramme {

    /**
     * Where a programme happens: the city's slug and centre, its country (whose own language the texts are also
     * written in, see {@link DemoPhrasebook}) and the language its texts must have.
     */
    public record Where(String slug, GeoPoint centre, String country, String defaultLanguage) {}

    /**
     * One opportunity: which of the city's three organisations runs it (0 youth centre, 1 library learning lab,
     * 2 green volunteers), what its provider entered, its main theme (its picture), the activity it is and whether
     * taking part leads to one of the organisation's badges.
     */
    public record Item(int organisation, OpportunityDraft draft, Theme theme, String activity, boolean badge) {}

    /** Which slots of every eight are over, running, coming or weekly (see {@link #schedule}). */
    private static final int SLOTS = 8;

    private static final LocalTime[] TIMES = {
        LocalTime.of(10, 0), LocalTime.of(16, 0), LocalTime.of(17, 30), LocalTime.of(18, 0)
    };

    private DemoProgramme() {}

    public static List<Item> generate(Where city, LocalDate today, long seed, int count) {
        Random random = new Random(seed * 31 + city.slug().hashCode());
        List<Place> places = DemoPlaces.of(city.slug(), city.centre());
        boolean slovenian = "sl".equals(city.defaultLanguage());
        Optional<DemoPhrasebook> local = DemoCity.localLanguage(city.country()).flatMap(DemoPhrasebook::of);
        List<Activity> order = new ArrayList<>(DemoActivities.ALL);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i % order.size() == 0) {
                Collections.shuffle(order, random);
            }
            Activity a = order.get(i % order.size());
            Place place = place(places, a, random);
            Map<String, Texts> texts = new LinkedHashMap<>();
            texts.put("en", a.en());
            if (slovenian) texts.put("sl", a.sl());
            Optional<Texts> localTexts = local.flatMap(book -> book.activity(a.key()));
            localTexts.ifPresent(t -> texts.put(local.orElseThrow().language(), t));
            // Held in the language its texts are written in; inclusive activities in English as well.
            String held = slovenian
                    ? "sl"
                    : localTexts.isPresent() ? local.orElseThrow().language() : "en";
            Set<String> spoken =
                    a.themes().contains(Theme.INCLUSION) && !held.equals("en") ? Set.of(held, "en") : Set.of(held);
            Set<AccessFeature> access =
                    a.access().isEmpty() ? EnumSet.noneOf(AccessFeature.class) : EnumSet.copyOf(a.access());
            if (random.nextInt(3) == 0) access.add(AccessFeature.STEP_FREE);
            GeoPoint point = new GeoPoint(
                    place.point().latitude() + (random.nextDouble() - 0.5) * 0.002,
                    place.point().longitude() + (random.nextDouble() - 0.5) * 0.002);
            String online = a.format().hasLink() ? "https://meet.mesta.example/" + city.slug() + "-" + a.key() : null;
            Schedule when = schedule(a, i % SLOTS, today, random);
            OpportunityDraft draft = new OpportunityDraft(
                    texts,
                    a.type(),
                    EnumSet.copyOf(a.themes()),
                    a.format(),
                    when.starts(),
                    when.ends(),
                    when.ongoing(),
                    a.format().hasPlace() ? point : null,
                    a.format().hasPlace() ? place.name() : null,
                    a.format().hasPlace() ? place.address() : null,
                    online,
                    a.ageMin(),
                    a.ageMax(),
                    a.type() == OpportunityType.ONLINE_RESOURCE ? null : 10 + 5 * random.nextInt(5),
                    a.fee() == null,
                    a.fee() == null ? null : price(a.fee(), city.country()),
                    spoken,
                    access,
                    null,
                    "https://" + city.slug() + ".mesta.example/join/" + a.key(),
                    "hello@" + city.slug() + ".mesta.example",
                    null,
                    when.sessions());
            items.add(new Item(
                    a.organisation(), draft, a.theme(), a.key(), a.key().equals("volunteer") || i % 5 == 0));
        }
        return items;
    }

    private record Schedule(LocalDateTime starts, LocalDateTime ends, boolean ongoing, List<Session> sessions) {}

    /**
     * Slot 0 is over, 1–2 started weeks ago and run for weeks more, 3–5 are coming within six weeks, 6–7 meet
     * every week (started already, more meetings ahead). Resources online are always open.
     */
    private static Schedule schedule(Activity a, int slot, LocalDate today, Random random) {
        if (a.hours() == 0) {
            return new Schedule(null, null, true, List.of());
        }
        LocalTime time = TIMES[random.nextInt(TIMES.length)];
        if (slot == 0) {
            LocalDateTime start = today.minusDays(3 + random.nextInt(40)).atTime(time);
            return new Schedule(start, start.plusHours(a.hours()), false, List.of());
        }
        if (slot <= 2) {
            LocalDateTime start = today.minusDays(5 + random.nextInt(25)).atTime(time);
            return new Schedule(
                    start, today.plusDays(10 + random.nextInt(50)).atTime(time.plusHours(a.hours())), false, List.of());
        }
        if (slot <= 5) {
            LocalDateTime start = today.plusDays(1 + random.nextInt(45)).atTime(time);
            return new Schedule(start, start.plusHours(a.hours()), false, List.of());
        }
        LocalDateTime first = today.minusWeeks(1 + random.nextInt(3)).atTime(time);
        List<Session> later = new ArrayList<>();
        int meetings = 6 + random.nextInt(5);
        for (int w = 1; w < meetings; w++) {
            later.add(new Session(first.plusWeeks(w), first.plusWeeks(w).plusHours(a.hours())));
        }
        return new Schedule(first, first.plusHours(a.hours()), false, later);
    }

    private static Place place(List<Place> places, Activity a, Random random) {
        List<Place> fitting = places.stream().filter(p -> p.kind() == a.place()).toList();
        List<Place> from = fitting.isEmpty() ? places : fitting;
        return from.get(random.nextInt(from.size()));
    }

    private static String price(int euros, String country) {
        return switch (country) {
            case "SI", "LT", "HR", "IT" -> euros + " €";
            case "GB" -> "£" + euros;
            default -> "Small fee (free on request)";
        };
    }
}
