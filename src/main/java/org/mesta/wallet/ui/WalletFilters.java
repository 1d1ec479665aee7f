package org.mesta.wallet.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Skills;
import org.mesta.wallet.WalletService.Item;

/**
 * Search and filters over the wallet's badges: words (in the badge's name, issuer and skills), skill, organisation,
 * city and year, all at once. The choices offered are the ones the wallet's badges have.
 */
class WalletFilters extends Composite<Div> {

    final TextField search = new TextField();
    final ComboBox<String> skill = new ComboBox<>();
    final ComboBox<String> organisation = new ComboBox<>();
    final ComboBox<String> city = new ComboBox<>();
    final ComboBox<Integer> year = new ComboBox<>();
    final Button clear = new Button();
    private final ZoneId zone;

    WalletFilters(Runnable changed, ZoneId zone) {
        this.zone = zone;
        search.setLabel(getTranslation("wallet.filter.search"));
        search.setPlaceholder(getTranslation("wallet.filter.search-hint"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        skill.setLabel(getTranslation("wallet.filter.skill"));
        organisation.setLabel(getTranslation("wallet.filter.organisation"));
        city.setLabel(getTranslation("wallet.filter.city"));
        year.setLabel(getTranslation("wallet.filter.year"));
        for (ComboBox<?> c : List.of(skill, organisation, city, year)) {
            c.setClearButtonVisible(true);
            c.setPlaceholder(getTranslation("wallet.filter.any"));
        }
        search.addValueChangeListener(e -> changed.run());
        skill.addValueChangeListener(e -> changed.run());
        organisation.addValueChangeListener(e -> changed.run());
        city.addValueChangeListener(e -> changed.run());
        year.addValueChangeListener(e -> changed.run());
        clear.setText(getTranslation("wallet.filter.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            search.clear();
            skill.clear();
            organisation.clear();
            city.clear();
            year.clear();
        });
        getContent().setId("wallet-filters");
        getContent().addClassName("wallet-filters");
        getContent().add(search, skill, organisation, city, year, clear);
    }

    /** Offers the skills, organisations, cities and years the badges have (a chosen value stays chosen). */
    void offer(Collection<Item> items) {
        Locale locale = getLocale();
        TreeSet<String> skills = new TreeSet<>(), organisations = new TreeSet<>(), cities = new TreeSet<>();
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (Item i : items) {
            i.tags().forEach(t -> skills.add(label(t)));
            if (!i.issuer().isBlank()) organisations.add(i.issuer());
            String c = cityOf(i, locale);
            if (c != null) cities.add(c);
            years.add(yearOf(i));
        }
        skill.setItems(List.copyOf(skills));
        organisation.setItems(List.copyOf(organisations));
        city.setItems(List.copyOf(cities));
        year.setItems(List.copyOf(years));
    }

    boolean active() {
        return !search.getValue().isBlank()
                || skill.getValue() != null
                || organisation.getValue() != null
                || city.getValue() != null
                || year.getValue() != null;
    }

    boolean matches(Item i) {
        Locale locale = getLocale();
        if (skill.getValue() != null && i.tags().stream().map(this::label).noneMatch(skill.getValue()::equals))
            return false;
        if (organisation.getValue() != null && !organisation.getValue().equals(i.issuer())) return false;
        if (city.getValue() != null && !city.getValue().equals(cityOf(i, locale))) return false;
        if (year.getValue() != null && !Objects.equals(year.getValue(), yearOf(i))) return false;
        String words = search.getValue().strip().toLowerCase(locale);
        if (words.isEmpty()) return true;
        String haystack = String.join(
                        " ",
                        i.name(),
                        i.issuer(),
                        Objects.requireNonNullElse(cityOf(i, locale), ""),
                        String.join(" ", i.tags().stream().map(this::label).toList()))
                .toLowerCase(locale);
        for (String word : words.split("\\s+")) if (!haystack.contains(word)) return false;
        return true;
    }

    /** A curated skill in the reader's language; a free tag as typed. */
    String label(String tag) {
        String key = Skills.key(tag);
        return key == null ? tag : getTranslation(key);
    }

    private static @Nullable String cityOf(Item i, Locale locale) {
        return i.city() == null ? null : i.city().name(locale);
    }

    private int yearOf(Item i) {
        return i.issuedAt().atZone(zone).getYear();
    }
}
