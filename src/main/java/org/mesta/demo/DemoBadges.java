package org.mesta.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;

/**
 * Every demo organisation's badges, designed from the designer's templates: one or two per organisation (the
 * Ljubljana youth centre's two as well), and one application waiting for review. Only the Ljubljana
 * youth centre awards them in the demo: an organisation's first award seals its new signing key with PBKDF2 (about
 * half a second on purpose), which for 45 organisations would make every start and every test context slower.
 */
final class DemoBadges {

    /** A badge an organisation of that kind issues: template index and words in English and Slovenian. */
    private record Kind(
            int template,
            String enName,
            String enDescription,
            String enCriteria,
            String slName,
            String slDescription,
            String slCriteria) {}

    private static final List<List<Kind>> BY_ORGANISATION = List.of(
            List.of(
                    new Kind(
                            1,
                            "Peer supporter",
                            "For young people trained to support friends who are having a hard time.",
                            "Completed the mental health first aid course and took part in four open talk evenings.",
                            "Podpornik vrstnikov",
                            "Za mlade, usposobljene za podporo prijateljem, ki jim je težko.",
                            "Opravljen tečaj prve psihološke pomoči in udeležba na štirih večerih odprtega pogovora."),
                    new Kind(
                            2,
                            "Active citizen",
                            "For young people who brought a proposal of their own to the city.",
                            "Presented a proposal at an open session of the youth council or ran a campaign action.",
                            "Aktivni državljan",
                            "Za mlade, ki so mestu predstavili svoj predlog.",
                            "Predstavitev predloga na odprti seji mladinskega sveta ali izvedba akcije kampanje.")),
            List.of(
                    new Kind(
                            0,
                            "Digital maker",
                            "For young people who designed and made something of their own in the maker space.",
                            "Took part in four maker evenings or coding club meetings and showed what you made.",
                            "Digitalni ustvarjalec",
                            "Za mlade, ki so v izdelovalnici oblikovali in izdelali nekaj svojega.",
                            "Udeležba na štirih večerih v izdelovalnici ali srečanjih kluba programiranja in predstavitev izdelka."),
                    new Kind(
                            0,
                            "Fact checker",
                            "For young people who can check a source before they share it.",
                            "Took part in the media literacy workshop and checked three real posts with its checklist.",
                            "Preverjevalec dejstev",
                            "Za mlade, ki znajo preveriti vir, preden ga delijo.",
                            "Udeležba na delavnici medijske pismenosti in preverjanje treh resničnih objav s seznamom preverjanj.")),
            List.of(
                    new Kind(
                            3,
                            "Green volunteer",
                            "For young people who gave their time to a greener city.",
                            "At least 12 hours in the urban garden, at repair cafés or on clean-up days.",
                            "Zeleni prostovoljec",
                            "Za mlade, ki so svoj čas namenili bolj zelenemu mestu.",
                            "Vsaj 12 ur na mestnem vrtu, v popravljalnici ali na čistilnih akcijah."),
                    new Kind(
                            3,
                            "Repair hero",
                            "For young people who fixed things instead of throwing them away.",
                            "Repaired three things yourself at the repair café or the bike kitchen.",
                            "Junak popravil",
                            "Za mlade, ki so stvari popravili, namesto da bi jih zavrgli.",
                            "Sam si popravil tri stvari v popravljalnici ali kolesarski delavnici.")));

    private final BadgeService badges;
    private final BadgeApplicationService applications;
    private final AwardService awards;

    DemoBadges(BadgeService badges, BadgeApplicationService applications, AwardService awards) {
        this.awards = awards;
        this.badges = badges;
        this.applications = applications;
    }

