package org.mesta.wallet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.badge.EndorsementService;
import org.mesta.badge.Qr;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SvgImage;
import org.mesta.wallet.Sharing;
import org.mesta.wallet.WalletEntry.Visibility;
import org.mesta.wallet.WalletService;
import org.mesta.wallet.WalletService.Item;

/**
 * One badge of the wallet: who may see it, sharing (link, QR code, LinkedIn, embed snippet) and downloads (baked
 * images, Open Badges JSON, a printable certificate). A private badge's link works for nobody else, so sharing first
 * offers to open it to people with the link.
 */
class BadgeDialog extends Dialog {

    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final Div share = new Div();
    final Div downloads = new Div();
    private final WalletService wallet;
    private final Runnable changed;
    private Item item;

    BadgeDialog(
            WalletService wallet,
            Item item,
            ZoneId zone,
            Runnable changed,
            List<EndorsementService.Shown> endorsements) {
        this.wallet = wallet;
        this.item = item;
        this.changed = changed;
        setId("badge-dialog");
        addClassName("wallet-dialog");
        setHeaderTitle(item.name());
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("wallet.dialog.close"));
        getHeader().add(close);

        var a = item.award();
        Image picture =
                new Image("api/badges/" + a.getBadgeId() + "/image.png?lang=" + a.getLanguage() + "&size=256", "");
        picture.addClassName("wallet-dialog-picture");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(zone);
        Div facts = new Div(
                new Paragraph(getTranslation("award.issuer", item.issuer())),
                new Paragraph(getTranslation("award.issued-on", when.format(item.issuedAt()))));
        for (EndorsementService.Shown e : endorsements) {
            Paragraph endorsed = new Paragraph(getTranslation("endorse.shown.by", e.endorser()) + " " + e.comment()
                    + " (" + when.format(e.issuedAt()) + ")");
            endorsed.addClassName("endorse-comment");
            facts.add(endorsed);
        }
        Div top = new Div(picture, facts);
        top.addClassName("wallet-dialog-top");

        visibility.setId("badge-visibility");
        visibility.setLabel(getTranslation("wallet.visibility.label"));
        visibility.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.translationKey()));
        visibility.setRenderer(new ComponentRenderer<>(v -> {
            Span help = new Span(getTranslation(v.translationKey() + ".help"));
            help.addClassName("wallet-help");
            Div choice = new Div(new Span(getTranslation(v.translationKey())), help);
            choice.addClassName("wallet-choice");
            return choice;
        }));
        visibility.setValue(item.visibility());
        visibility.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) choose(e.getValue());
        });

        share.setId("badge-share");
        downloads.setId("badge-downloads");
        downloads.addClassName("wallet-links");
        add(top, visibility, heading("wallet.share.title"), share, heading("wallet.download.title"), downloads);
        fillShare();
        fillDownloads();
    }

    private H3 heading(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("wallet-dialog-heading");
        return h;
    }

    void choose(Visibility v) {
        if (Notifications.attempt(() -> wallet.show(item.entryId(), v))) {
            item = wallet.item(item.entryId());
            visibility.setValue(item.visibility());
            Notifications.success(getTranslation("wallet.visibility.saved", getTranslation(v.translationKey())));
            fillShare();
            changed.run();
        }
    }

    private void fillShare() {
        share.removeAll();
        if (item.visibility() == Visibility.PRIVATE) {
            Button open = new Button(getTranslation("wallet.share.make-link"), e -> choose(Visibility.LINK));
            open.setId("badge-make-shareable");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            share.add(new Paragraph(getTranslation("wallet.share.private")), open);
            return;
        }
        Sharing.Links links = wallet.share(item.entryId());
        TextField link = new TextField(getTranslation("wallet.share.link"));
        link.setId("badge-link");
        link.setReadOnly(true);
        link.setValue(links.page());
        link.setWidthFull();
        Button copyLink = copy(links.page(), "wallet.share.copy-link");
        copyLink.setId("badge-copy-link");
        SvgImage qr = new SvgImage(Qr.svg(links.page(), getTranslation("wallet.share.qr", item.name())), "9rem");
        qr.setId("badge-qr");
        Anchor linkedIn = new Anchor(links.linkedIn(), getTranslation("wallet.share.linkedin"));
        linkedIn.setId("badge-linkedin");
        linkedIn.setTarget(AnchorTarget.BLANK);
        linkedIn.getElement().setAttribute("rel", "noopener noreferrer");
        TextArea embed = new TextArea(getTranslation("wallet.share.embed"));
        embed.setId("badge-embed");
        embed.setHelperText(getTranslation("wallet.share.embed-help"));
        embed.setReadOnly(true);
        embed.setValue(links.embed());
        embed.setWidthFull();
        Button copyEmbed = copy(links.embed(), "wallet.share.copy-embed");
        Div linkRow = new Div(link, copyLink);
        linkRow.addClassName("wallet-copy-row");
        Div qrRow = new Div(qr, new Paragraph(getTranslation("wallet.share.qr-help")));
        qrRow.addClassName("wallet-qr-row");
        Paragraph who = new Paragraph(getTranslation(item.visibility().translationKey() + ".help"));
        who.addClassName("wallet-help");
        share.add(who, linkRow, qrRow, linkedIn, embed, copyEmbed);
    }

    private Button copy(String text, String labelKey) {
        Button b = new Button(getTranslation(labelKey), VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
            Notifications.success(getTranslation("wallet.share.copied"));
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void fillDownloads() {
        downloads.removeAll();
        var a = item.award();
        String id = a.getPublicId();
        downloads.add(
                download("api/awards/" + id + "/badge.png", "wallet.download.png", "badge-download-png"),
                download("api/awards/" + id + "/badge.svg", "wallet.download.svg", "badge-download-svg"),
                download("ob/v2/assertions/" + id, "wallet.download.ob2", "badge-download-ob2"),
                download("ob/v3/credentials/" + id, "wallet.download.ob3", "badge-download-ob3"));
        long entry = item.entryId();
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = wallet.certificate(entry);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "certificate.pdf", "application/pdf", bytes.length);
                }),
                getTranslation("wallet.download.certificate"));
        pdf.setId("badge-download-certificate");
        Anchor verify = new Anchor(wallet.share(entry).verify(), getTranslation("wallet.download.verify"));
        verify.setId("badge-verify");
        verify.setTarget(AnchorTarget.BLANK);
        downloads.add(pdf, verify);
        Paragraph help = new Paragraph(getTranslation("wallet.download.help"));
        help.addClassName("wallet-help");
        downloads.add(help);
    }

    private Anchor download(String href, String key, String id) {
        Anchor a = new Anchor(href, getTranslation(key));
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
