package org.mesta.wallet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.badge.Award;
import org.mesta.badge.BadgeApplication;
import org.mesta.badge.BadgeService;
import org.mesta.badge.EndorsementService;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.wallet.ImportedBadge;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.mesta.wallet.WalletExport;
import org.mesta.wallet.WalletService;
import org.mesta.wallet.WalletService.Item;

/**
 * The learner's wallet: new badges waiting to be accepted or declined, the badges they keep (each opens its details:
 * who may see it, sharing, downloads), the declined ones, and their applications. Other parts of the wallet
 * (collections, public profile, import, export) add their buttons to {@link #actions}.
 */
@Route("my/badges")
@Menu(title = "nav.my-badges", order = 11, icon = "vaadin:medal")
@PermitAll
public class WalletView extends Main implements HasDynamicTitle {

    /** The wallet's header bar, for its other screens' buttons. */
    public final Div actions = new Div();

    final Section waiting = new Section();
    final Div waitingList = new Div();
    final WalletFilters filters;
    final H3 keptTitle = new H3();
    final Div accepted = new Div();
    final Paragraph noMatch = new Paragraph();
    final Paragraph empty = new Paragraph();
    final Details declined = new Details();
    final Div declinedList = new Div();
    BadgeDialog dialog;

    private final WalletService wallet;
    private final EndorsementService endorsements;
    private final ZoneId zone = ClientTime.zone();
    private final DateTimeFormatter date;
    private List<Item> items = List.of();

    WalletView(
            WalletService wallet,
            MyBadgesService awards,
            BadgeService badges,
            WalletExport export,
            EndorsementService endorsements) {
        this.wallet = wallet;
        this.endorsements = endorsements;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(zone);
        addClassNames("wallet");
        actions.setId("wallet-actions");
        actions.addClassName("wallet-actions");
        actions.add(
                action("my/collections", "collections.title", VaadinIcon.FOLDER_OPEN),
                action("my/profile", "profile.title", VaadinIcon.USER_CARD),
                action("my/badges/import", "wallet.import.title", VaadinIcon.UPLOAD),
                exportButton(export));
        H2 title = new H2(getTranslation("my-badges.title"));
        Div header = new Div(title, actions);
        header.addClassName("wallet-header");
        Paragraph intro = new Paragraph(getTranslation("wallet.intro"));
        intro.addClassName("wallet-help");

        waiting.setId("wallet-waiting");
        waiting.addClassName("wallet-waiting");
        waitingList.addClassName("wallet-rows");

        filters = new WalletFilters(this::show, zone);
        accepted.setId("my-badges");
        accepted.addClassName("wallet-cards");
        noMatch.setId("wallet-no-match");
        noMatch.setText(getTranslation("wallet.filter.none"));
        empty.setId("wallet-empty");
        empty.setText(getTranslation("my-badges.none"));
        declined.setId("wallet-declined");
        declinedList.addClassName("wallet-rows");
        declined.add(new Paragraph(getTranslation("wallet.declined.help")), declinedList);

        keptTitle.setId("wallet-kept-title");
        add(header, intro, waiting, keptTitle, filters, empty, accepted, noMatch, declined);
        add(applications(awards, badges));
        refresh();
    }

    /** Reads the wallet again (after an answer or a change) and shows it. */
    void refresh() {
        items = wallet.mine();
        filters.offer(items);
        show();
    }

    private void show() {
        List<Item> shown = items.stream().filter(filters::matches).toList();
        List<Item> open = shown.stream().filter(i -> i.state() == State.WAITING).toList();
        List<Item> kept =
                shown.stream().filter(i -> i.state() == State.ACCEPTED).toList();
        List<Item> refused =
                shown.stream().filter(i -> i.state() == State.DECLINED).toList();

        waiting.removeAll();
        waitingList.removeAll();
        if (!open.isEmpty()) {
            waiting.add(
                    new H3(getTranslation("wallet.waiting.title", open.size())),
                    new Paragraph(getTranslation("wallet.waiting.help")),
                    waitingList);
            open.forEach(i -> waitingList.add(waitingRow(i)));
        }
        waiting.setVisible(!open.isEmpty());

        accepted.removeAll();
        kept.forEach(i -> accepted.add(card(i)));
        accepted.setVisible(!kept.isEmpty());
        long keptInAll = items.stream().filter(i -> i.state() == State.ACCEPTED).count();
        keptTitle.setText(getTranslation("wallet.kept.title", keptInAll));
        keptTitle.setVisible(keptInAll > 0);
        filters.setVisible(items.size() > 1);
        empty.setVisible(items.isEmpty());
        noMatch.setVisible(filters.active() && shown.isEmpty());

        declinedList.removeAll();
        refused.forEach(i -> declinedList.add(declinedRow(i)));
        declined.setSummaryText(getTranslation("wallet.declined.title", refused.size()));
        declined.setVisible(!refused.isEmpty());
    }

    private Component picture(Item i, String cssClass) {
        Award a = i.award();
        if (a == null) {
            // A badge earned elsewhere: its own picture stays in its files (export), the wallet shows a token.
            Icon token = VaadinIcon.DIPLOMA.create();
            token.addClassNames(cssClass, "wallet-imported-token");
            token.getElement().setAttribute("aria-hidden", "true");
            return token;
        }
        // The cached PNG of the badge (no image work here): a wallet of hundreds stays light.
        Image img = new Image("api/badges/" + a.getBadgeId() + "/image.png?lang=" + a.getLanguage() + "&size=128", "");
        img.addClassName(cssClass);
        return img;
    }

    private Span facts(Item i) {
        Span s = new Span(getTranslation("wallet.from", i.issuer(), date.format(i.issuedAt())));
        s.addClassName("wallet-facts");
        return s;
    }

