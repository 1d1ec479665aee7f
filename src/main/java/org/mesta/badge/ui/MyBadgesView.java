package org.mesta.badge.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.mesta.badge.Award;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeApplication;
import org.mesta.badge.BadgeService;
import org.mesta.badge.MyBadgesService;
import org.mesta.base.ui.SvgImage;

/** The badges someone has earned (by account or e-mail), each linking to its page and baked download. */
@Route("my/badges")
@Menu(title = "nav.my-badges", order = 11, icon = "vaadin:medal")
@PermitAll
public class MyBadgesView extends Main implements HasDynamicTitle {

    final Div list = new Div();

    MyBadgesView(MyBadgesService awards, BadgeService badges) {
        addClassNames(LumoUtility.Padding.MEDIUM);
        list.setId("my-badges");
        list.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM);
        list.getStyle().set("grid-template-columns", "repeat(auto-fill, minmax(12rem, 1fr))");
        Instant now = Instant.now();
        for (Award a : awards.mine()) {
            Badge b = badges.get(a.getBadgeId());
            String name = b.texts(a.getLanguage()).name();
            var image = new SvgImage(badges.svg(b.getId(), a.getLanguage()), "8rem");
            image.getElement().setAttribute("aria-hidden", "true");
            Anchor open = new Anchor("awards/" + a.getPublicId(), name);
            open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span state = new Span(getTranslation(a.stateKey(now)));
            state.getElement().getThemeList().add("badge");
            Anchor download =
                    new Anchor("api/awards/" + a.getPublicId() + "/badge.png", getTranslation("award.download-png"));
            download.getElement().setAttribute("download", true);
            download.setAriaLabel(getTranslation("award.download-named", name));
            Div card = new Div(image, open, state, download);
            card.addClassNames(
                    "mesta-card",
                    LumoUtility.Padding.MEDIUM,
                    LumoUtility.Display.FLEX,
                    LumoUtility.FlexDirection.COLUMN,
                    LumoUtility.AlignItems.CENTER,
                    LumoUtility.Gap.SMALL);
            list.add(card);
        }
        add(new H2(getTranslation("my-badges.title")));
        if (list.getComponentCount() == 0) {
            add(new Paragraph(getTranslation("my-badges.none")));
        }
        add(list);
        var applications = awards.myApplications();
        if (!applications.isEmpty()) {
            Div mine = new Div();
            mine.setId("my-applications");
            for (var app : applications) {
                Badge b = badges.get(app.getBadgeId());
                String name = b.texts(app.getLanguage()).name();
                Span state = new Span(getTranslation(app.getStatus().translationKey()));
                state.getElement().getThemeList().add("badge");
                Div row = new Div(new Span(name + " "), state);
                if (app.getFeedback() != null)
                    row.add(new Paragraph(getTranslation("application.feedback", app.getFeedback())));
                if (app.getStatus() == BadgeApplication.Status.RETURNED) {
                    row.add(new Anchor("badges/apply/" + app.getBadgeId(), getTranslation("application.again")));
                }
                row.addClassNames(
                        LumoUtility.Padding.Vertical.SMALL,
                        LumoUtility.Border.BOTTOM,
                        LumoUtility.BorderColor.CONTRAST_10);
                mine.add(row);
            }
            add(new H3(getTranslation("application.mine")), mine);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-badges.title");
    }
}
