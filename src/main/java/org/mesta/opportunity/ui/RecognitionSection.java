package org.mesta.opportunity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mesta.badge.Badge;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;

/** The wizard's Recognition step: which of the organisation's published badges taking part can earn. */
class RecognitionSection extends Composite<Div> {

    final MultiSelectComboBox<Badge> badges = new MultiSelectComboBox<>();

    RecognitionSection(
            OpportunityService service, long id, Set<Long> linked, boolean editable, Consumer<Opportunity> changed) {
        String lang = TranslationProvider.tag(getLocale());
        List<Badge> available = service.linkableBadges(id);
        getContent().add(new Paragraph(getTranslation("opportunity.recognition.intro")));
        if (available.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("opportunity.recognition.none"));
            none.setId("no-badges");
            getContent().add(none, new Anchor("provider/badges", getTranslation("opportunity.recognition.design")));
            return;
        }
        badges.setLabel(getTranslation("opportunity.recognition.badges"));
        badges.setItems(available);
        badges.setItemLabelGenerator(b -> b.texts(lang).name());
        badges.setValue(
                available.stream().filter(b -> linked.contains(b.getId())).collect(Collectors.toSet()));
        badges.setReadOnly(!editable);
        badges.setWidthFull();
        badges.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            try {
                changed.accept(service.linkBadges(
                        id, e.getValue().stream().map(Badge::getId).collect(Collectors.toSet())));
                badges.setInvalid(false);
            } catch (UserError ex) {
                badges.setErrorMessage(getTranslation(ex.key(), ex.params()));
                badges.setInvalid(true);
            }
        });
        getContent().add(badges);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
    }
}
