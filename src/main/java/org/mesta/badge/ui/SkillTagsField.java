package org.mesta.badge.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mesta.badge.Skills;

/** A badge's tags: the curated skills (shown translated) to choose from, and free tags as typed. */
class SkillTagsField extends MultiSelectComboBox<String> {

    private final Set<String> options = new LinkedHashSet<>();

    SkillTagsField() {
        setLabel(getTranslation("badge.field.tags"));
        setHelperText(getTranslation("badge.field.tags.helper"));
        setItemLabelGenerator(t -> Skills.key(t) == null ? t : getTranslation(Skills.key(t)));
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (typed.isEmpty()) return;
            options.add(typed);
            setItems(new ArrayList<>(options));
            Set<String> chosen = new LinkedHashSet<>(getValue());
            chosen.add(typed);
            setValue(chosen);
        });
        setWidthFull();
    }

    /** The badge's tags, offered beside the curated skills (nothing of the last badge's free tags stays). */
    void show(List<String> tags) {
        options.clear();
        Skills.CURATED.forEach(k -> options.add(Skills.PREFIX + k));
        options.addAll(tags);
        setItems(new ArrayList<>(options));
        setValue(new LinkedHashSet<>(tags));
    }
}
