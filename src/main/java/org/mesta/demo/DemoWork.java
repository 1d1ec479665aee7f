package org.mesta.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.campaign.Audience;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.CommentService;
import org.mesta.campaign.MaterialsService;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.Stage;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityDraft;
import org.mesta.opportunity.OpportunityRules;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Theme;
import org.mesta.security.AccountService;

/**
 * Work in progress wherever a role looks in Ljubljana: submissions waiting in the moderation queue (one of them a
 * revision of a published opportunity), a draft sent back with changes requested, and campaigns in every column
 * of the board. Each step runs as the person who would take it (see DemoData#asDemo).
 */
final class DemoWork {

    private final OpportunityService opportunities;
    private final BoardService board;
    private final ModerationService moderation;
    private final CampaignService campaigns;
    private final ChecklistService checklist;
    private final CommentService comments;
    private final RecommendationService library;
    private final AccountService accounts;
    private final MaterialsService materials;

    DemoWork(
            OpportunityService opportunities,
            ModerationService moderation,
            BoardService board,
            CampaignService campaigns,
            ChecklistService checklist,
            CommentService comments,
            RecommendationService library,
            AccountService accounts,
            MaterialsService materials) {
        this.opportunities = opportunities;
        this.board = board;
        this.moderation = moderation;
        this.campaigns = campaigns;
        this.checklist = checklist;
        this.comments = comments;
        this.library = library;
        this.accounts = accounts;
        this.materials = materials;
    }

    /**
     * As the youth centre's provider, through the wizard's steps: three new submissions, one sent in to be sent back,
     * and a change to a published opportunity. Returns the id of the one to be sent back.
     */
    long submit(long organisationId, List<DemoProgramme.Item> fresh, long publishedId, String language) {
        long first = 0;
        for (int i = 0; i < 4; i++) {
            DemoProgramme.Item item = fresh.get(i);
            Opportunity o = opportunities.create(organisationId);
            o = opportunities.saveDraft(o.getId(), o.getVersion(), item.draft(), OpportunityRules.LAST_STEP);
            o = opportunities.setImage(
                    o.getId(),
                    DemoPictures.of(item.activity(), item.theme()),
                    DemoPictures.describe(item.theme(), language));
            opportunities.submit(o.getId(), o.getVersion());
            first = first == 0 ? o.getId() : first;
        }
        // A revision: the published version stays on the map while the change waits.
        var revised = opportunities.draft(publishedId);
        var changed = new OpportunityDraft(
                revised.texts(),
                revised.type(),
                revised.themes(),
                revised.format(),
                revised.startsAt(),
                revised.endsAt(),
                revised.ongoing(),
                revised.location(),
                revised.venue(),
                revised.address(),
                revised.onlineUrl(),
                revised.ageMin(),
                revised.ageMax(),
                revised.capacity() == null ? 40 : revised.capacity() + 10,
                revised.free(),
                revised.price(),
                revised.languages(),
                revised.access(),
                "sl".equals(language)
                        ? "Vhod brez stopnic je na dvoriščni strani."
                        : "The step-free entrance is at the back of the building.",
                revised.joinUrl(),
                revised.joinEmail(),
                revised.joinPhone(),
                revised.sessions());
        Opportunity o = opportunities.get(publishedId);
        o = opportunities.saveDraft(publishedId, o.getVersion(), changed, OpportunityRules.LAST_STEP);
        opportunities.submit(publishedId, o.getVersion());
        return first;
    }

    /** As the city's moderator: the oldest new submission goes back to its provider with a reason. */
    void sendBack(long id) {
        Opportunity o = opportunities.get(id);
        moderation.decide(
                id,
                o.getVersion(),
                Status.CHANGES_REQUESTED,
                "Prosimo, dodajte, kako se lahko prijavijo mladi brez e-pošte, in preverite starostno mejo.");
    }

