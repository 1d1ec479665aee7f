package org.mesta.workspace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.mesta.security.ui.LoginView;
import org.mesta.security.ui.RegisterView;

/** The front door: visitors see what Mesta is and the network's cities; signed-in people go to their workspace. */
@Route("")
@AnonymousAllowed
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CityService cities;

    HomeView(CityService cities) {
        this.cities = cities;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = MestaUser.current();
        if (user.isPresent()) {
            event.forwardTo(Workspaces.landingFor(user.get()));
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("home.title"));
        title.addClassNames(LumoUtility.FontSize.XXXLARGE);
        Button register = new Button(getTranslation("home.register"), e -> getUI().ifPresent(ui -> ui.navigate(RegisterView.class)));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button login = new Button(getTranslation("layout.login"), e -> getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        UnorderedList list = new UnorderedList();
        list.addClassNames("mesta-city-list");
        cities.allCities(getLocale()).forEach(c -> list.add(new ListItem(c.name(getLocale()) + " · " + c.getCountry())));
        add(title, new Paragraph(getTranslation("home.intro")), new HorizontalLayout(register, login),
                new H2(getTranslation("home.cities")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
