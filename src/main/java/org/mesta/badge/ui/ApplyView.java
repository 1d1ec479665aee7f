package org.mesta.badge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplicationService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.EndorsementService;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.Role;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.base.ui.ClientAddress;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SvgImage;
import org.mesta.base.ui.Uploads;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;

/** A learner applies for a badge with evidence: what they did, a link, a file (only reviewers see it). */
@Route("badges/apply")
@RolesAllowed(Role.LEARNER_)
public class ApplyView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BadgeApplicationService applications;
    private final BadgeService badges;
    private long badgeId;
    private byte[] file;
    private String fileName;

    final TextArea text = new TextArea();
    final TextField url = new TextField();
    Upload upload;
    final Span fileProblem = new Span();
    final Button send = new Button();
    private final HorizontalLayout top = new HorizontalLayout();
    private final Paragraph criteria = new Paragraph();
    /** "Shown in English — not yet available in …" when the badge has no words in the learner's language. */
    final Div fallback = new Div();

    final EndorsementList endorsed = new EndorsementList();
    private final EndorsementService endorsements;
    private final CityService cities;

    private final RateLimits limits;

    /** Under the age of digital consent until a guardian agrees: why applying waits (the service refuses too). */
    final Paragraph limited = new Paragraph();

    ApplyView(
            BadgeApplicationService applications,
            BadgeService badges,
            RateLimits limits,
            AccountService accounts,
            EndorsementService endorsements,
            CityService cities) {
        this.applications = applications;
        this.cities = cities;
        this.endorsements = endorsements;
        limited.setId("apply-limited");
        limited.addClassName("mesta-rights-banner");
        limited.setText(getTranslation("rights.apply.limited-explained"));
        limited.setVisible(accounts.me().isLimited());
        this.limits = limits;
        this.badges = badges;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM);
        build();
    }

    /** Built once: Vaadin keeps this instance when only the badge id changes, so listeners are added here. */
    private void build() {
        text.setLabel(getTranslation("application.text"));
        text.setHelperText(getTranslation("application.text.helper"));
        text.setMaxLength(4000);
        text.setRequired(true);
        text.setWidthFull();
        text.setMinHeight("8rem");
        url.setLabel(getTranslation("application.url"));
        url.setMaxLength(500);
        url.setWidthFull();
        upload = Uploads.single(
                (metadata, data) -> {
                    file = data;
                    fileName = metadata.fileName();
                    fileProblem.setText("");
                },
                5 * 1024 * 1024,
                new Uploads.Texts(
                        getTranslation("application.file.choose"),
                        getTranslation("application.file.drop"),
                        getTranslation("application.error.file-size", 5),
                        getTranslation("application.error.file-type")),
                "application/pdf",
                "image/png",
                "image/jpeg",
                ".pdf",
                ".png",
                ".jpg",
                ".jpeg");
        upload.addFileRejectedListener(e -> fileProblem.setText(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> file = null);
        fileProblem.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        fileProblem.getElement().setAttribute("role", "alert");
        send.setText(getTranslation("application.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        send.setEnabled(!limited.isVisible());
        add(
                limited,
                top,
                fallback,
                criteria,
                endorsed,
                new Paragraph(getTranslation("application.privacy")),
                text,
                url,
                new Span(getTranslation("application.file")),
                upload,
                fileProblem,
                send);
    }

    /** Per badge: its picture, name and criteria, and an empty form (nothing carried over from the last badge). */
    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Badge b = badges.get(id);
        badgeId = b.getId();
        String shown = b.shownLanguage(
                getLocale(),
                cities.findCity(b.getCityId()).map(City::getDefaultLanguage).orElse(null));
        String lang = shown == null ? TranslationProvider.tag(getLocale()) : shown;
        BadgeTexts t = b.texts(lang);
        var image = new SvgImage(badges.svg(badgeId, lang), "8rem");
        ContentLanguage.mark(image, shown, getLocale());
        H2 heading = new H2(getTranslation("application.title", t.name()));
        top.removeAll();
        top.add(image, heading);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        criteria.setText(t.criteria());
        fallback.removeAll();
        ContentLanguage.mark(criteria, shown, getLocale()).ifPresent(fallback::add);
        endorsed.show(endorsements.ofBadge(badgeId, TranslationProvider.tag(getLocale())), ClientTime.zone(), null);
        text.clear();
        url.clear();
        text.setInvalid(false);
        url.setInvalid(false);
        file = null;
        fileName = null;
        fileProblem.setText("");
        upload.clearFileList();
    }

    void send() {
        text.setInvalid(false);
        url.setInvalid(false);
        try {
            limits.attempt(
                    RateLimits.Action.APPLY,
                    ClientAddress.current(),
                    MestaUser.require().accountId());
            applications.apply(badgeId, text.getValue(), url.getValue(), file, fileName);
            Notifications.success(getTranslation("application.sent"));
            // The wallet (a feature built on this one) lists the application with its state.
            getUI().ifPresent(ui -> ui.navigate("my/badges"));
        } catch (UserError e) {
            String message = getTranslation(e.key(), e.params());
            if (e.key().equals("badge.error.url")) {
                url.setErrorMessage(message);
                url.setInvalid(true);
            } else if (e.key().startsWith("application.error.file")) {
                fileProblem.setText(message);
            } else if (e.key().equals("application.error.text-required")
                    || e.key().equals("badge.error.too-long")
                    || TooManyAttempts.is(e)) {
                text.setErrorMessage(message);
                text.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    /** For tests: a file as if uploaded. */
    void attach(byte[] data, String name) {
        file = data;
        fileName = name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.page-title");
    }
}
