package org.mesta.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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

    /**
     * The drawer's navigation, built only from views this user may open, as one piece of markup (#17): as components
     * its items and icons were a dozen nodes of the session's state with a listener per item, on every page of every
     * session. The web components highlight the current item and the router follows their links, as before; people
     * with the same role and language share the HTML ({@link Markup}).
     */
    private NavigationMenu navigation() {
        org.jsoup.nodes.Element nav = Markup.root();
        nav.appendElement("span").attr("slot", "label").text(getTranslation("layout.navigation"));
        if (MestaUser.current().isEmpty()) {
            // Visitors have no workspace: the front page (what is on, the cities) is where the drawer leads first.
            item(nav, getTranslation("nav.home"), "", "vaadin:home");
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            item(nav, getTranslation(entry.title()), entry.path(), entry.icon()).attr("match-nested", true);
        }
        NavigationMenu menu = new NavigationMenu();
        menu.addClassNames(LumoUtility.Padding.Horizontal.SMALL);
        Markup.draw(menu, nav);
        return menu;
    }

    private static org.jsoup.nodes.Element item(org.jsoup.nodes.Element nav, String label, String path, String icon) {
        org.jsoup.nodes.Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path);
        if (icon != null) item.appendElement("vaadin-icon").attr("icon", icon).attr("slot", "prefix");
        item.appendText(label);
        return item;
    }

    /** The menu's labels in order, as drawn (tests read them as a reader would). */
    public List<String> navigationLabels() {
        if (drawer == null) return List.of();
        return drawer.getChildren()
                .filter(NavigationMenu.class::isInstance)
                .flatMap(m -> Markup.drawn(m).select("vaadin-side-nav-item").stream())
                .map(org.jsoup.nodes.Element::text)
                .toList();
    }

    /** Vaadin's side navigation web component, its items drawn as markup. */
    @Tag("vaadin-side-nav")
    @Uses(SideNav.class)
    @Uses(SideNavItem.class)
    static final class NavigationMenu extends Component implements HasStyle {}

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
