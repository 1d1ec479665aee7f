package org.mesta.wallet.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mesta.base.ui.ClientTime;
import org.mesta.wallet.ProfileService;
import org.mesta.wallet.ProfileService.Group;
import org.mesta.wallet.ProfileService.PublicBadge;
import org.mesta.wallet.ProfileService.PublicPage;

/**
 * A learner's public profile at {@code /u/<handle>}, open to anyone: the name and words they chose and the badges
 * they made public, by their public collections and then the rest, each linking to its award page. Built once and
 * filled per handle; it holds only its components (pictures are plain images the browser fetches and caches).
 */
@Route("u")
@AnonymousAllowed
public class PublicProfileView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final ProfileService profiles;
    final H2 name = new H2();
    final Paragraph bio = new Paragraph();
    final Paragraph none = new Paragraph();
    final Div groups = new Div();
    private String title = "";

    PublicProfileView(ProfileService profiles) {
        this.profiles = profiles;
        addClassNames("mesta-narrow", "profile-public", LumoUtility.Padding.MEDIUM);
        name.setId("profile-name");
        bio.setId("profile-bio");
        bio.addClassName("profile-bio");
        none.setText(getTranslation("profile.public.none"));
        groups.setId("profile-badges");
        add(name, bio, none, groups);
    }

    @Override
    public void setParameter(BeforeEvent event, String handle) {
        PublicPage page = profiles.page(handle).orElseThrow(NotFoundException::new);
        title = page.displayName();
        name.setText(page.displayName());
        bio.setText(page.bio() == null ? "" : page.bio());
        bio.setVisible(page.bio() != null);
        none.setVisible(page.groups().isEmpty());
        groups.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        boolean collections = page.groups().stream().anyMatch(g -> g.name() != null);
        for (Group g : page.groups()) groups.add(group(g, collections, when));
    }

    private Component group(Group g, boolean afterCollections, DateTimeFormatter when) {
        Section section = new Section();
        section.addClassName("profile-group");
        if (g.name() != null) {
            section.add(new H3(g.name()));
            if (g.description() != null) section.add(new Paragraph(g.description()));
        } else if (afterCollections) {
            section.add(new H3(getTranslation("profile.public.more")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("profile-badge-grid");
        for (PublicBadge b : g.badges()) list.add(badge(b, when));
        section.add(list);
        return section;
    }

    private Component badge(PublicBadge b, DateTimeFormatter when) {
        Image picture = new Image("api/badges/" + b.badgeId() + "/image.png?size=256&lang=" + b.language(), "");
        picture.addClassName("profile-badge-picture");
        picture.getElement().setAttribute("loading", "lazy");
        Span badgeName = new Span(b.name());
        badgeName.addClassName("profile-badge-name");
        // Each badge is named as it was awarded, in the award's language (its page offers the visitor's own).
        badgeName.getElement().setAttribute("lang", b.language());
        Anchor link = new Anchor("awards/" + b.publicId(), picture, badgeName);
        link.addClassName("profile-badge-link");
        Span issuer = new Span(b.issuer());
        issuer.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span issued = new Span(getTranslation("profile.public.issued", when.format(b.issuedAt())));
        issued.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        ListItem item = new ListItem(link, issuer, issued);
        item.addClassNames("mesta-card", "profile-badge");
        if (b.expired()) {
            Span expired = new Span(getTranslation("profile.public.expired", when.format(b.expiresAt())));
            expired.getElement().getThemeList().add("badge contrast");
            item.add(expired);
        } else if (b.expiresAt() != null) {
            Span until = new Span(getTranslation("profile.public.valid-until", when.format(b.expiresAt())));
            until.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(until);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
