package org.mesta.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import org.mesta.base.ui.LocalDates;
import org.mesta.opportunity.Session;

/**
 * The meetings of a series after the first: a start and an end picker per row, added and removed by the provider.
 * The rows and the add button are placed by the form's "when" step; every picker is one of the form's fields.
 */
class SessionRows {

    /** Start and end picker per row. */
    final List<DateTimePicker[]> rows = new ArrayList<>();

    final Div lines = new Div();
    final Button add = new Button();
    private final OpportunityForm form;

    SessionRows(OpportunityForm form) {
        this.form = form;
        add.setText(form.getTranslation("opportunity.session.add"));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            addRow(null);
            form.changed();
        });
    }

    List<Session> value() {
        return rows.stream()
                .map(r -> new Session(r[0].getValue(), r[1].getValue()))
                .toList();
    }

    /** Rebuilds the rows for these meetings; filling them is no change of the person's. */
    void setValue(List<Session> list) {
        for (int i = 0; i < rows.size(); i++) {
            form.forget("session." + i);
            form.forget("sessionEnd." + i);
        }
        rows.clear();
        lines.removeAll();
        form.whileFilling(() -> list.forEach(this::addRow));
    }

    private void addRow(Session session) {
        int index = rows.size();
        DateTimePicker start =
                LocalDates.localize(new DateTimePicker(form.getTranslation("opportunity.session.starts", index + 2)));
        DateTimePicker end =
                LocalDates.localize(new DateTimePicker(form.getTranslation("opportunity.session.ends", index + 2)));
        start.setLocale(form.getLocale());
        end.setLocale(form.getLocale());
        if (session != null) {
            start.setValue(session.startsAt());
            end.setValue(session.endsAt());
        }
        form.register("session." + index, start);
        form.register("sessionEnd." + index, end);
        DateTimePicker[] row = {start, end};
        rows.add(row);
        Button remove = new Button(form.getTranslation("opportunity.session.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(form.getTranslation("opportunity.session.remove-named", index + 2));
        HorizontalLayout line = new HorizontalLayout(start, end, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        remove.addClickListener(e -> {
            // Keep later rows' values, rebuild the list without this one.
            List<Session> kept = new ArrayList<>(value());
            kept.remove(rows.indexOf(row));
            setValue(kept);
            form.changed();
        });
        lines.add(line);
    }
}
