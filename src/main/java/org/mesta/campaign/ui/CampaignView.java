package org.mesta.campaign.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.CampaignService.Person;
import org.mesta.campaign.Outcomes;
import org.mesta.campaign.Recommendation;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    final Div team = new Div();
    final Button editTeam = new Button();
    final Div outcomes = new Div();
    final Button recordOutcomes = new Button();
    final Div reachingOut = new Div();
    final Button publishEvent = new Button();
    final Button askToJoin = new Button();
    final com.vaadin.flow.component.menubar.MenuBar moveMenu = new com.vaadin.flow.component.menubar.MenuBar();
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
    private final CityService cities;
    private final PlaceService places;
    private final MapSettings map;
    private final BoardBroadcaster broadcaster;
    private Campaign campaign;
    private boolean editable;
    private List<Recommendation> library = List.of();
    private List<Person> people = List.of();
    private City city;

    CampaignView(CampaignService service, CityService cities, PlaceService places, MapSettings map,
                 BoardBroadcaster broadcaster) {
        this.service = service;
        this.cities = cities;
        this.places = places;
        this.map = map;
        this.broadcaster = broadcaster;
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        campaign = service.get(id);
        city = cities.findCity(campaign.getCityId()).orElseThrow();
        editable = service.mayEdit(id);
        library = service.recommendations(null, false);
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

        Div teamSection = section("campaign.team", team, editTeam);
        editTeam.setText(getTranslation("campaign.team.edit"));
        editTeam.addClickListener(e -> openTeamDialog());
        Div outcomeSection = section("campaign.outcomes", outcomes, recordOutcomes);
        recordOutcomes.setText(getTranslation("campaign.outcomes.record"));
        recordOutcomes.addClickListener(e -> OutcomesDialog.open(campaign.getOutcomes(), o -> saveOutcomes(o)));
        Div reachSection = section("campaign.reaching-out", reachingOut, publishEvent);
        publishEvent.setText(getTranslation("campaign.event.open"));
        publishEvent.addClickListener(e -> new PublicEventDialog(campaign, places, map,
                new GeoPoint(city.getLatitude(), city.getLongitude()), city.getZoom(), event -> {
            campaign = service.publishEvent(campaign.getId(), campaign.getVersion(), event);
            Notifications.success(getTranslation("campaign.event.submitted"));
            show();
            return true;
        }).open());

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
        editTeam.setVisible(editable);
        recordOutcomes.setVisible(editable);
        publishEvent.setVisible(editable);

        details = new DetailsForm(library, places, map, centre, city.getZoom());
        details.save.addClickListener(e -> saveDetails());
        materials = new MaterialsSection(service, campaign.getId(), editable);
        tasks = new TaskList(service, campaign.getId(), editable, this::reloadCampaign);
        comments = new CommentsPanel(service, campaign.getId(),
                editable || MestaUser.require().administers(campaign.getCityId()), zone);
        history = new HistoryPanel(service, campaign.getId(), zone);
        mainTop.removeAll();
        mainTop.add(details, materials);
        sideTasks.removeAll();
        sideTasks.add(tasks);
        sideTalk.removeAll();
        sideTalk.add(comments, history);
        show();
    }

    private Div section(String key, Div body, Button action) {
        Section section = new Section(key);
        section.add(body, action);
        return section;
    }

    /** Shows the campaign as it is now stored. */
    void show() {
        title.setText(campaign.getTitle());
        stage.setText(getTranslation(campaign.getStage().translationKey()));
        showMoveMenu();
        details.show(campaign, library, editable);
        stale.setVisible(false);
        showTeam();
        showOutcomes();
        showReachingOut();
        tasks.setTeam(people.stream().filter(p -> campaign.isMember(p.id())).toList());
        history.refresh();
    }

    /** The stage can change here too (to the end of that column), with the same outcomes question as the board. */
    private void showMoveMenu() {
        moveMenu.removeAll();
        moveMenu.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_SMALL);
        var root = moveMenu.addItem(getTranslation("campaign.move"));
        for (org.mesta.campaign.Stage s : org.mesta.campaign.Stage.values()) {
            if (s == campaign.getStage()) continue;
            root.getSubMenu().addItem(getTranslation(s.translationKey()), e -> moveTo(s));
        }
    }

    void moveTo(org.mesta.campaign.Stage to) {
        if (to.needsOutcomes() && !campaign.hasOutcomes()) {
            OutcomesDialog.open(null, o -> moved(to, o));
        } else {
            moved(to, null);
        }
    }

    private boolean moved(org.mesta.campaign.Stage to, Outcomes outcomes) {
        boolean ok = Notifications.attempt(() -> campaign = service.move(campaign.getId(), campaign.getVersion(), to,
                Integer.MAX_VALUE, outcomes));
        if (ok) {
            Notifications.success(getTranslation("campaign.moved-to", getTranslation(to.translationKey())));
            show();
        }
        return ok;
    }

    private void showTeam() {
        team.removeAll();
        Set<Long> leads = campaign.leadIds();
        people.stream().filter(p -> campaign.isMember(p.id())).forEach(p -> {
            Span who = new Span(leads.contains(p.id()) ? getTranslation("campaign.team.lead", p.name()) : p.name());
            who.getElement().getThemeList().add(leads.contains(p.id()) ? "badge primary" : "badge");
            team.add(who);
        });
        team.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        editTeam.setVisible(editable && campaign.isLead(MestaUser.require().accountId()));
    }

    private void showOutcomes() {
        outcomes.removeAll();
        Outcomes o = campaign.getOutcomes();
        if (o == null || !o.recorded()) {
            outcomes.add(new Span(getTranslation("campaign.outcomes.none")));
        } else {
            outcomes.add(new Paragraph(getTranslation("campaign.outcomes.figures", n(o.peopleReached()),
                    n(o.decisionMakers()), n(o.eventsHeld()), n(o.mediaMentions()), n(o.artworks()))));
            Paragraph story = new Paragraph(o.story());
            story.addClassName("campaign-comment-body");
            outcomes.add(story);
        }
    }

    private static String n(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }

    private void showReachingOut() {
        reachingOut.removeAll();
        service.eventStatus(campaign.getId()).ifPresentOrElse(
                status -> reachingOut.add(new Paragraph(getTranslation("campaign.event.status", getTranslation(status)))),
                () -> reachingOut.add(new Paragraph(getTranslation("campaign.event.none"))));
        service.campaignBadge().ifPresentOrElse(
                b -> reachingOut.add(new Paragraph(getTranslation("campaign.badge.configured",
                        b.texts(getLocale().getLanguage()).name()))),
                () -> reachingOut.add(new Paragraph(getTranslation("campaign.badge.none"))));
    }

    void saveDetails() {
        details.clearProblems();
        try {
            campaign = service.save(campaign.getId(), campaign.getVersion(), details.draft());
            Notifications.success(getTranslation("campaign.saved"));
            show();
        } catch (UserError e) {
            if (!details.showProblem(e)) Notifications.error(getTranslation(e.key(), e.params()));
        } catch (OptimisticLockingFailureException e) {
            // Keep what this person typed; say that someone else saved first.
            stale.setVisible(true);
            staleNotice(getTranslation("campaign.stale.conflict"));
        }
    }

    boolean saveOutcomes(Outcomes o) {
        return Notifications.attempt(() -> {
            campaign = service.recordOutcomes(campaign.getId(), campaign.getVersion(), o);
            show();
        });
    }

    private void openTeamDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaign.team.edit"));
        MultiSelectComboBox<Person> members = new MultiSelectComboBox<>(getTranslation("campaign.team.members"), people);
        members.setItemLabelGenerator(Person::name);
        members.setValue(people.stream().filter(p -> campaign.isMember(p.id())).collect(Collectors.toSet()));
        MultiSelectComboBox<Person> leads = new MultiSelectComboBox<>(getTranslation("campaign.team.leads"), people);
        leads.setItemLabelGenerator(Person::name);
        leads.setValue(people.stream().filter(p -> campaign.isLead(p.id())).collect(Collectors.toSet()));
        leads.setHelperText(getTranslation("campaign.team.leads.helper"));
        members.setWidthFull();
        leads.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attempt(() -> campaign = service.setTeam(campaign.getId(), campaign.getVersion(),
                    ids(members.getValue()), ids(leads.getValue())))) {
                dialog.close();
                show();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(members, leads);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private static Set<Long> ids(Set<Person> people) {
        return people.stream().map(Person::id).collect(Collectors.toSet());
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
            broadcaster.listenWhileAttached(this, campaign.getCityId(), changed -> {
                if (changed.campaignId() == campaign.getId() || changed.campaignId() == 0) changedElsewhere();
            });
        }
    }

    @Override
    public String getPageTitle() {
        return campaign == null ? getTranslation("campaign.board.title") : campaign.getTitle();
    }
}
