package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.ClaimCode;
import org.mesta.badge.Qr;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.LocalDates;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SvgImage;
import org.mesta.base.ui.Uploads;
import org.springframework.beans.factory.annotation.Value;

/** Issuing one badge: to e-mail addresses, by claim codes (with QR codes to print), and the list of awards. */
@Route("provider/badge/issue")
@RolesAllowed(Role.PROVIDER_)
public class IssueView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BadgeService badges;
    private final AwardService awards;
    private final String baseUrl;
    private long badgeId;
    /** The person types and reads times in their own browser's zone. */
    private final ZoneId zone = ClientTime.zone();

    final TextArea emails = new TextArea();
    final Select<Locale> language = new Select<>();
    final Button award = new Button();
    final DateTimePicker validFrom = LocalDates.localize(new DateTimePicker());
    final DateTimePicker validUntil = LocalDates.localize(new DateTimePicker());
    final IntegerField maxUses = new IntegerField();
    final Button createCode = new Button();
    final Div codes = new Div();
    final Grid<Award> awarded = new Grid<>();
    Upload csvUpload;
    final Div csvReport = new Div();
    final ApplicationsReview applications;
    private final HorizontalLayout top = new HorizontalLayout();

    IssueView(
            BadgeService badges,
            AwardService awards,
            BadgeApplicationService applications,
            @Value("${mesta.base-url}") String baseUrl) {
        this.badges = badges;
        this.awards = awards;
        this.applications = new ApplicationsReview(applications, zone, this::refresh);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER);
        build();
    }

    /** Per badge: its heading, a fresh form, and its codes, awards and applications (the rest is built once). */
    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Badge b = badges.get(id);
        badgeId = b.getId();
        String name = b.texts(TranslationProvider.tag(getLocale())).name();
        H2 heading = new H2(getTranslation("issue.title", name));
        var image = new SvgImage(badges.svg(badgeId, TranslationProvider.tag(getLocale())), "6rem");
        top.removeAll();
        top.add(image, heading);
        emails.clear();
        emails.setInvalid(false);
        validFrom.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
        validUntil.setValue(LocalDateTime.now(zone).plusDays(7).withSecond(0).withNano(0));
        maxUses.setValue(30);
        csvReport.removeAll();
        refresh();
    }

    /** Built once: Vaadin keeps this instance when only the badge id changes, so listeners must not be added per id. */
    private void build() {
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        emails.setLabel(getTranslation("issue.emails"));
        emails.setHelperText(getTranslation("issue.emails.helper"));
        emails.setWidthFull();
        emails.setMinHeight("8rem");
        language.setLabel(getTranslation("issue.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + TranslationProvider.tag(l)));
        language.setValue(TranslationProvider.supported(getLocale()));
        award.setText(getTranslation("issue.award"));
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.addClickListener(e -> awardByEmail());
        Div byEmail = new Div(new Paragraph(getTranslation("issue.emails.intro")), emails, language, award);

        validFrom.setLabel(getTranslation("issue.code.from"));
        validUntil.setLabel(getTranslation("issue.code.until"));
        validFrom.setLocale(getLocale());
        validUntil.setLocale(getLocale());
        maxUses.setLabel(getTranslation("issue.code.max-uses"));
        maxUses.setMin(1);
        maxUses.setStepButtonsVisible(true);
        createCode.setText(getTranslation("issue.code.create"));
        createCode.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createCode.addClickListener(e -> createCode());
        HorizontalLayout codeForm = new HorizontalLayout(validFrom, validUntil, maxUses, createCode);
        codeForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        codeForm.getStyle().set("flex-wrap", "wrap");
        codes.setId("claim-codes");
        Div byCode = new Div(new Paragraph(getTranslation("issue.code.intro")), codeForm, codes);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        awarded.addColumn(Award::getRecipientEmail)
                .setHeader(getTranslation("issue.awarded.recipient"))
                .setFlexGrow(2);
        awarded.addColumn(a -> when.format(a.getIssuedAt()))
                .setHeader(getTranslation("issue.awarded.issued"))
                .setAutoWidth(true);
        awarded.addColumn(a -> getTranslation(a.stateKey(Instant.now())))
                .setHeader(getTranslation("issue.awarded.state"))
                .setAutoWidth(true);
        awarded.addComponentColumn(a -> {
                    Button revoke = new Button(getTranslation("issue.revoke"), e -> revoke(a));
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    revoke.setAriaLabel(getTranslation("issue.revoke-named", a.getRecipientEmail()));
                    revoke.setVisible(a.getRevokedAt() == null);
                    return revoke;
                })
                .setHeader(getTranslation("badge.field.actions"))
                .setAutoWidth(true);
        awarded.setAllRowsVisible(true);
        awarded.setEmptyStateText(getTranslation("issue.awarded.none"));

        csvReport.setId("csv-report");
        csvReport.getElement().setAttribute("role", "status");
        csvUpload = Uploads.single(
                (metadata, data) -> {
                    awardFromCsv(new String(data, StandardCharsets.UTF_8));
                    csvUpload.clearFileList();
                },
                2 * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("issue.csv.choose"),
                        getTranslation("issue.csv.drop"),
                        getTranslation("issue.csv.too-big"),
                        getTranslation("issue.csv.wrong-type")),
                "text/csv",
                ".csv",
                "text/plain",
                ".txt");
        csvUpload.addFileRejectedListener(e -> {
            csvReport.removeAll();
            csvReport.add(new Paragraph(e.getErrorMessage()));
        });
        Div byCsv = new Div(new Paragraph(getTranslation("issue.csv.intro")), csvUpload, csvReport);

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("issue.tab.email"), byEmail);
        tabs.add(getTranslation("issue.tab.csv"), byCsv);
        tabs.add(getTranslation("issue.tab.code"), byCode);
        tabs.add(getTranslation("issue.tab.awarded"), awarded);
        tabs.add(getTranslation("issue.tab.applications"), applications);
        tabs.setWidthFull();
        add(top, tabs);
    }

    void awardByEmail() {
        try {
            var made = awards.award(
                    badgeId,
                    Arrays.asList(emails.getValue().split("[\\s,;]+")),
                    TranslationProvider.tag(language.getValue()));
            emails.clear();
            emails.setInvalid(false);
            Notifications.success(getTranslation("issue.awarded-count", made.size()));
            refresh();
        } catch (UserError e) {
            emails.setErrorMessage(getTranslation(e.key(), e.params()));
            emails.setInvalid(true);
        }
    }

    /** All or nothing: with any problem, the lines to fix are listed and nobody is awarded. */
    void awardFromCsv(String csv) {
        csvReport.removeAll();
        var result = awards.awardFromCsv(badgeId, csv, TranslationProvider.tag(language.getValue()));
        if (result.ok()) {
            csvReport.add(new Paragraph(
                    getTranslation("issue.awarded-count", result.recipients().size())));
            refresh();
            return;
        }
        csvReport.add(new Paragraph(
                getTranslation("issue.csv.problems", result.problems().size())));
        var list = new UnorderedList();
        result.problems().stream()
                .limit(200)
                .forEach(p -> list.add(
                        new ListItem(getTranslation("issue.csv.line", p.line(), getTranslation(p.key(), p.value())))));
        csvReport.add(list);
    }

    void createCode() {
        if (validFrom.getValue() == null || validUntil.getValue() == null || maxUses.getValue() == null) {
            Notifications.error(getTranslation("claim.error.window"));
            return;
        }
        if (Notifications.attempt(() -> awards.createClaimCode(
                badgeId,
                validFrom.getValue().atZone(zone).toInstant(),
                validUntil.getValue().atZone(zone).toInstant(),
                maxUses.getValue()))) {
            refresh();
        }
    }

    void revoke(Award a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("issue.revoke-named", a.getRecipientEmail()));
        TextField reason = new TextField(getTranslation("issue.revoke.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("issue.revoke"), e -> {
            try {
                awards.revoke(a.getId(), reason.getValue());
                dialog.close();
                refresh();
            } catch (UserError ex) {
                reason.setErrorMessage(getTranslation(ex.key(), ex.params()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void refresh() {
        codes.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        for (ClaimCode c : awards.claimCodes(badgeId)) {
            String link = baseUrl + "/claim?code=" + c.getCode();
            var qr = new SvgImage(Qr.svg(link, getTranslation("issue.code.qr", c.getCode())), "9rem");
            Span code = new Span(c.getCode());
            code.addClassNames("claim-code", LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
            code.getStyle().set("font-family", "monospace").set("letter-spacing", "0.1em");
            Paragraph details = new Paragraph(getTranslation(
                    "issue.code.details",
                    when.format(c.getValidFrom()),
                    when.format(c.getValidUntil()),
                    c.getUses(),
                    c.getMaxUses()));
            Anchor claimLink = new Anchor(link, link);
            Div words = new Div(code, details, claimLink);
            HorizontalLayout row = new HorizontalLayout(qr, words);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassNames(
                    LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.Vertical.SMALL);
            codes.add(row);
        }
        awarded.setItems(awards.awardsOf(badgeId));
        applications.show(badgeId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issue.page-title");
    }
}
