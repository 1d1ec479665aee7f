package org.mesta.pathway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Badge;
import org.mesta.base.Languages;
import org.mesta.base.Problem;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayContent.StepGroup;

/**
 * What a pathway must be: limits every draft keeps, and what a submission needs (texts in the city's first
 * language, a theme, a picture described in each language titled, steps that are published and in the city, sensible
 * groups, the milestone badge). Each problem names its field ("imageAlt.sl"), so the editor shows it there.
 */
final class PathwayRules {

    static final int MAX_TITLE = 120;
    static final int MAX_STORY = 4000;
    static final int MAX_ALT = PathwayService.MAX_ALT;
    static final int MIN_STEPS = 2;
    static final int MAX_STEPS = 20;

    private PathwayRules() {}

    /** Limits kept even by a draft: lengths and the number of steps. */
    static List<Problem> draft(PathwayContent c) {
        List<Problem> problems = new ArrayList<>();
        c.title().texts().forEach((lang, t) -> {
            if (t.length() > MAX_TITLE) problems.add(new Problem("title." + lang, "error.too-long", MAX_TITLE, 0));
        });
        c.story().texts().forEach((lang, t) -> {
            if (t.length() > MAX_STORY) problems.add(new Problem("story." + lang, "error.too-long", MAX_STORY, 0));
        });
        c.imageAlt().texts().forEach((lang, t) -> {
            if (t.length() > MAX_ALT) problems.add(new Problem("imageAlt." + lang, "error.too-long", MAX_ALT, 0));
        });
        if (c.steps().size() > MAX_STEPS) problems.add(new Problem("steps", "pathway.error.too-many-steps", MAX_STEPS));
        return problems;
    }

    /**
     * Everything a submission needs. {@code step} says whether a step's target is published in the city; {@code
     * milestone} is the chosen badge when published, null otherwise.
     */
    static List<Problem> submission(
            PathwayContent c,
            Languages languages,
            long cityId,
            @Nullable Long organisationId,
            StepCheck step,
            @Nullable Badge milestone,
            boolean hasImage) {
        List<Problem> problems = new ArrayList<>(draft(c));
        String first = languages.first();
        if (!c.title().has(first)) problems.add(new Problem("title." + first, "error.required"));
        if (!c.story().has(first)) problems.add(new Problem("story." + first, "error.required"));
        if (c.theme() == null) problems.add(new Problem("theme", "error.required"));
        if (hasImage) {
            // A picture is described in every language the pathway has a title in: each reader of the page is
            // told what it shows in the language they read it in.
            Set<String> described = new HashSet<>(c.title().texts().keySet());
            described.add(first);
            described.stream()
                    .sorted()
                    .filter(lang -> !c.imageAlt().has(lang))
                    .forEach(lang -> problems.add(new Problem("imageAlt." + lang, "pathway.error.alt-required")));
        }
        if (c.steps().size() < MIN_STEPS) problems.add(new Problem("steps", "pathway.error.too-few-steps", MIN_STEPS));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.steps().size(); i++) {
            PathwayStep s = c.steps().get(i);
            if (!seen.add(s.kind() + ":" + s.targetId())) {
                problems.add(new Problem("steps", "pathway.error.duplicate-step", i + 1));
            } else if (!step.publishedInCity(s)) {
                problems.add(new Problem("steps", "pathway.error.step-unavailable", i + 1));
            }
        }
        Map<Integer, Long> sizes = c.groupSizes();
        for (StepGroup g : c.groups()) {
            long size = sizes.getOrDefault(g.number(), 0L);
            if (size > 0 && (size < 2 || g.need() < 1 || g.need() > size)) {
                problems.add(new Problem("steps", "pathway.error.group", g.need(), size));
            }
        }
        boolean anythingRequired = !sizes.isEmpty() || c.steps().stream().anyMatch(s -> !s.grouped() && s.required());
        if (!c.steps().isEmpty() && !anythingRequired) {
            problems.add(new Problem("steps", "pathway.error.nothing-required"));
        }
        if (c.milestoneBadgeId() == null) {
            problems.add(new Problem("milestone", "error.required"));
        } else if (milestone == null
                || !milestone.getCityId().equals(cityId)
                || (organisationId != null && !Objects.equals(milestone.getOrganisationId(), organisationId))) {
            problems.add(new Problem("milestone", "pathway.error.milestone"));
        }
        return problems;
    }

    /** Whether a step's opportunity or badge is published in the pathway's city. */
    interface StepCheck {
        boolean publishedInCity(PathwayStep step);
    }
}
