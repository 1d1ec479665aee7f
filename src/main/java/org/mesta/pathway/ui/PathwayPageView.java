package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapRoute;
import org.mesta.map.MapSettings;
import org.mesta.map.MestaMap;
import org.mesta.map.RouteList;
import org.mesta.opportunity.CityPathways;
import org.mesta.pathway.EnrolmentService;
import org.mesta.pathway.PathwayProgress;
import org.mesta.pathway.PublicPathways;
import org.mesta.pathway.PublicPathways.PublicPathway;

/**
 * A published pathway at its own shareable address: story, picture, steps in order (with done / next marks for a
 * signed-in learner and who runs each), the milestone badge, "Enrol", and the route of its steps on a map.
 */
@Route("pathways")
@AnonymousAllowed
public class PathwayPageView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final String ROUTE_COLOUR = "#1f6f5c";

    private final PublicPathways pathways;
    private final EnrolmentService enrolments;
    final H1 title = new H1();
    /** "Shown in English — not yet available in …" when the pathway has no title in the reader's language. */
    final Div fallback = new Div();

    final Paragraph by = new Paragraph();
    final Image picture = new Image();
    final Paragraph story = new Paragraph();
    final Div steps = new Div();
    final Paragraph progress = new Paragraph();
    final Div milestone = new Div();
    final Button enrol = new Button();
    final Button leave = new Button();
    final Anchor signIn = new Anchor("login", "");
    final Anchor back = new Anchor();
    final MestaMap map;
    final RouteList routeList = new RouteList();
    private final Div mapBlock = new Div();
    private @Nullable PublicPathway shown;

    PathwayPageView(PublicPathways pathways, EnrolmentService enrolments, MapSettings mapSettings) {
        this.pathways = pathways;
        this.enrolments = enrolments;
        this.map = new MestaMap(mapSettings);
        addClassNames("mesta-narrow", "pathway-page", LumoUtility.Padding.LARGE);
        build();
    }

    private void build() {
        title.setId("pathway-title");
        fallback.setId("pathway-content-fallback");
        picture.addClassName("pathway-picture");
        story.addClassName("pathway-story");
        progress.setId("pathway-progress");
        milestone.setId("pathway-milestone");
        milestone.addClassName("pathway-milestone");
        enrol.setText(getTranslation("pathway.page.enrol"));
        enrol.setId("pathway-enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> enrol());
        leave.setText(getTranslation("pathway.page.leave"));
        leave.setId("pathway-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(e -> leave());
        signIn.setText(getTranslation("pathway.page.sign-in"));
        signIn.setId("pathway-sign-in");
        map.setId("pathway-map");
        map.setClustering(false);
        map.setInteraction(false, true);
        map.setWidthFull();
        map.setHeight("20rem");
        map.setAccessibleTexts(getTranslation("pathway.page.map"), "", "{0}");
        mapBlock.add(new H2(getTranslation("pathway.page.route")), map, routeList);
        mapBlock.addClassName("pathway-route");
        Div actions = new Div(enrol, leave, signIn);
        actions.addClassName("pathway-actions");
        add(
                new Paragraph(back),
                title,
                fallback,
                by,
                picture,
                story,
                actions,
                progress,
                milestone,
                new H2(getTranslation("pathway.page.steps")),
                steps,
                mapBlock);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        String language = TranslationProvider.tag(getLocale());
        shown = pathways.find(id, language).orElseThrow(NotFoundException::new);
        PublicPathway p = shown;
        title.setText(p.title());
        fallback.removeAll();
        ContentLanguage.mark(title, p.titleLanguage(), getLocale()).ifPresent(fallback::add);
        fallback.setVisible(fallback.getComponentCount() > 0);
        ContentLanguage.mark(story, p.storyLanguage(), getLocale());
        by.setText(getTranslation("pathway.page.by", p.organisation()));
        back.setHref("cities/" + p.city().getSlug());
        back.setText(getTranslation("public.back-to-city", p.city().name(getLocale())));
        picture.setVisible(p.hasImage());
        picture.getElement().removeAttribute("lang");
        if (p.hasImage()) {
            picture.setSrc(PublicPathways.imageUrl(p.id()));
            // Described in the reader's language, else the city's first, else English: lang says which.
            picture.setAlt(p.imageAlt());
            ContentLanguage.mark(picture, p.imageAltLanguage(), getLocale());
        }
        story.setText(p.story());
        milestone.removeAll();
        if (p.milestoneBadgeId() != null) {
            Image badge = new Image("/api/badges/" + p.milestoneBadgeId() + "/image.png", "");
            badge.setWidth("72px");
            badge.setHeight("72px");
            // The sentence is the reader's; only the badge's name inside it may be in another language.
            Span name = new Span(p.milestoneName());
            ContentLanguage.mark(name, p.milestoneLanguage(), getLocale());
            String[] around = getTranslation("pathway.page.milestone", "\u0000").split("\u0000", -1);
            Span sentence = new Span(new Span(around[0]), name, new Span(around.length > 1 ? around[1] : ""));
            milestone.add(badge, new Div(sentence, new Paragraph(getTranslation("pathway.page.milestone-help"))));
        }
        List<CityPathways.Stop> route = p.route();
        mapBlock.setVisible(!route.isEmpty());
        MapRoute line = new MapRoute(
                String.valueOf(p.id()),
                p.title(),
                ROUTE_COLOUR,
                route.stream().map(s -> new MapRoute.Stop(s.place(), s.label())).toList());
        map.setRoutes(List.of(line));
        routeList.setRoutes(List.of(line));
        if (!route.isEmpty()) {
            map.fit(route.stream().map(CityPathways.Stop::place).toList());
        } else {
            map.setView(
                    new GeoPoint(p.city().getLatitude(), p.city().getLongitude()),
                    p.city().getZoom());
        }
        refresh();
    }

    /** Marks, progress and the enrol/leave buttons for whoever is looking. */
    void refresh() {
        PublicPathway p = shown;
        if (p == null) return;
        boolean learner = MestaUser.current().map(u -> u.has(Role.LEARNER)).orElse(false);
        boolean signedIn = MestaUser.current().isPresent();
        boolean enrolled = learner && enrolments.enrolled(p.id());
        @Nullable PathwayProgress mine = signedIn
                ? enrolments
                        .progress(p.id(), TranslationProvider.tag(getLocale()))
                        .orElse(null)
                : null;
        steps.removeAll();
        steps.add(StepMarks.list(this, p.content(), p.steps(), mine));
        enrol.setVisible(learner && !enrolled);
        leave.setVisible(enrolled);
        signIn.setVisible(!signedIn);
        progress.setVisible(mine != null && enrolled);
        if (mine != null) {
            progress.setText(
                    mine.complete()
                            ? getTranslation("pathway.progress.complete")
                            : getTranslation("pathway.progress", mine.unitsDone(), mine.units()));
        }
    }

    private void enrol() {
        if (shown == null) return;
        enrolments.enrol(shown.id());
        Notification.show(getTranslation("pathway.page.enrolled"));
        refresh();
    }

    private void leave() {
        if (shown == null) return;
        enrolments.leave(shown.id());
        Notification.show(getTranslation("pathway.page.left"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("app.name") : shown.title();
    }
}
