package org.mesta.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.UserError;
import org.mesta.base.ui.ClientAddress;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.Uploads;
import org.mesta.wallet.ImportedBadge.Verdict;
import org.mesta.wallet.WalletExport;
import org.mesta.wallet.WalletImport;

/**
 * The learner brings a badge earned elsewhere: uploads its baked image or pastes its JSON or link. Each imported
 * badge is listed with the verdict of its check, said no friendlier than the check allows, and can be checked again.
 */
@Route("my/badges/import")
@PermitAll
public class ImportView extends Main implements HasDynamicTitle {

    static final int MAX_MB = 2;

    private final WalletImport imports;
    private final RateLimits limits;
    Upload upload;
    final Paragraph uploadError = new Paragraph();
    final TextArea pasted = new TextArea();
    final Button importPasted = new Button();
    final Div result = new Div();
    final Div list = new Div();

    ImportView(WalletImport imports, WalletExport export, RateLimits limits) {
        this.imports = imports;
        this.limits = limits;
        addClassNames("mesta-narrow", "carry-import", LumoUtility.Padding.MEDIUM);
        upload = Uploads.single(
                (metadata, data) -> {
                    bring(() -> imports.importFile(data), true);
                    this.upload.clearFileList();
                },
                MAX_MB * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("wallet.import.upload"),
                        getTranslation("wallet.import.drop"),
                        getTranslation("wallet.import.too-big", MAX_MB),
                        getTranslation("wallet.import.wrong-type")),
                "image/png",
                "image/svg+xml",
                "application/json",
                ".png",
                ".svg",
                ".json");
        upload.setId("import-upload");
        upload.addFileRejectedListener(e -> uploadProblem(e.getErrorMessage()));
        uploadError.setId("import-upload-error");
        uploadError.addClassName("carry-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        pasted.setLabel(getTranslation("wallet.import.paste"));
        pasted.setHelperText(getTranslation("wallet.import.paste.helper"));
        pasted.setWidthFull();
        pasted.setMaxLength(WalletImport.MAX_TEXT_CHARS);
        pasted.setMaxHeight("12em");
        importPasted.setText(getTranslation("wallet.import.do"));
        importPasted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importPasted.addClickListener(e -> bring(() -> imports.importText(pasted.getValue()), false));
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        list.setId("imported-badges");
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        Anchor back = new Anchor("my/badges", getTranslation("wallet.import.back"));
        Div actions = new Div(back, new WalletExportButton(export));
        actions.addClassName("carry-actions");
        add(
                new H2(getTranslation("wallet.import.title")),
                new Paragraph(getTranslation("wallet.import.intro")),
                actions,
                upload,
                uploadError,
                pasted,
                importPasted,
                result,
                new H3(getTranslation("wallet.import.list")),
                list);
        refresh();
    }

    /** Imports; a refusal is shown next to the field it is about, and nothing was kept. */
    private void bring(Supplier<WalletImport.Imported> action, boolean fromFile) {
        uploadError.setVisible(false);
        pasted.setInvalid(false);
        result.removeAll();
        try {
            attempt();
            WalletImport.Imported done = action.get();
            result.add(new Paragraph(getTranslation("wallet.import.done", name(done))));
            if (!fromFile) pasted.clear();
            refresh();
        } catch (UserError e) {
            String message = getTranslation(e.key(), e.params());
            if (fromFile) {
                uploadProblem(message);
            } else {
                pasted.setErrorMessage(message);
                pasted.setInvalid(true);
            }
        }
    }

    /** Imports and checks make the server fetch from other sites: a few per person and address (base.RateLimits). */
    private void attempt() {
        limits.attempt(
                RateLimits.Action.IMPORT,
                ClientAddress.current(),
                MestaUser.require().accountId());
    }

    private void uploadProblem(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void refresh() {
        list.removeAll();
        var all = imports.mine();
        if (all.isEmpty()) list.add(new Paragraph(getTranslation("wallet.import.none")));
        for (WalletImport.Imported b : all) list.add(card(b));
    }

    private Div card(WalletImport.Imported b) {
        Span verdict = new Span(getTranslation(b.verdict().translationKey()));
        verdict.addClassName("import-verdict");
        verdict.getElement()
                .getThemeList()
                .add(
                        switch (b.verdict()) {
                            case VERIFIED -> "badge success";
                            case UNKNOWN_SIGNER, UNKNOWN_HOST, NOT_VERIFIABLE -> "badge contrast";
                            default -> "badge error";
                        });
        Span name = new Span(name(b));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Div title = new Div(name, verdict);
        title.addClassName("carry-title");
        Div card = new Div(title);
        card.add(new Paragraph(getTranslation(b.verdict().translationKey() + ".explained")));
        if (!b.issuerName().isBlank())
            card.add(new Paragraph(getTranslation("wallet.import.issuer-claimed", b.issuerName())));
        if (b.issuedOn() != null) card.add(new Paragraph(getTranslation("wallet.import.issued", date(b.issuedOn()))));
        String detail = b.detail();
        if (detail != null && !detail.isBlank()) {
            Paragraph d = new Paragraph(
                    detail.startsWith("wallet.import.error.")
                            ? getTranslation(detail)
                            : getTranslation(
                                    b.verdict() == Verdict.UNKNOWN_HOST
                                            ? "wallet.import.hosted-by"
                                            : "wallet.import.signed-by",
                                    detail));
            d.addClassName("mesta-wrap-anywhere");
            card.add(d);
        }
        card.add(new Paragraph(getTranslation("wallet.import.checked", date(b.verifiedAt()))));
        Button again = new Button(
                getTranslation("wallet.import.check-again"),
                e -> Notifications.attempt(() -> {
                    attempt();
                    WalletImport.Imported checked = imports.checkAgain(b.id());
                    result.removeAll();
                    result.add(new Paragraph(getTranslation("wallet.import.checked-again", name(checked))));
                    refresh();
                }));
        again.setAriaLabel(getTranslation("wallet.import.check-again.named", name(b)));
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        card.add(again);
        card.addClassNames("mesta-card", "carry-imported", LumoUtility.Padding.MEDIUM);
        return card;
    }

    private String name(WalletImport.Imported b) {
        return b.badgeName().isBlank() ? getTranslation("wallet.import.unnamed") : b.badgeName();
    }

    private String date(Instant when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(ClientTime.zone())
                .format(when);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wallet.import.title");
    }
}