    /**
     * The organisation's badges (the signed-in user must be its admin): the published badges' ids, the first first.
     * Worded in English, Slovenian and the city's own language, but for the badges its phrasebook leaves out.
     */
    List<Long> design(long organisationId, int kind, int number, DemoCity city, String year) {
        List<Kind> kinds = BY_ORGANISATION.get(kind);
        int count = 1 + Math.floorMod(number, kinds.size());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind k = kinds.get(i);
            BadgeDesign design = BadgeDesign.templates().get(k.template()).design();
            // Atkinson Hyperlegible has no Cyrillic letters: a Skopje designer picks a font that writes Macedonian.
            if (city.local().filter("mk"::equals).isPresent() && design.font() == BadgeDesign.Font.ATKINSON) {
                design = design.withText(BadgeDesign.Font.NUNITO, design.textColor());
            }
            Badge b = badges.create(organisationId, design);
            Map<String, BadgeTexts> texts = new LinkedHashMap<>();
            texts.put("en", new BadgeTexts(k.enName(), year, city.en(), k.enDescription(), k.enCriteria(), ""));
            texts.put("sl", new BadgeTexts(k.slName(), year, city.en(), k.slDescription(), k.slCriteria(), ""));
            city.phrasebook().ifPresent(book -> {
                DemoPhrasebook.BadgeWords words = book.badges().get(k.enName());
                if (words != null) {
                    String ribbon = book.cities().get(city.slug()).name();
                    texts.put(
                            book.language(),
                            new BadgeTexts(words.name(), year, ribbon, words.description(), words.criteria(), ""));
                }
            });
            b = badges.save(
                    b.getId(),
                    b.getVersion(),
                    new BadgeDraft(design, texts, null, List.of("skill:teamwork"), List.of(), null));
            ids.add(badges.publish(b.getId(), b.getVersion()).getId());
        }
        return ids;
    }

    /** The Ljubljana youth centre's two badges. */
    record YouthCentre(long volunteer, long campaign) {}

    /**
     * The demo provider's organisation has two published badges: a volunteer badge the demo learner has earned, and
     * the city's campaign badge (chosen by the city admin once the campaigns are there).
     */
    YouthCentre youthCentre() {
        long volunteer = published(
                1,
                new BadgeTexts(
                        "Prostovoljec mladinskega centra",
                        "2026",
                        "Ljubljana",
                        "Za mlade, ki so pomagali pri dejavnostih mladinskega centra.",
                        "Vsaj 20 ur prostovoljnega dela v mladinskem centru in kratek zapis o tem, kaj si se naučil/-a.",
                        ""),
                new BadgeTexts(
                        "Youth centre volunteer",
                        "2026",
                        "Ljubljana",
                        "For young people who helped run the youth centre's activities.",
                        "At least 20 hours of volunteering at the youth centre and a short note on what you learnt.",
                        ""),
                24);
        awards.award(
                volunteer,
                List.of(
                        "learner@mesta.example",
                        "maja.k@ljubljana.learners.mesta.example",
                        "jan.h@ljubljana.learners.mesta.example",
                        "nika.z@ljubljana.learners.mesta.example"),
                "sl");
        long campaign = published(
                2,
                new BadgeTexts(
                        "Mladi ambasador",
                        "Kampanja",
                        "Ljubljana",
                        "Za mlade ambasadorje, ki so s kampanjo za mlade v mestu nekaj spremenili.",
                        "Sodelovanje v ekipi kampanje od ideje do ocene, ki jo potrdi mestni skrbnik.",
                        ""),
                new BadgeTexts(
                        "Young ambassador",
                        "Campaign",
                        "Ljubljana",
                        "For young ambassadors whose campaign changed something for young people in the city.",
                        "Took part in a campaign team from idea to an evaluation confirmed by the city admin.",
                        ""),
                null);
        return new YouthCentre(volunteer, campaign);
    }

    /** A published badge of the signed-in provider's organisation, from one of the designer's templates. */
    private long published(int template, BadgeTexts sl, BadgeTexts en, Integer expiryMonths) {
        return publish(
                badges,
                template,
                Map.of("sl", sl, "en", en),
                List.of("skill:teamwork", "skill:civic-participation"),
                expiryMonths);
    }

    /** Designs from a template, words per language, tags and expiry, then publishes: the demo's every badge. */
    static long publish(
            BadgeService badges,
            int template,
            Map<String, BadgeTexts> texts,
            List<String> tags,
            @Nullable Integer expiryMonths) {
        long organisation = MestaUser.require().organisationIds().iterator().next();
        BadgeDesign design = BadgeDesign.templates().get(template).design();
        Badge b = badges.create(organisation, design);
        b = badges.save(b.getId(), b.getVersion(), new BadgeDraft(design, texts, null, tags, List.of(), expiryMonths));
        return badges.publish(b.getId(), b.getVersion()).getId();
    }

    /** The signed-in learner applies for the badge with a short story as evidence. */
    void apply(long badgeId, String language) {
        applications.apply(
                badgeId,
                "sl".equals(language)
                        ? "Sodeloval sem na vseh srečanjih in pomagal pri pripravi zadnjega. Fotografije so na povezavi."
                        : "I took part in every meeting and helped prepare the last one. Photos are at the link.",
                "https://photos.mesta.example/albums/demo",
                null,
                null);
    }
}
