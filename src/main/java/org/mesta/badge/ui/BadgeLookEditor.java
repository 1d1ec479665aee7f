package org.mesta.badge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mesta.badge.BadgeArt;
import org.mesta.badge.BadgeDesign;

/**
 * How a badge looks: template, shape, colours, border, icon, lettering, ribbon and the order of its layers. Each
 * change someone makes is handed on as the next design; {@link #show} puts a design into the controls quietly.
 */
class BadgeLookEditor extends Composite<Div> {

    private final Consumer<BadgeDesign> changed;
    private BadgeDesign design = BadgeDesign.standard();
    private boolean loading;

    final Select<BadgeDesign.Template> template = new Select<>();
    final RadioButtonGroup<BadgeDesign.Shape> shape = new RadioButtonGroup<>();
    final ColourField fill;
    final Checkbox gradient = new Checkbox();
    final ColourField fill2;
    final IntegerField borderWidth = new IntegerField();
    final ColourField borderColour;
    final Checkbox ribbon = new Checkbox();
    final ColourField ribbonColour;
    final ColourField ribbonTextColour;
    final Select<BadgeDesign.Font> font = new Select<>();
    final ColourField textColour;
    final ComboBox<String> icon = new ComboBox<>();
    final ColourField iconColour;
    final UnorderedList layers = new UnorderedList();