    /**
     * As the young ambassador: campaigns in every column of the board — an idea, one in planning carrying a
     * recommendation with tasks and a comment, one in action, one done and one evaluated, waiting for the city
     * admin's confirmation.
     */
    void campaigns(LocalDate today) {
        long second = accounts.colleagues(Role.AMBASSADOR).stream()
                .filter(a -> a.getEmail().startsWith("ambassador2"))
                .findFirst()
                .orElseThrow()
                .getId();
        long me = MestaUser.require().accountId();
        Recommendation counsellors =
                library.recommendations(Theme.MENTAL_HEALTH, false).getFirst();
        Campaign c = board.create("Svetovalec na vsaki šoli", CampaignKind.ADVOCACY, counsellors.getId());
        c = campaigns.setTeam(c.getId(), c.getVersion(), Set.of(me, second), Set.of(me));
        c = campaigns.save(
                c.getId(),
                c.getVersion(),
                new CampaignDraft(
                        "Svetovalec na vsaki šoli",
                        CampaignKind.ADVOCACY,
                        "Mestni svet sprejme načrt, da ima do leta 2027 vsaka srednja šola v Ljubljani svetovalca za duševno zdravje.",
                        "Anketa med dijaki, srečanje z županom, zgodbe dijakov na Instagramu.",
                        Set.of(Theme.MENTAL_HEALTH),
                        Set.of(Audience.DECISION_MAKERS, Audience.SCHOOLS, Audience.MEDIA),
                        Set.of(counsellors.getId()),
                        LocalDate.of(2027, 1, 11),
                        LocalDate.of(2027, 4, 30),
                        false,
                        List.of(
                                new CampaignDraft.Place("Mestna hiša, Ljubljana", new GeoPoint(46.0503, 14.5069)),
                                new CampaignDraft.Place("Gimnazija Bežigrad", null)),
                        List.of()));
        board.move(c.getId(), c.getVersion(), Stage.PLANNING, 0, null);
        checklist.addTask(c.getId(), "Pripravi anketo za dijake", me, LocalDate.of(2027, 1, 20));
        checklist.addTask(c.getId(), "Dogovori srečanje z županom", second, LocalDate.of(2027, 2, 15));
        comments.comment(c.getId(), "@Bor Ambassador, lahko prevzameš srečanje z županom?");
        // An idea with a first sketch among its materials, described in Slovenian and English.
        Campaign mural = board.create("Mural za zeleno Ljubljano", CampaignKind.ARTS, null);
        materials.addImage(
                mural.getId(),
                DemoPictures.of("campaign-mural", Theme.SUSTAINABILITY),
                DemoPictures.describe(Theme.SUSTAINABILITY, "sl"));
        // In action: a repair-café tour through the city's districts, its next task due next week.
        Campaign tour =
                board.create("Popravljalnica na obisku v vseh četrtnih skupnostih", CampaignKind.ADVOCACY, null);
        tour = campaigns.setTeam(tour.getId(), tour.getVersion(), Set.of(me, second), Set.of(second));
        tour = board.move(tour.getId(), tour.getVersion(), Stage.IN_ACTION, 0, null);
        checklist.addTask(tour.getId(), "Rezerviraj prostor v ČS Šiška", me, today.plusDays(7));
        // Done: the outcomes are in, the team has still to evaluate them.
        Campaign open = board.create("Odprta seja mladinskega sveta v parku", CampaignKind.ARTS, null);
        board.move(
                open.getId(),
                open.getVersion(),
                Stage.DONE,
                0,
                new Outcomes(
                        350,
                        4,
                        1,
                        1,
                        3,
                        "Na seji v parku Tivoli je govorilo 28 mladih, trije predlogi so šli mestnemu svetu."));
        // A finished campaign the team has evaluated: it waits for the city admin's confirmation.
        Recommendation buses =
                library.recommendations(Theme.SUSTAINABILITY, false).getFirst();
        Campaign done = board.create("Brezplačni avtobusi do 26. leta", CampaignKind.ADVOCACY, buses.getId());
        done = campaigns.setTeam(done.getId(), done.getVersion(), Set.of(me, second), Set.of(me));
        done = board.move(
                done.getId(),
                done.getVersion(),
                Stage.DONE,
                0,
                new Outcomes(
                        1200,
                        6,
                        3,
                        2,
                        null,
                        "Zbrali smo 1.200 podpisov, predstavili predlog na seji mestnega sveta in mestni svet je sklenil, da ga preuči do poletja."));
        board.move(done.getId(), done.getVersion(), Stage.EVALUATED, 0, null);
        // A proposal waiting for the city admin's curation.
        library.propose(
                Theme.INCLUSION,
                "Srečanje mladih ambasadorjev 2026",
                Map.of(
                        "sl",
                                new Recommendation.Words(
                                        "Tolmač za znakovni jezik na mestnih prireditvah",
                                        "Vse prireditve Mestne občine Ljubljana za mlade imajo tolmača za slovenski znakovni jezik."),
                        "en",
                                new Recommendation.Words(
                                        "Sign language at city events",
                                        "Every youth event of the City of Ljubljana has a Slovenian sign language interpreter.")));
    }
}
