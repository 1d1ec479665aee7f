package org.mesta.campaign.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mesta.base.Problem;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.LocalDates;
import org.mesta.campaign.Audience;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignDraft;
import org.mesta.campaign.CampaignKind;
import org.mesta.campaign.Recommendation;
import org.mesta.map.GeoPoint;
import org.mesta.map.MapSettings;
import org.mesta.map.PlaceService;
import org.mesta.opportunity.Theme;

/** The campaign's own fields; the team edits them, everyone else reads them. Problems show next to the field. */
class DetailsForm extends Section {

    final TextField title = new TextField();
    final RadioButtonGroup<CampaignKind> kind = new RadioButtonGroup<>();
    final TextArea goal = new TextArea();
    final MultiSelectComboBox<Recommendation> recommendations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    final CheckboxGroup<Audience> audiences = new CheckboxGroup<>();
    final TextArea actions = new TextArea();
    final DatePicker startsOn = LocalDates.localize(new DatePicker());
    final DatePicker endsOn = LocalDates.localize(new DatePicker());
    final Checkbox online = new Checkbox();
    final PlacesEditor places;
    final Div links = new Div();
    final Span linksProblem = new Span();
    final Button addLink = new Button();
    final Button save = new Button();
    private final List<HorizontalLayout> linkRows = new ArrayList<>();

    DetailsForm(
            List<Recommendation> library, PlaceService placeSearch, MapSettings map, GeoPoint cityCentre, double zoom) {
        super("campaign.details");
        String language = TranslationProvider.tag(getLocale());
        title.setLabel(getTranslation("campaign.field.title"));
        title.setRequired(true);
        title.setMaxLength(200);
        kind.setLabel(getTranslation("campaign.field.kind"));
        kind.setItems(CampaignKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        goal.setLabel(getTranslation("campaign.field.goal"));
        goal.setHelperText(getTranslation("campaign.field.goal.helper"));
        goal.setMaxLength(2000);
        recommendations.setLabel(getTranslation("campaign.field.recommendations"));
        recommendations.setItems(library);
        recommendations.setItemLabelGenerator(r -> r.words(language).title());
        themes.setLabel(getTranslation("campaign.field.themes"));
        themes.setItems(Theme.values());
        themes.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        audiences.setLabel(getTranslation("campaign.field.audiences"));
        audiences.setItems(Audience.values());
        audiences.setItemLabelGenerator(a -> getTranslation(a.translationKey()));
        actions.setLabel(getTranslation("campaign.field.actions"));
        actions.setHelperText(getTranslation("campaign.field.actions.helper"));
        actions.setMaxLength(4000);
        actions.setMinHeight("7rem");
        startsOn.setLabel(getTranslation("campaign.field.starts"));
        endsOn.setLabel(getTranslation("campaign.field.ends"));
        online.setLabel(getTranslation("campaign.field.online"));
        places = new PlacesEditor(placeSearch, map, cityCentre, zoom);
        online.addValueChangeListener(e -> places.setVisible(!e.getValue()));
        Span linksLabel = new Span(getTranslation("campaign.field.links"));
        linksLabel.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        linksProblem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        linksProblem.getElement().setAttribute("role", "alert");
        addLink.setText(getTranslation("campaign.link.add"));
        addLink.setIcon(VaadinIcon.PLUS.create());
        addLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addLink.addClickListener(e -> addLinkRow(new CampaignDraft.Link("", "")));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(
                title, kind, goal, recommendations, themes, audiences, actions, startsOn, endsOn, online);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        for (Component full : List.<Component>of(title, goal, recommendations, audiences, actions, online)) {
            form.setColspan(full, 2);
        }
        add(form, places, new Div(linksLabel), links, linksProblem, addLink, new Div(save));
    }

    void show(Campaign c, List<Recommendation> library, boolean editable) {
        CampaignDraft d = c.toDraft();
        title.setValue(d.title());
        kind.setValue(d.kind());
        goal.setValue(d.goal());
        recommendations.setValue(library.stream()
                .filter(r -> d.recommendationIds().contains(r.getId()))
                .collect(Collectors.toSet()));
        themes.setValue(d.themes());
        audiences.setValue(d.audiences());
        actions.setValue(d.plannedActions());
        startsOn.setValue(d.startsOn());
        endsOn.setValue(d.endsOn());
        online.setValue(d.online());
        places.setValue(d.places());
        places.setVisible(!d.online());
        links.removeAll();
        linkRows.clear();
        d.links().forEach(this::addLinkRow);
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(title, goal, actions)) f.setReadOnly(!editable);
        kind.setReadOnly(!editable);
        recommendations.setReadOnly(!editable);
        themes.setReadOnly(!editable);
        audiences.setReadOnly(!editable);
        startsOn.setReadOnly(!editable);
        endsOn.setReadOnly(!editable);
        online.setReadOnly(!editable);
        places.setEditable(editable);
        linkRows.forEach(r -> r.getChildren().forEach(x -> {
            if (x instanceof TextField t) t.setReadOnly(!editable);
            else x.setVisible(editable);
        }));
        addLink.setVisible(editable);
        save.setVisible(editable);
        clearProblems();
    }

    private void addLinkRow(CampaignDraft.Link link) {
        TextField label = new TextField(getTranslation("campaign.link.label"), link.label(), "");
        label.setMaxLength(200);
        TextField url = new TextField(getTranslation("campaign.link.url"), link.url(), "https://");
        url.setMaxLength(500);
        HorizontalLayout row = new HorizontalLayout(label, url);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            links.remove(row);
            linkRows.remove(row);
        });
        remove.setAriaLabel(getTranslation("campaign.link.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(url);
        row.setWidthFull();
        linkRows.add(row);
        links.add(row);
    }

    CampaignDraft draft() {
        List<CampaignDraft.Link> list = linkRows.stream()
                .map(r -> {
                    List<TextField> fields = r.getChildren()
                            .filter(TextField.class::isInstance)
                            .map(TextField.class::cast)
                            .toList();
                    return new CampaignDraft.Link(
                            fields.get(0).getValue(), fields.get(1).getValue());
                })
                .filter(l -> !(l.label().isBlank() && l.url().isBlank()))
                .toList();
        Set<Long> recs =
                recommendations.getValue().stream().map(Recommendation::getId).collect(Collectors.toSet());
        return new CampaignDraft(
                title.getValue(),
                kind.getValue(),
                goal.getValue(),
                actions.getValue(),
                themes.getValue(),
                audiences.getValue(),
                recs,
                startsOn.getValue(),
                endsOn.getValue(),
                online.getValue(),
                online.getValue() ? List.of() : places.getValue(),
                list);
    }

    /** Puts each problem next to the field it concerns; returns those no field fits (to be notified). */
    List<Problem> show(List<Problem> problems) {
        return problems.stream().filter(p -> !show(p)).toList();
    }

    private boolean show(Problem p) {
        String text = getTranslation(p.key(), p.params());
        HasValidation field = switch (p.key()) {
            case "campaign.error.title" -> title;
            case "campaign.error.dates" -> endsOn;
            case "campaign.error.kind" -> kind;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(text);
            field.setInvalid(true);
            return true;
        }
        if (p.key().equals("error.url") || p.key().equals("campaign.error.link-label")) {
            linksProblem.setText(text);
            return true;
        }
        return false;
    }

    void clearProblems() {
        title.setInvalid(false);
        endsOn.setInvalid(false);
        kind.setInvalid(false);
        linksProblem.setText("");
    }
}