    private Div waitingRow(Item i) {
        Span name = new Span(i.name());
        name.addClassName("wallet-name");
        Button accept = new Button(getTranslation("wallet.accept"), VaadinIcon.CHECK.create(), e -> answer(i, true));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setAriaLabel(getTranslation("wallet.accept-named", i.name()));
        Button decline = new Button(getTranslation("wallet.decline"), e -> answer(i, false));
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        decline.setAriaLabel(getTranslation("wallet.decline-named", i.name()));
        Div text = new Div(name, facts(i));
        text.addClassName("wallet-text");
        Div buttons = new Div(accept, decline);
        buttons.addClassName("wallet-buttons");
        Div row = new Div(picture(i, "wallet-thumb"), text, buttons);
        row.addClassName("wallet-row");
        return row;
    }

    private Div card(Item i) {
        Span name = new Span(i.name());
        name.addClassName("wallet-name");
        Span seen = new Span(
                visibilityIcon(i.visibility()).create(),
                new Span(getTranslation(i.visibility().translationKey())));
        seen.getElement().getThemeList().add(i.visibility() == Visibility.PRIVATE ? "badge contrast" : "badge");
        seen.addClassName("wallet-seen");
        Div card = new Div(picture(i, "wallet-picture"), name, facts(i));
        card.addClassNames("mesta-card", "wallet-card");
        ImportedBadge brought = i.imported();
        if (brought != null) {
            // Earned elsewhere: what its check said, no friendlier, and its details where it was brought in.
            Span verdict = new Span(getTranslation(brought.getVerdict().translationKey()));
            verdict.getElement()
                    .getThemeList()
                    .add(
                            switch (brought.getVerdict()) {
                                case VERIFIED -> "badge success";
                                case UNKNOWN_SIGNER, UNKNOWN_HOST, NOT_VERIFIABLE -> "badge contrast";
                                default -> "badge error";
                            });
            Anchor details = new Anchor("my/badges/import", getTranslation("wallet.imported.details"));
            details.setAriaLabel(getTranslation("wallet.open-named", i.name()));
            details.addClassName("wallet-action");
            card.add(verdict, details);
            return card;
        }
        card.add(seen);
        String state = i.award().stateKey(Instant.now());
        if (!state.endsWith("valid")) {
            Span s = new Span(getTranslation(state));
            s.getElement().getThemeList().add("badge error");
            card.add(s);
        }
        Button open = new Button(getTranslation("wallet.open"), e -> open(i));
        open.setAriaLabel(getTranslation("wallet.open-named", i.name()));
        card.add(open);
        return card;
    }

    private Div declinedRow(Item i) {
        Span name = new Span(i.name());
        name.addClassName("wallet-name");
        Button again = new Button(getTranslation("wallet.accept-again"), e -> answer(i, true));
        again.setAriaLabel(getTranslation("wallet.accept-again-named", i.name()));
        Div text = new Div(name, facts(i));
        text.addClassName("wallet-text");
        Div row = new Div(picture(i, "wallet-thumb"), text, again);
        row.addClassName("wallet-row");
        return row;
    }

    void answer(Item i, boolean accept) {
        if (Notifications.attempt(() -> {
            if (accept) wallet.accept(i.entryId());
            else wallet.decline(i.entryId());
        })) {
            Notifications.success(getTranslation(accept ? "wallet.accepted" : "wallet.declined", i.name()));
            refresh();
        }
    }

    void open(Item i) {
        // Endorsements of Mesta's badges (none for badges earned elsewhere), as the badge's public pages show them.
        List<EndorsementService.Shown> endorsed = i.badge() == null
                ? List.of()
                : endorsements.ofBadge(i.badge().getId(), TranslationProvider.tag(getLocale()));
        dialog = new BadgeDialog(wallet, i, zone, this::refresh, endorsed);
        dialog.open();
    }

    private static WalletExportButton exportButton(WalletExport export) {
        WalletExportButton b = new WalletExportButton(export);
        b.addClassName("wallet-action");
        return b;
    }

    /** A way out of the wallet to its siblings (collections, profile, import): a link that looks like a button. */
    private Anchor action(String route, String titleKey, VaadinIcon icon) {
        Anchor a = new Anchor(route);
        a.add(icon.create(), new Span(getTranslation(titleKey)));
        a.addClassName("wallet-action");
        return a;
    }

    private static VaadinIcon visibilityIcon(Visibility v) {
        return switch (v) {
            case PRIVATE -> VaadinIcon.LOCK;
            case LINK -> VaadinIcon.LINK;
            case PROFILE -> VaadinIcon.USER_CARD;
        };
    }

    /** The learner's applications for badges and their answers (moved here from the former "My badges" list). */
    private Div applications(MyBadgesService awards, BadgeService badges) {
        Div section = new Div();
        var applications = awards.myApplications();
        if (applications.isEmpty()) return section;
        Div mine = new Div();
        mine.setId("my-applications");
        for (var app : applications) {
            String name = badges.get(app.getBadgeId()).texts(app.getLanguage()).name();
            Span state = new Span(getTranslation(app.getStatus().translationKey()));
            state.getElement().getThemeList().add("badge");
            Div row = new Div(new Span(name + " "), state);
            if (app.getFeedback() != null)
                row.add(new Paragraph(getTranslation("application.feedback", app.getFeedback())));
            if (app.getStatus() == BadgeApplication.Status.RETURNED) {
                row.add(new Anchor("badges/apply/" + app.getBadgeId(), getTranslation("application.again")));
            }
            row.addClassName("wallet-application");
            mine.add(row);
        }
        section.add(new H3(getTranslation("application.mine")), mine);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-badges.title");
    }
}
