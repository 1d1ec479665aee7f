package org.mesta.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.popover.PopoverVariant;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.LeanButton;
import org.mesta.inbox.InboxService;
import org.mesta.inbox.Notice;

/**
 * The header's bell: how many notices are unread, and the latest ones in a panel; choosing one marks it
 * read and opens what it is about. The count is refreshed on every navigation, the panel's notices when it opens.
 */
class InboxBell extends Composite<Div> {

    static final int SHOWN = 20;

    private final transient InboxService inbox;
    final LeanButton bell = new LeanButton(VaadinIcon.BELL.create());
    final Span count = new Span();
    final Popover panel = new Popover();
    final Div list = new Div();
    final LeanButton allRead = new LeanButton();
    private Registration navigation;

    InboxBell(InboxService inbox) {
        this.inbox = inbox;
        bell.setId("inbox-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("inbox-count");
        count.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        // The bell's own label says how many; the badge is only for the eye.
        count.getElement().setAttribute("aria-hidden", "true");
        count.getStyle().set("margin-inline-start", "-0.9em").set("pointer-events", "none");

        H2 heading = new H2(getTranslation("inbox.title"));
        heading.setId("inbox-heading");
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        allRead.setText(getTranslation("inbox.all-read"));
        allRead.setId("inbox-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        allRead.addClickListener(e -> {
            inbox.markAllRead();
            refresh();
        });
        Div top = new Div(heading, allRead);
        top.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Padding.MEDIUM);
        list.setId("inbox-list");
        list.getElement().setAttribute("role", "list");
        list.getStyle().set("max-height", "60vh").set("overflow", "auto");

        panel.setTarget(bell);
        panel.setWidth("22rem");
        panel.setPosition(PopoverPosition.BOTTOM_END);
        panel.addThemeVariants(PopoverVariant.ARROW, PopoverVariant.LUMO_NO_PADDING);
        panel.setModal(true);
        panel.setAriaLabelledBy("inbox-heading");
        panel.add(top, list);
        // The notices exist only while the panel is open (#17): up to 20 of them, seven state nodes and a listener
        // each, would otherwise stay in the session on every page of a signed-in person.
        panel.addOpenedChangeListener(e -> {
            if (e.isOpened()) refresh();
            else list.removeAll();
        });
        getContent().add(bell, count, panel);
        getContent().addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        navigation = event.getUI().addAfterNavigationListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) navigation.remove();
        super.onDetach(event);
    }

    void refresh() {
        if (MestaUser.current().isEmpty()) {
            return; // signed out on this screen: the layout replaces the bell on the next navigation
        }
        long unread = inbox.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? getTranslation("inbox.bell") : getTranslation("inbox.bell.unread", unread));
        allRead.setEnabled(unread > 0);
        list.removeAll();
        if (!panel.isOpened()) return;
        var notices = inbox.recent(SHOWN);
        if (notices.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("inbox.empty"));
            empty.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            list.add(empty);
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        for (Notice.Shown n : notices) {
            list.add(item(n, when));
        }
    }

    private Div item(Notice.Shown n, DateTimeFormatter when) {
        Span text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
        Span time = new Span(when.format(n.createdAt()));
        time.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div words = new Div(text, time);
        words.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.TextAlignment.LEFT);
        LeanButton open = new LeanButton(words, e -> {
            inbox.markRead(n.id());
            panel.close();
            if (n.link() != null) UI.getCurrent().navigate(n.link());
            refresh();
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("inbox-open");
        Div row = new Div(open);
        row.getElement().setAttribute("role", "listitem");
        row.addClassNames(
                "inbox-item",
                LumoUtility.Padding.Horizontal.MEDIUM,
                LumoUtility.Padding.Vertical.SMALL,
                LumoUtility.Border.TOP,
                LumoUtility.BorderColor.CONTRAST_10);
        if (!n.read()) {
            // Unread: bold on a tinted background for the eye, said in words for screen readers.
            open.getStyle().set("font-weight", "600");
            open.setAriaLabel(getTranslation("inbox.unread-item", text.getText()));
            row.addClassName("unread");
            row.getStyle().set("background", "var(--lumo-primary-color-10pct)");
        }
        return row;
    }
}
