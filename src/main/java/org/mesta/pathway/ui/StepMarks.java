package org.mesta.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.pathway.PathwayContent;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayProgress;
import org.mesta.pathway.ShownStep;

/** A pathway's steps in order, each with who runs it and, for a signed-in learner, done / next / optional marks. */
final class StepMarks {

    private StepMarks() {}

    static OrderedList list(
            Component translator,
            PathwayContent content,
            List<Optional<ShownStep>> steps,
            @Nullable PathwayProgress progress) {
        // The reader's language (Component#getLocale, which is protected: the UI's).
        Locale reader = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        OrderedList list = new OrderedList();
        list.addClassName("pathway-steps");
        list.setId("pathway-steps");
        for (int i = 0; i < steps.size(); i++) {
            PathwayStep step = content.steps().get(i);
            ListItem row = new ListItem();
            row.addClassName("pathway-step");
            row.setId("pathway-step-" + (i + 1));
            Optional<ShownStep> shown = steps.get(i);
            if (shown.isPresent()) {
                ShownStep s = shown.get();
                String href = step.kind() == Kind.OPPORTUNITY
                        ? "opportunities/" + s.step().targetId()
                        : null;
                Component name = href == null ? new Span(s.title()) : new Anchor(href, s.title());
                name.getElement().getClassList().add("pathway-step-title");
                ContentLanguage.mark(name, s.language(), reader);
                Span kind = new Span(translator.getTranslation(
                        "pathway.editor.kind." + step.kind().name().toLowerCase(Locale.ROOT)));
                kind.addClassName("pathway-step-kind");
                Span who = new Span(s.organisation());
                who.addClassName("pathway-step-organisation");
                Div title = new Div(name);
                ContentLanguage.marker(translator, s.language(), reader).ifPresent(title::add);
                row.add(title, new Div(kind, new Span(" · "), who));
            } else {
                row.add(new Span(translator.getTranslation("pathway.page.unavailable")));
            }
            if (step.grouped()) {
                row.add(note(
                        translator.getTranslation("pathway.page.group", content.need(step.group()), step.group())));
            } else if (!step.required()) {
                row.add(note(translator.getTranslation("pathway.page.optional")));
            }
            if (progress != null) {
                PathwayProgress.Mark mark = progress.mark(content, i);
                String key = mark.name().toLowerCase(Locale.ROOT);
                Span badge = new Span(translator.getTranslation("pathway.mark." + key));
                badge.getElement()
                        .getThemeList()
                        .add(
                                switch (mark) {
                                    case DONE -> "badge success";
                                    case NEXT -> "badge primary";
                                    default -> "badge contrast";
                                });
                badge.addClassName("pathway-mark");
                row.getElement().setAttribute("data-mark", key);
                row.addComponentAsFirst(badge);
            }
            list.add(row);
        }
        return list;
    }

    private static Span note(String text) {
        Span s = new Span(text);
        s.addClassName("pathway-step-note");
        return s;
    }
}
