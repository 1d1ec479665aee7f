package org.mesta.pathway;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MultilingualText;
import org.mesta.base.TranslationProvider;
import org.mesta.opportunity.Theme;

/**
 * What an organiser composes: title, story and the picture's description per language, one theme, the steps in
 * order, the "any n of these" groups and the milestone badge. Stored as JSON (the working copy, and a snapshot of it
 * once published; V31 turned the single descriptions stored before into the city's first language's).
 */
public record PathwayContent(
        MultilingualText title,
        MultilingualText story,
        @Nullable Theme theme,
        MultilingualText imageAlt,
        List<PathwayStep> steps,
        List<StepGroup> groups,
        @Nullable Long milestoneBadgeId)
        implements Serializable {

    public static final PathwayContent EMPTY = new PathwayContent(
            MultilingualText.EMPTY, MultilingualText.EMPTY, null, MultilingualText.EMPTY, List.of(), List.of(), null);

    public PathwayContent {
        title = title == null ? MultilingualText.EMPTY : title;
        story = story == null ? MultilingualText.EMPTY : story;
        imageAlt = imageAlt == null ? MultilingualText.EMPTY : imageAlt;
        steps = steps == null ? List.of() : List.copyOf(steps);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A step: a published opportunity (of any organisation of the city) or a published badge to earn. */
    public enum Kind {
        OPPORTUNITY,
        BADGE
    }

    /**
     * One step. {@code group} 0: on its own, required or optional; otherwise it belongs to that "any n of these"
     * group, which as a whole is required (its {@code required} flag is then not used).
     */
    public record PathwayStep(Kind kind, long targetId, boolean required, int group) implements Serializable {

        public boolean grouped() {
            return group != 0;
        }
    }

    /** "Any {@code need} of these": the steps whose group is {@code number}. */
    public record StepGroup(int number, int need) implements Serializable {}

    public String titleIn(String language, String fallback) {
        return title.best(TranslationProvider.locale(language), fallback).orElse("");
    }

    public int need(int group) {
        return groups.stream()
                .filter(g -> g.number() == group)
                .mapToInt(StepGroup::need)
                .findFirst()
                .orElse(1);
    }

    public Map<Integer, Long> groupSizes() {
        return steps.stream()
                .filter(PathwayStep::grouped)
                .collect(Collectors.groupingBy(PathwayStep::group, TreeMap::new, Collectors.counting()));
    }
}
