package org.mesta.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.mesta.base.Languages;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.StaleEdit;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.CampaignService.Person;
import org.mesta.campaign.ChecklistService;
import org.mesta.campaign.CommentService;
import org.mesta.campaign.MaterialsService;
import org.mesta.campaign.ReachingOutService;
import org.mesta.campaign.Recommendation;
import org.mesta.campaign.RecommendationService;
import org.mesta.campaign.Stage;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A campaign card opened: its fields, team, checklist, materials, outcomes, conversation and history, and
 * the ways to reach out. The team edits; the city's other ambassadors and its admins read (admins comment).
 * When someone else changes the campaign meanwhile, a notice offers to reload rather than overwrite.
 */
@Route("ambassador/campaign")
@RolesAllowed({Role.AMBASSADOR_, Role.CITY_ADMIN_})
public class CampaignView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final H1 title = new H1();
    final Span stage = new Span();
    final Div stale = new Div();
    final Button askToJoin = new Button();
    final StageMenu moveMenu;
    final TeamSection teamSection;
    final OutcomesSection outcomeSection;
    final ReachingOutSection reachSection;
    private final HorizontalLayout readOnlyRow = new HorizontalLayout();
    private final Div mainTop = new Div();
    private final Div sideTasks = new Div();
    private final Div sideTalk = new Div();
    DetailsForm details;
    TaskList tasks;
    CommentsPanel comments;
    HistoryPanel history;
    MaterialsSection materials;
    private final CampaignService service;
    private final RecommendationService recommendations;
    private final ChecklistService checklist;
    private final CommentService talk;
    private final MaterialsService pictures;
    private final CityService cities;
    private final PlaceService places;
    private final MapSettings map;
    private final BoardBroadcaster broadcaster;
    private Campaign campaign;
    private boolean editable;
    private List<Recommendation> library = List.of();
    private List<Person> people = List.of();
    private City city;

    CampaignView(
            CampaignService service,
            BoardService board,
            RecommendationService recommendations,
            ChecklistService checklist,
            CommentService talk,
            MaterialsService pictures,
            ReachingOutService reaching,
            CityService cities,
            PlaceService places,
            MapSettings map,
            BoardBroadcaster broadcaster) {
        this.service = service;
        this.recommendations = recommendations;
        this.checklist = checklist;
        this.talk = talk;
        this.pictures = pictures;
        this.cities = cities;
        this.places = places;
        this.map = map;
        this.broadcaster = broadcaster;
        moveMenu = new StageMenu(board, () -> campaign, this::changed, this::reloadCampaign);
        teamSection = new TeamSection(service, () -> campaign, this::changed, this::reloadCampaign);
        outcomeSection = new OutcomesSection(service, () -> campaign, this::changed, this::reloadCampaign);
        reachSection =
                new ReachingOutSection(reaching, places, map, () -> campaign, this::changed, this::reloadCampaign);
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        campaign = service.get(id);
        city = cities.findCity(campaign.getCityId()).orElseThrow();
        editable = service.mayEdit(id);
        library = recommendations.recommendations(null, false);
        people = service.people();
        fill();
    }

    /** Built once: Vaadin keeps this instance when only the campaign id changes, so listeners are added here only. */
    private void build() {
        RouterLink back = new RouterLink(getTranslation("campaign.back"), BoardView.class);
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        stage.getElement().getThemeList().add("badge");
        HorizontalLayout head = new HorizontalLayout(title, stage, moveMenu);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassNames(LumoUtility.FlexWrap.WRAP);
        Paragraph readOnly = new Paragraph(getTranslation("campaign.read-only"));
        readOnly.addClassNames(LumoUtility.TextColor.SECONDARY);
        askToJoin.setText(getTranslation("campaign.join.ask"));
        askToJoin.addThemeVariants(ButtonVariant.LUMO_SMALL);
        askToJoin.addClickListener(e -> {
            if (Notifications.attempt(() -> service.askToJoin(campaign.getId()))) {
                Notifications.success(getTranslation("campaign.join.asked"));
                askToJoin.setEnabled(false);
                history.refresh();
            }
        });
        readOnlyRow.add(readOnly, askToJoin);
        readOnlyRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        stale.addClassName("campaign-stale");
        stale.getElement().setAttribute("role", "status");

        // The wrappers only hold the per-campaign parts; "contents" keeps the columns' layout as before.
        List.of(mainTop, sideTasks, sideTalk).forEach(d -> d.getStyle().set("display", "contents"));
        Div main = new Div(mainTop, reachSection);
        Div side = new Div(teamSection, sideTasks, outcomeSection, sideTalk);
        main.addClassName("campaign-main");
        side.addClassName("campaign-side");
        Div columns = new Div(main, side);
        columns.addClassName("campaign-detail");
        add(back, head, readOnlyRow, stale, columns);
    }

    /** One campaign: the parts bound to its id are made for it; the frame above only shows or hides. */
    private void fill() {
        ZoneId zone = ZoneId.of(city.getTimeZone());
        GeoPoint centre = new GeoPoint(city.getLatitude(), city.getLongitude());
        moveMenu.setVisible(editable);
        askToJoin.setVisible(MestaUser.require().has(Role.AMBASSADOR));
        askToJoin.setEnabled(true);
        readOnlyRow.setVisible(!editable);
        stale.setVisible(false);
        reachSection.setCity(city);

        details = new DetailsForm(library, places, map, centre, city.getZoom());
        details.save.addClickListener(e -> saveDetails());
        materials = new MaterialsSection(
                pictures,
                campaign.getId(),
                Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages()),
                editable);
        tasks = new TaskList(checklist, campaign.getId(), editable, this::reloadCampaign);
        comments = new CommentsPanel(
                talk,
                people,
                campaign.getId(),
                editable || MestaUser.require().administers(campaign.getCityId()),
                zone);
        history = new HistoryPanel(service, campaign.getId(), zone);
        mainTop.removeAll();
        mainTop.add(details, materials);
        sideTasks.removeAll();
        sideTasks.add(tasks);
        sideTalk.removeAll();
        sideTalk.add(comments, history);
        show();
    }

    /** A section changed the campaign: show it as it is now stored. */
    private void changed(Campaign now) {
        campaign = now;
        show();
    }

    /** Shows the campaign as it is now stored. */
    void show() {
        title.setText(campaign.getTitle());
        stage.setText(getTranslation(campaign.getStage().translationKey()));
        moveMenu.show();
        details.show(campaign, library, editable);
        stale.setVisible(false);
        teamSection.show(people, editable);
        outcomeSection.show(editable);
        reachSection.show(editable);
        tasks.setTeam(people.stream().filter(p -> campaign.isMember(p.id())).toList());
        history.refresh();
    }

    void moveTo(Stage to) {
        moveMenu.moveTo(to);
    }

    void saveDetails() {
        details.clearProblems();
        try {
            campaign = service.save(campaign.getId(), campaign.getVersion(), details.draft());
            Notifications.success(getTranslation("campaign.saved"));
            show();
        } catch (UserError e) {
            details.show(e.problems()).forEach(p -> Notifications.error(getTranslation(p.key(), p.params())));
        } catch (OptimisticLockingFailureException e) {
            // What this person typed stays in the form; nothing is saved over the other change.
            StaleEdit.tell(this::reloadCampaign);
        }
    }

    /** Someone else changed the campaign: offer to load their version instead of silently replacing the form. */
    private void staleNotice(String text) {
        stale.removeAll();
        Button reload = new Button(getTranslation("campaign.stale.reload"), e -> reloadCampaign());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        stale.add(new Span(text), reload);
        stale.setVisible(true);
    }

    void reloadCampaign() {
        campaign = service.get(campaign.getId());
        show();
    }

    void changedElsewhere() {
        Campaign now = service.get(campaign.getId());
        if (now.getVersion() == campaign.getVersion()) {
            tasks.refresh();
            comments.refresh();
            history.refresh();
            return;
        }
        if (editable) {
            staleNotice(getTranslation("campaign.stale.changed"));
        } else {
            campaign = now;
            show();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (campaign != null) {
            // Campaign id 0: something changed on another app node; changedElsewhere compares versions.
            // The id is read when a change arrives: this instance may show another campaign by then.
            broadcaster.listenWhileAttached(this, campaign.getCityId(), changes -> {
                if (changes.stream().anyMatch(c -> c.campaignId() == campaign.getId() || c.campaignId() == 0)) {
                    changedElsewhere();
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.board.title") : campaign.getTitle();
    }
}
