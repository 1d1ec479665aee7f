package org.mesta.badge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.mesta.badge.Alignment;

/**
 * The frameworks and skills a badge aligns to (ESCO, a national qualification framework…): one row per
 * alignment with its name, web address and code, rows added and taken out freely; empty rows are left out.
 */
class AlignmentEditor extends Composite<Div> {

    final Div rowsBox = new Div();
    final List<TextField[]> rows = new ArrayList<>();

    AlignmentEditor() {
        rowsBox.setId("alignments");
        Button add = new Button(getTranslation("badge.alignment.add"), e -> addRow(new Alignment("", "", "")));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent()
                .add(
                        new H3(getTranslation("badge.alignment.title")),
                        new Paragraph(getTranslation("badge.alignment.help")),
                        rowsBox,
                        add);
    }

    /** The badge's alignments, replacing whatever rows the last badge left. */
    void setValue(List<Alignment> alignments) {
        rowsBox.removeAll();
        rows.clear();
        alignments.forEach(this::addRow);
    }

    /** The rows someone filled in (any field), stripped. */
    List<Alignment> getValue() {
        return filled().stream()
                .map(r -> new Alignment(
                        r[0].getValue().strip(),
                        r[1].getValue().strip(),
                        r[2].getValue().strip()))
                .toList();
    }

    /** A problem with the index-th alignment of {@link #getValue()}: shown at its web address. */
    void showProblem(int index, String message) {
        var kept = filled();
        if (index < kept.size()) {
            kept.get(index)[1].setErrorMessage(message);
            kept.get(index)[1].setInvalid(true);
        }
    }

    private List<TextField[]> filled() {
        return rows.stream()
                .filter(r -> !(r[0].getValue().isBlank()
                        && r[1].getValue().isBlank()
                        && r[2].getValue().isBlank()))
                .toList();
    }

    /** One framework the badge aligns to: name, web address, code; with a button to take it out. */
    void addRow(Alignment a) {
        TextField name = new TextField(getTranslation("badge.alignment.name"));
        name.setMaxLength(200);
        name.setValue(a.name());
        TextField url = new TextField(getTranslation("badge.alignment.url"));
        url.setMaxLength(500);
        url.setValue(a.url());
        TextField code = new TextField(getTranslation("badge.alignment.code"));
        code.setMaxLength(100);
        code.setValue(a.code() == null ? "" : a.code());
        code.setWidth("8rem");
        TextField[] row = {name, url, code};
        HorizontalLayout line = new HorizontalLayout(name, url, code);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            rowsBox.remove(line);
        });
        remove.setAriaLabel(getTranslation("badge.alignment.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        line.add(remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        rows.add(row);
        rowsBox.add(line);
    }
}
