package org.mesta.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.pathway.Pathway;
import org.mesta.pathway.PathwayService;

/** The pathways an organiser runs (their organisation's, or a city admin's city-wide ones), and a new one. */
@Route("organiser/pathways")
@Menu(title = "nav.pathways.organiser", order = 18, icon = "vaadin:road-branches")
@RolesAllowed({Role.PROVIDER_, Role.CITY_ADMIN_})
public class OrganiserPathwaysView extends Main implements HasDynamicTitle {

    final UnorderedList list = new UnorderedList();
    final Button create = new Button();
    final Button createCityWide = new Button();
    private final PathwayService pathways;

    OrganiserPathwaysView(PathwayService pathways) {
        this.pathways = pathways;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        MestaUser me = MestaUser.require();
        create.setText(getTranslation("pathway.list.new"));
        create.setId("pathway-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Long organisation =
                me.organisationIds().stream().filter(me::editsFor).findFirst().orElse(null);
        create.setVisible(organisation != null);
        create.addClickListener(e -> open(pathways.create(organisation)));
        createCityWide.setText(getTranslation("pathway.list.new-city"));
        createCityWide.setId("pathway-new-city");
        createCityWide.setVisible(me.has(Role.CITY_ADMIN));
        createCityWide.addClickListener(e -> open(pathways.create(null)));
        list.setId("organiser-pathways");
        list.addClassName("pathway-list");
        add(
                new H1(getTranslation("pathway.list.title")),
                new Paragraph(getTranslation("pathway.list.intro")),
                new Div(create, createCityWide),
                list);
        String language = TranslationProvider.tag(getLocale());
        for (Pathway p : pathways.mine()) {
            String title = p.content().titleIn(language, language);
            ListItem item = new ListItem(new Anchor(
                    "organiser/pathway/" + p.getId(), title.isBlank() ? getTranslation("pathway.untitled") : title));
            Span status = new Span(getTranslation(p.getStatus().translationKey()));
            status.getElement().getThemeList().add("badge");
            item.add(new Span(" "), status);
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) list.add(new ListItem(getTranslation("pathway.list.none")));
    }

    private void open(Pathway p) {
        getUI().ifPresent(ui -> ui.navigate(PathwayEditorView.class, p.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pathway.list.title");
    }
}