    /** {@code picture} is shown among the controls (after the shape); {@code changed} receives each next design. */
    BadgeLookEditor(Component picture, Consumer<BadgeDesign> changed) {
        this.changed = changed;
        fill = new ColourField(getTranslation("badge.design.fill"));
        fill2 = new ColourField(getTranslation("badge.design.fill2"));
        borderColour = new ColourField(getTranslation("badge.design.border-colour"));
        ribbonColour = new ColourField(getTranslation("badge.design.ribbon-colour"));
        ribbonTextColour = new ColourField(getTranslation("badge.design.ribbon-text-colour"));
        textColour = new ColourField(getTranslation("badge.design.text-colour"));
        iconColour = new ColourField(getTranslation("badge.design.icon-colour"));
        template.setLabel(getTranslation("badge.design.template"));
        template.setItems(BadgeDesign.templates());
        template.setItemLabelGenerator(t -> getTranslation("badge.template." + t.key()));
        template.setPlaceholder(getTranslation("badge.design.template.placeholder"));
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) change(e.getValue().design());
        });
        shape.setLabel(getTranslation("badge.design.shape"));
        shape.setItems(BadgeDesign.Shape.values());
        shape.setItemLabelGenerator(
                s -> getTranslation("badge.shape." + s.name().toLowerCase(Locale.ROOT)));
        shape.addValueChangeListener(e -> {
            if (e.getValue() != null) change(design.withShape(e.getValue()));
        });
        fill.onChange(v -> change(design.withFill(v, design.fill2())));
        gradient.setLabel(getTranslation("badge.design.gradient"));
        gradient.addValueChangeListener(
                e -> change(design.withFill(design.fill(), e.getValue() ? darker(design.fill()) : null)));
        fill2.onChange(v -> change(design.withFill(design.fill(), v)));
        borderWidth.setLabel(getTranslation("badge.design.border-width"));
        borderWidth.setMin(0);
        borderWidth.setMax(BadgeDesign.MAX_BORDER);
        borderWidth.setStep(2);
        borderWidth.setStepButtonsVisible(true);
        borderWidth.addValueChangeListener(e -> {
            if (e.getValue() != null) change(design.withBorder(e.getValue(), design.borderColor()));
        });
        borderColour.onChange(v -> change(design.withBorder(design.borderWidth(), v)));
        ribbon.setLabel(getTranslation("badge.design.ribbon"));
        ribbon.addValueChangeListener(
                e -> change(design.withRibbon(e.getValue(), design.ribbonColor(), design.ribbonTextColor())));
        ribbonColour.onChange(v -> change(design.withRibbon(design.ribbon(), v, design.ribbonTextColor())));
        ribbonTextColour.onChange(v -> change(design.withRibbon(design.ribbon(), design.ribbonColor(), v)));
        font.setLabel(getTranslation("badge.design.font"));
        font.setItems(BadgeDesign.Font.values());
        font.setItemLabelGenerator(f -> getTranslation("badge.font." + f.name().toLowerCase(Locale.ROOT)));
        font.addValueChangeListener(e -> {
            if (e.getValue() != null) change(design.withText(e.getValue(), design.textColor()));
        });
        textColour.onChange(v -> change(design.withText(design.font(), v)));
        icon.setLabel(getTranslation("badge.design.icon"));
        icon.setHelperText(getTranslation("badge.design.icon.helper"));
        icon.setItems(query ->
                BadgeArt.searchIcons(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset())
                        .limit(query.getLimit()));
        icon.setClearButtonVisible(true);
        icon.setWidth("18rem");
        icon.addValueChangeListener(e -> change(design.withIcon(e.getValue(), design.iconColor())));
        iconColour.onChange(v -> change(design.withIcon(design.icon(), v)));

        Div look = section(
                getTranslation("badge.design.look"),
                template,
                shape,
                picture,
                row(fill, gradient, fill2),
                row(borderWidth, borderColour),
                row(icon, iconColour),
                row(font, textColour),
                row(ribbon, ribbonColour, ribbonTextColour));
        layers.setId("layers");
        layers.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        Div order = section(
                getTranslation("badge.design.layers"),
                new Paragraph(getTranslation("badge.design.layers.help")),
                layers);
        getContent().add(look, order);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
    }

    private void change(BadgeDesign next) {
        if (!loading) changed.accept(next);
    }

    /** Puts the design into every control without counting as a change. */
    void show(BadgeDesign d) {
        design = d;
        loading = true;
        try {
            shape.setValue(d.shape());
            fill.setValue(d.fill());
            gradient.setValue(d.fill2() != null);
            fill2.setValue(d.fill2() == null ? d.fill() : d.fill2());
            fill2.setEnabled(d.fill2() != null);
            borderWidth.setValue(d.borderWidth());
            borderColour.setValue(d.borderColor());
            ribbon.setValue(d.ribbon());
            ribbonColour.setValue(d.ribbonColor());
            ribbonTextColour.setValue(d.ribbonTextColor());
            font.setValue(d.font());
            textColour.setValue(d.textColor());
            icon.setValue(d.icon());
            iconColour.setValue(d.iconColor());
            showLayers(d);
        } finally {
            loading = false;
        }
    }

    private void showLayers(BadgeDesign d) {
        layers.removeAll();
        List<BadgeDesign.Layer> order = new ArrayList<>(d.layers());
        // Shown front first, as people think of layers.
        for (int i = order.size() - 1; i >= 0; i--) {
            BadgeDesign.Layer layer = order.get(i);
            String name = getTranslation("badge.layer." + layer.name().toLowerCase(Locale.ROOT));
            Button forward = new Button(VaadinIcon.ARROW_UP.create(), e -> change(design.moveLayer(layer, 1)));
            forward.setAriaLabel(getTranslation("badge.layer.forward", name));
            forward.setEnabled(i < order.size() - 1);
            forward.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            Button back = new Button(VaadinIcon.ARROW_DOWN.create(), e -> change(design.moveLayer(layer, -1)));
            back.setAriaLabel(getTranslation("badge.layer.back", name));
            back.setEnabled(i > 0);
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            Span label = new Span(name);
            label.getStyle().set("min-width", "8rem");
            HorizontalLayout item = new HorizontalLayout(label, forward, back);
            item.setAlignItems(FlexComponent.Alignment.CENTER);
            ListItem li = new ListItem(item);
            li.setId("layer-" + layer.name().toLowerCase(Locale.ROOT));
            layers.add(li);
        }
    }

    private static Div section(String title, Component... content) {
        Div d = new Div(new H3(title));
        d.add(content);
        d.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return d;
    }

    private static HorizontalLayout row(Component... content) {
        HorizontalLayout h = new HorizontalLayout(content);
        h.setAlignItems(FlexComponent.Alignment.END);
        h.getStyle().set("flex-wrap", "wrap");
        return h;
    }

    private static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 2 / 3, g = (rgb >> 8 & 0xff) * 2 / 3, b = (rgb & 0xff) * 2 / 3;
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
