package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mesta.badge.OpenBadgesService;
import org.mesta.badge.Verification;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.ui.ClientAddress;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Uploads;

/**
 * Anyone checks a badge: drop the baked PNG or SVG, or paste a credential, assertion or badge link; add the
 * e-mail address it should belong to. The answer says valid, revoked, expired or tampered, and by whom.
 */
@Route("verify")
@Menu(title = "nav.verify", order = 95, icon = "vaadin:check-circle")
@AnonymousAllowed
public class VerifyView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_MB = 5;

    private final OpenBadgesService awards;
    Upload upload;
    final TextArea pasted = new TextArea();
    final EmailField email = new EmailField();
    final Button check = new Button();
    final Div result = new Div();
    private byte[] file;

    private final RateLimits limits;

    VerifyView(OpenBadgesService awards, RateLimits limits) {
        this.awards = awards;
        this.limits = limits;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM);
        upload = Uploads.single(
                (metadata, data) -> {
                    file = data;
                    verify();
                    this.upload.clearFileList(); // ready for the next file to check
                },
                MAX_MB * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("verify.upload"),
                        getTranslation("verify.drop"),
                        getTranslation("verify.too-big", MAX_MB),
                        getTranslation("verify.wrong-type")),
                "image/png",
                "image/svg+xml",
                ".png",
                ".svg");
        upload.addFileRejectedListener(e -> show(null, e.getErrorMessage()));
        pasted.setLabel(getTranslation("verify.paste"));
        pasted.setHelperText(getTranslation("verify.paste.helper"));
        pasted.setWidthFull();
        pasted.setMaxLength(200_000);
        // A pasted credential is long: it scrolls inside the field so the verdict below stays in reach.
        pasted.setMaxHeight("12em");
        email.setLabel(getTranslation("verify.email"));
        email.setMaxLength(255);
        email.setHelperText(getTranslation("verify.email.helper"));
        email.setWidthFull();
        // The answer follows the address as it is typed, also after a file was checked.
        email.setValueChangeMode(ValueChangeMode.LAZY);
        email.addValueChangeListener(e -> {
            if ((file != null && file.length > 0) || !pasted.getValue().isBlank()) verify();
        });
        check.setText(getTranslation("verify.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> {
            file = null;
            upload.clearFileList();
            verify();
        });
        result.setId("verify-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        add(
                new H2(getTranslation("verify.title")),
                new Paragraph(getTranslation("verify.intro")),
                email,
                upload,
                pasted,
                check,
                result);
    }

    /** "Verify this badge" links carry the badge's address: it is checked at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("url").ifPresent(url -> {
            pasted.setValue(url);
            verify();
        });
    }

    void verify() {
        if ((file == null || file.length == 0) && pasted.getValue().isBlank()) {
            show(null, getTranslation("verify.nothing"));
            return;
        }
        try {
            // Checking a credential is the heaviest thing anyone may ask anonymously: bounded per address.
            limits.attempt(
                    RateLimits.Action.VERIFY,
                    ClientAddress.current(),
                    MestaUser.current().map(MestaUser::accountId).orElse(null));
        } catch (TooManyAttempts e) {
            show(null, getTranslation(e.key(), e.params()));
            return;
        }
        show(awards.verify(file, pasted.getValue(), email.getValue()), null);
    }

    private void show(Verification v, String message) {
        result.removeAll();
        result.scrollIntoView();
        if (v == null) {
            result.add(new Paragraph(message));
            return;
        }
        Span status = new Span(getTranslation(v.status().translationKey()));
        status.setId("verify-status");
        status.getElement()
                .getThemeList()
                .add(
                        switch (v.status()) {
                            case VALID -> "badge success";
                            case UNKNOWN_ISSUER -> "badge contrast";
                            default -> "badge error";
                        });
        status.addClassNames(LumoUtility.FontSize.LARGE);
        result.add(
                new H3(getTranslation("verify.result")),
                status,
                new Paragraph(getTranslation(v.status().translationKey() + ".explained")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        // What is shown is no friendlier than what was proven: a tampered badge's claims are not repeated,
        // only Mesta's own valid award is "issued by" its organisation, and a stranger's is only "signed by" a key.
        switch (v.status()) {
            case VALID, REVOKED, EXPIRED -> {
                if (v.badgeName() != null)
                    result.add(new Paragraph(getTranslation("verify.badge", v.badgeName(), v.version())));
                if (v.status() == Verification.Status.VALID && v.issuerName() != null) {
                    result.add(line("verify-issuer", getTranslation("verify.issuer", v.issuerName())));
                }
                if (v.issuedOn() != null)
                    result.add(new Paragraph(getTranslation("verify.issued", when.format(v.issuedOn()))));
                if (v.expiresOn() != null)
                    result.add(new Paragraph(getTranslation("verify.expires", when.format(v.expiresOn()))));
                if (v.revocationReason() != null)
                    result.add(new Paragraph(getTranslation("verify.revoked-because", v.revocationReason())));
                if (v.recipientMatch() != null) {
                    result.add(line(
                            "verify-recipient",
                            getTranslation(v.recipientMatch() ? "verify.recipient.yes" : "verify.recipient.no")));
                }
            }
            case UNKNOWN_ISSUER -> {
                Paragraph signer = line("verify-signer", getTranslation("verify.signed-by", v.signerDid()));
                signer.addClassName("mesta-wrap-anywhere");
                result.add(signer);
                if (v.badgeName() != null && !v.badgeName().isBlank()) {
                    result.add(new Paragraph(getTranslation("verify.claimed-badge", v.badgeName())));
                }
                if (v.recipientMatch() != null) {
                    result.add(line(
                            "verify-recipient",
                            getTranslation(
                                    v.recipientMatch() ? "verify.recipient.named" : "verify.recipient.not-named")));
                }
            }
            default -> {
                // tampered, not a badge, not verifiable: nothing it says is worth repeating
            }
        }
        if (!v.endorsements().isEmpty()) showEndorsements(v, when);
    }

    /** Each endorsement as far as it was proven: only a verified one names its endorser and comment. */
    private void showEndorsements(Verification v, DateTimeFormatter when) {
        Div list = new Div();
        list.setId("verify-endorsements");
        list.addClassName("endorse-list");
        list.add(new H3(getTranslation("verify.endorsements")));
        for (Verification.Endorsed e : v.endorsements()) {
            Paragraph line = new Paragraph(
                    switch (e.standing()) {
                        case VERIFIED ->
                            getTranslation(
                                    "verify.endorsement.verified",
                                    e.endorser(),
                                    e.comment(),
                                    when.format(e.issuedOn()));
                        case WITHDRAWN -> getTranslation("verify.endorsement.withdrawn", e.endorser());
                        case NOT_VERIFIED -> getTranslation("verify.endorsement.not-verified");
                    });
            line.addClassName("endorse-check");
            line.getElement().setAttribute("data-standing", e.standing().name().toLowerCase(Locale.ROOT));
            list.add(line);
        }
        result.add(list);
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
