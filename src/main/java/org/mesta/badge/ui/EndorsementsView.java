package org.mesta.badge.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.badge.EndorsementService;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SearchField;
import org.mesta.city.Organisation;

/**
 * A provider endorses badges of the network's other organisations (search, pictures, a page at a time) and sees,
 * and may withdraw, the endorsements their organisation has given.
 */
@Route("provider/endorsements")
@Menu(title = "nav.endorsements", order = 18, icon = "vaadin:handshake")
@RolesAllowed(Role.PROVIDER_)
public class EndorsementsView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Grid<EndorsementService.Candidate> candidates = new Grid<>();
    final Div given = new Div();
    private final EndorsementService service;
    private Set<Long> endorsedByChosen = Set.of();

    EndorsementsView(EndorsementService service) {
        this.service = service;
        addClassNames("endorse-view", LumoUtility.Padding.MEDIUM);
        String language = TranslationProvider.tag(getLocale());
        List<Organisation> mine = service.endorsers();
        organisation.setId("endorse-organisation");
        organisation.setLabel(getTranslation("endorse.for-organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setVisible(mine.size() > 1);
        if (!mine.isEmpty()) organisation.setValue(mine.getFirst());
        organisation.addValueChangeListener(e -> refresh());
        SearchField.configure(search, getTranslation("endorse.search"), this::refreshCandidates);
        search.setId("endorse-search");
        search.setPlaceholder(getTranslation("endorse.search"));

        candidates.setId("endorse-candidates");
        candidates.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        candidates
                .addComponentColumn(c -> {
                    Image image = new Image(
                            "api/badges/" + c.badge().getId() + "/image.png?size=128&lang=" + language + "&v="
                                    + c.badge().getVersion(),
                            c.alt());
                    image.setWidth("56px");
                    image.setHeight("56px");
                    return image;
                })
                .setHeader(getTranslation("endorse.field.image"))
                .setWidth("96px")
                .setFlexGrow(0);
        candidates
                .addComponentColumn(c -> {
                    Span name = new Span(c.name());
                    name.addClassName("endorse-badge-name");
                    Span whose = new Span(getTranslation("endorse.whose", c.organisation(), c.city()));
                    whose.addClassName("endorse-whose");
                    return new Div(name, whose);
                })
                .setHeader(getTranslation("endorse.field.badge"))
                .setFlexGrow(1);
        candidates
                .addComponentColumn(this::action)
                .setHeader(getTranslation("endorse.field.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        candidates.setEmptyStateText(getTranslation("endorse.none"));
        candidates.setAllRowsVisible(true);
        candidates.setPageSize(20);

        given.setId("endorse-given");
        H2 title = new H2(getTranslation("endorse.title"));
        Paragraph intro = new Paragraph(getTranslation("endorse.intro"));
        Div toolbar = new Div(search, organisation);
        toolbar.addClassName("endorse-toolbar");
        add(title, intro, toolbar, candidates, new H3(getTranslation("endorse.given.title")), given);
        refresh();
    }

    private Button action(EndorsementService.Candidate c) {
        boolean already = endorsedByChosen.contains(c.badge().getId());
        Button endorse = new Button(getTranslation(already ? "endorse.already" : "endorse.action"));
        endorse.setAriaLabel(getTranslation("endorse.action-named", c.name()));
        endorse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        endorse.setEnabled(!already && organisation.getValue() != null);
        endorse.addClickListener(e -> open(c));
        return endorse;
    }

    void open(EndorsementService.Candidate c) {
        Organisation as = organisation.getValue();
        if (as == null) return;
        new EndorseDialog(service, as, c, this::refresh).open();
    }

    void refresh() {
        String language = TranslationProvider.tag(getLocale());
        List<EndorsementService.Shown> ours = service.given(language);
        Organisation as = organisation.getValue();
        endorsedByChosen = as == null
                ? Set.of()
                : ours.stream()
                        .filter(s -> s.active() && s.organisationId() == as.getId())
                        .map(EndorsementService.Shown::badgeId)
                        .collect(Collectors.toSet());
        refreshCandidates();
        fillGiven(ours);
    }

    private void refreshCandidates() {
        String language = TranslationProvider.tag(getLocale());
        candidates.setItems(
                query -> service.endorsable(search.getValue(), language, toSpringPageRequest(query)).stream());
    }

    private void fillGiven(List<EndorsementService.Shown> ours) {
        given.removeAll();
        if (ours.isEmpty()) {
            given.add(new Paragraph(getTranslation("endorse.given.none")));
            return;
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        for (EndorsementService.Shown s : ours) {
            Span badge = new Span(s.badgeName());
            badge.addClassName("endorse-badge-name");
            Span by = new Span(getTranslation("endorse.given.by", s.endorser(), when.format(s.issuedAt())));
            by.addClassName("endorse-whose");
            Paragraph comment = new Paragraph(s.comment());
            comment.addClassName("endorse-comment");
            Div text = new Div(badge, by, comment);
            text.addClassName("endorse-given-text");
            Div row = new Div(text);
            row.addClassName("endorse-given-row");
            if (s.active()) {
                Button withdraw = new Button(getTranslation("endorse.withdraw"), e -> {
                    if (Notifications.attempt(() -> service.withdraw(s.id()))) {
                        Notifications.success(getTranslation("endorse.withdrawn.done"));
                        refresh();
                    }
                });
                withdraw.setAriaLabel(getTranslation("endorse.withdraw-named", s.badgeName()));
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                row.add(withdraw);
            } else {
                Span state = new Span(getTranslation("endorse.withdrawn", when.format(s.withdrawnAt())));
                state.getElement().getThemeList().add("badge contrast");
                row.add(state);
            }
            given.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("endorse.title");
    }
}
