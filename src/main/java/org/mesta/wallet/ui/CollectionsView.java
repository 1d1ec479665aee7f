package org.mesta.wallet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mesta.base.ui.Notifications;
import org.mesta.wallet.CollectionService;
import org.mesta.wallet.CollectionService.MyCollection;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletService;
import org.mesta.wallet.WalletService.Item;

/**
 * The learner's collections: named groups of the badges they accepted, in their order, each private or shown on
 * their public profile. Every change is a button (keyboard operable); a change someone made meanwhile (another
 * tab) is told with the stale-edit notice and the list reloads.
 */
@Route("my/collections")
@PermitAll
public class CollectionsView extends Main implements HasDynamicTitle {

    private final CollectionService collections;
    private final WalletService wallet;
    final Button create = new Button();
    final Div list = new Div();
    final Paragraph empty = new Paragraph();

    CollectionsView(CollectionService collections, WalletService wallet) {
        this.collections = collections;
        this.wallet = wallet;
        addClassNames("mesta-narrow", "profile-collections", LumoUtility.Padding.MEDIUM);
        create.setText(getTranslation("collections.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new CollectionDialog(collections, null, this::refresh).open());
        Div head = new Div(new H2(getTranslation("collections.title")), create);
        head.addClassName("profile-head");
        Anchor profile = new Anchor("my/profile", getTranslation("collections.to-profile"));
        Paragraph intro = new Paragraph(getTranslation("collections.intro") + " ");
        intro.add(profile);
        empty.setText(getTranslation("collections.none"));
        list.addClassName("profile-collection-list");
        add(head, intro, empty, list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        Map<Long, Item> accepted = new LinkedHashMap<>();
        for (Item i : wallet.mine()) if (i.state() == State.ACCEPTED) accepted.put(i.entryId(), i);
        List<MyCollection> all = collections.mine();
        empty.setVisible(all.isEmpty());
        for (int n = 0; n < all.size(); n++) {
            list.add(card(all.get(n), n == 0, n == all.size() - 1, accepted));
        }
    }

    private Component card(MyCollection c, boolean first, boolean last, Map<Long, Item> accepted) {
        Section card = new Section();
        card.addClassNames("mesta-card", "profile-collection", LumoUtility.Padding.MEDIUM);
        H3 name = new H3(c.name());
        Span shown = new Span(getTranslation(c.shown() ? "collections.public" : "collections.private"));
        shown.getElement().getThemeList().add(c.shown() ? "badge success" : "badge contrast");
        Div title = new Div(name, shown);
        title.addClassName("profile-collection-title");
        card.add(title);
        if (c.description() != null) card.add(new Paragraph(c.description()));
        List<Item> items =
                c.entryIds().stream().map(accepted::get).filter(i -> i != null).toList();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("collections.no-badges"));
            none.addClassName(LumoUtility.TextColor.SECONDARY);
            card.add(none);
        } else {
            OrderedList badges = new OrderedList();
            badges.addClassName("profile-collection-badges");
            for (int n = 0; n < items.size(); n++) {
                badges.add(row(c, items, n));
            }
            card.add(badges);
        }
        Button pick = button("collections.pick", "collections.pick.aria", c.name(), VaadinIcon.CHECK_SQUARE_O, () -> {
            new BadgePicker(collections, c, List.copyOf(accepted.values()), this::refresh).open();
        });
        Button edit = button("collections.edit", "collections.edit.aria", c.name(), VaadinIcon.EDIT, () -> {
            new CollectionDialog(collections, c, this::refresh).open();
        });
        Button up = button(
                "collections.up",
                "collections.up.aria",
                c.name(),
                VaadinIcon.ARROW_UP,
                () -> change(() -> collections.move(c.id(), c.version(), -1)));
        up.setEnabled(!first);
        Button down = button(
                "collections.down",
                "collections.down.aria",
                c.name(),
                VaadinIcon.ARROW_DOWN,
                () -> change(() -> collections.move(c.id(), c.version(), 1)));
        down.setEnabled(!last);
        Button delete = button("collections.delete", "collections.delete.aria", c.name(), VaadinIcon.TRASH, () -> {
            confirmDelete(c);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(pick, edit, up, down, delete);
        actions.addClassName("profile-actions");
        card.add(actions);
        return card;
    }

    /** The n-th of the collection's badges (those still accepted in the wallet: the rest are left out). */
    private Component row(MyCollection c, List<Item> items, int n) {
        Item item = items.get(n);
        boolean first = n == 0;
        boolean last = n == items.size() - 1;
        Component name = item.award() == null
                ? new Span(item.name())
                : new Anchor("awards/" + item.award().getPublicId(), item.name());
        Span issuer = new Span(item.issuer());
        issuer.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div words = new Div(name, issuer);
        words.addClassName("profile-badge-words");
        Button up = icon(
                VaadinIcon.ARROW_UP,
                getTranslation("collections.badge.up", item.name()),
                () -> change(() -> collections.moveBadge(c.id(), c.version(), item.entryId(), -1)));
        up.setEnabled(!first);
        Button down = icon(
                VaadinIcon.ARROW_DOWN,
                getTranslation("collections.badge.down", item.name()),
                () -> change(() -> collections.moveBadge(c.id(), c.version(), item.entryId(), 1)));
        down.setEnabled(!last);
        Button remove = icon(
                VaadinIcon.CLOSE_SMALL,
                getTranslation("collections.badge.remove", item.name()),
                () -> change(() -> collections.choose(
                        c.id(),
                        c.version(),
                        items.stream()
                                .map(Item::entryId)
                                .filter(id -> id != item.entryId())
                                .toList())));
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("profile-row-buttons");
        ListItem li = new ListItem(words, buttons);
        li.addClassName("profile-collection-badge");
        return li;
    }

    private void confirmDelete(MyCollection c) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("collections.delete.title"),
                getTranslation("collections.delete.text", c.name()),
                getTranslation("action.delete"),
                e -> {
                    if (Notifications.attempt(() -> collections.delete(c.id()))) {
                        Notifications.success(getTranslation("collections.deleted"));
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    /** Runs a change and shows the list as it is now; someone else's change meanwhile is told first. */
    private void change(Runnable action) {
        if (Notifications.attemptChange(action, this::refresh)) refresh();
    }

    private Button button(String text, String aria, String name, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(text), icon.create(), e -> action.run());
        b.setAriaLabel(getTranslation(aria, name));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private Button icon(VaadinIcon icon, String aria, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.setAriaLabel(aria);
        b.setTooltipText(aria);
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collections.title");
    }
}
