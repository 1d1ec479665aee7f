package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Locale;
import org.mesta.base.LanguagePreference;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;

/**
 * The frame around every screen: the app name, a navigation built only from views this user may open,
 * the language switcher and the account controls.
 */
@Layout
@AnonymousAllowed
// Header tools are Spring beans found at run time, so the production bundle must be told what they use.
@Uses(Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient LanguagePreference languages;
    private final transient List<HeaderTool> headerTools;
    private final Span viewTitle = new Span();
    private Component navbar;
    private Component drawer;
    private long builtFor;

    MainLayout(AuthenticationContext authentication, LanguagePreference languages, List<HeaderTool> headerTools) {
        this.authentication = authentication;
        this.languages = languages;
        this.headerTools = headerTools;
        setPrimarySection(Section.DRAWER);
        build();
    }

    /** Navigation and account controls depend on who is signed in, so they are rebuilt when that changes. */
    private void build() {
        if (navbar != null) {
            remove(navbar, drawer);
        }
        builtFor = MestaUser.current().map(MestaUser::accountId).orElse(-1L);
        MenuToggle toggle = new MenuToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassNames("mesta-view-title", LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        HorizontalLayout bar = new HorizontalLayout(toggle, viewTitle, toolbar());
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(viewTitle);
        bar.addClassNames(LumoUtility.Padding.End.MEDIUM);
        navbar = bar;
        drawer = new Div(brand(), navigation());
        addToNavbar(navbar);
        addToDrawer(drawer);
    }

    private Component brand() {
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassNames(
                "mesta-brand",
                LumoUtility.FontSize.XLARGE,
                LumoUtility.FontWeight.BOLD,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.TextColor.PRIMARY);
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassNames(
                LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Padding.Horizontal.MEDIUM);
        Div box = new Div(brand, tagline);
        box.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Bottom.MEDIUM);
        return box;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        if (MestaUser.current().isEmpty()) {
            // Visitors have no workspace: the front page (what is on, the cities) is where the drawer leads first.
            SideNavItem home = new SideNavItem(getTranslation("nav.home"), "");
            home.setPrefixComponent(new Icon("vaadin:home"));
            nav.addItem(home);
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        nav.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        return nav;
    }

    private Component toolbar() {
        LanguageSelect language = new LanguageSelect();
        language.setLanguages(TranslationProvider.LOCALES, this::languageName);
        language.setAriaLabel(getTranslation("layout.language"));
        language.setValue(TranslationProvider.supported(getLocale()));
        language.setId("language-switcher");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.choose(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        HorizontalLayout tools = new HorizontalLayout(language);
        tools.addClassName("mesta-tools");
        tools.setAlignItems(HorizontalLayout.Alignment.CENTER);
        MestaUser.current()
                .ifPresentOrElse(
                        user -> {
                            Span name = new Span(user.displayName());
                            name.addClassNames(
                                    "mesta-user-name", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                            LeanButton logout =
                                    new LeanButton(getTranslation("layout.logout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            logout.setId("logout");
                            headerTools.forEach(tool -> tool.create().ifPresent(tools::add));
                            tools.add(name, logout);
                        },
                        () -> {
                            Anchor login = new Anchor("login", getTranslation("layout.login"));
                            login.setId("login-link");
                            Anchor register = new Anchor("register", getTranslation("layout.register"));
                            tools.add(login, register);
                        });
        return tools;
    }

    /**
     * A language named in itself ("Македонски", in Macedonian), with its short form ("МК") that the field shows on
     * a phone where the long names do not fit (styles.css); screen readers read the name only.
     */
    private LanguageSelect.Language languageName(Locale locale) {
        String tag = TranslationProvider.tag(locale);
        return new LanguageSelect.Language(
                tag, getTranslation("language." + tag), getTranslation("language.short." + tag));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (builtFor != MestaUser.current().map(MestaUser::accountId).orElse(-1L)) {
            build();
        }
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

    /**
     * The app layout's menu toggle without the server-side click listener Vaadin's {@link DrawerToggle} (a Button)
     * keeps in every session (#17): the web component opens and closes the drawer by itself.
     */
    @Tag("vaadin-drawer-toggle")
    @Uses(DrawerToggle.class)
    static final class MenuToggle extends Component implements HasAriaLabel {}
}
