package org.mesta.badge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.badge.EndorsementService;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.ContentLanguage;
import org.mesta.base.ui.SvgImage;
import org.mesta.city.City;
import org.mesta.city.CityService;

/**
 * One awarded badge, at a shareable address: the badge, who issued it, when, whether it is still valid, and
 * the baked image to download (the recipient's e-mail is never shown, only its hash is public).
 */
@Route("awards")
@AnonymousAllowed
public class AwardView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final OpenBadgesService awards;
    private final BadgeService badges;
    private final CityService cities;
    private final EndorsementService endorsements;
    final Span state = new Span();
    final EndorsementList endorsed = new EndorsementList();
    private String title = "";

    AwardView(OpenBadgesService awards, BadgeService badges, CityService cities, EndorsementService endorsements) {
        this.awards = awards;
        this.endorsements = endorsements;
        this.badges = badges;
        this.cities = cities;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM);
        state.setId("award-state");
    }

    @Override
    public void setParameter(BeforeEvent event, String publicId) {
        // A private or declined badge is shown only to its holder and its issuer: to anyone else it does not exist.
        Award a = awards.shownAt(publicId).orElseThrow(NotFoundException::new);
        // The same instance shows the next award when only the id changes: start from an empty page and state.
        removeAll();
        state.getElement().getThemeList().clear();
        if (a.isRecipientErased()) {
            // The recipient deleted their account: the page no longer shows the badge (its signed credential, if they
            // kept it, still verifies on its own).
            title = getTranslation("rights.award.gone.title");
            Paragraph gone = new Paragraph(getTranslation("rights.award.gone"));
            gone.setId("award-gone");
            add(new H2(title), gone);
            return;
        }
        Badge b = badges.get(a.getBadgeId());
        // The badge in the visitor's language where it has one (else the city's first language, else English), saying
        // so; the downloads stay the credential as issued, in its own language.
        String cityFirst =
                cities.findCity(b.getCityId()).map(City::getDefaultLanguage).orElse(null);
        String shown = b.shownLanguage(getLocale(), cityFirst);
        String lang = shown == null ? a.getLanguage() : shown;
        BadgeTexts t = b.texts(lang);
        title = t.name();
        var image = new SvgImage(badges.svg(b.getId(), lang), "14rem");
        image.getElement().setAttribute("lang", lang);
        Instant now = Instant.now();
        String key = a.stateKey(now);
        state.setText(getTranslation(key));
        state.getElement().getThemeList().add(key.endsWith("valid") ? "badge success" : "badge error");
        String issuer = cities.findOrganisation(b.getOrganisationId())
                .map(o -> o.getName())
                .orElse("");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        Div facts = new Div(
                new Paragraph(getTranslation("award.issuer", issuer)),
                new Paragraph(getTranslation("award.issued-on", when.format(a.getIssuedAt()))));
        if (a.getExpiresAt() != null)
            facts.add(new Paragraph(getTranslation("award.expires-on", when.format(a.getExpiresAt()))));
        if (a.getRevokedAt() != null)
            facts.add(new Paragraph(getTranslation("award.revoked-because", a.getRevocationReason())));
        H3 criteria = new H3(getTranslation("award.criteria"));
        Anchor png = new Anchor("api/awards/" + publicId + "/badge.png", getTranslation("award.download-png"));
        png.setId("download-png");
        png.getElement().setAttribute("download", true);
        Anchor svg = new Anchor("api/awards/" + publicId + "/badge.svg", getTranslation("award.download-svg"));
        svg.getElement().setAttribute("download", true);
        Anchor json = new Anchor("ob/v2/assertions/" + publicId, getTranslation("award.open-badges"));
        json.setTarget(AnchorTarget.BLANK);
        Anchor verify = new Anchor(
                "verify?url=" + URLEncoder.encode(awards.credentialUrl(publicId), StandardCharsets.UTF_8),
                getTranslation("award.verify"));
        verify.setId("verify-link");
        Div downloads = new Div(png, svg, json, verify);
        downloads.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.FlexWrap.WRAP);
        H2 heading = new H2(t.name());
        heading.setId("award-title");
        Paragraph description = new Paragraph(t.description());
        description.setId("award-description");
        Paragraph criteriaText = new Paragraph(t.criteria());
        criteriaText.setId("award-criteria");
        ContentLanguage.mark(description, shown, getLocale());
        ContentLanguage.mark(criteriaText, shown, getLocale());
        add(image, heading);
        ContentLanguage.mark(heading, shown, getLocale()).ifPresent(note -> {
            note.setId("content-fallback");
            add(note);
        });
        add(state, description, facts, criteria, criteriaText, endorsed, downloads);
        // What the badge's page shows is live; the award's signed credential carries those given before it was issued.
        endorsed.show(
                endorsements.ofBadge(b.getId(), TranslationProvider.tag(getLocale())),
                ClientTime.zone(),
                "endorse.shown.note");
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
