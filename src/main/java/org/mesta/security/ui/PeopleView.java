package org.mesta.security.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.ui.ClientTime;
import org.mesta.base.ui.Notifications;
import org.mesta.base.ui.SearchField;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.security.Account;
import org.mesta.security.AccountService;
import org.mesta.security.Invitation;
import org.mesta.security.InvitationService;

/** People of a city and their roles; city admins invite moderators, ambassadors and providers here. */
@Route("city/people")
@Menu(title = "nav.people", order = 50, icon = "vaadin:users")
@RolesAllowed({Role.CITY_ADMIN_, Role.NETWORK_ADMIN_})
public class PeopleView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<City> cityFilter = new ComboBox<>();
    final Grid<Account> grid = new Grid<>();
    final Grid<Invitation> pending = new Grid<>();
    final Button invite = new Button();
    private final AccountService accounts;
    private final InvitationService invitations;
    private final List<City> cities;
    private final Map<Long, City> cityById;

    PeopleView(AccountService accounts, InvitationService invitations, CityService cityService) {
        this.accounts = accounts;
        this.invitations = invitations;
        MestaUser user = MestaUser.require();
        List<City> all = cityService.allCities(getLocale());
        cityById = all.stream().collect(Collectors.toMap(City::getId, Function.identity()));
        cities = user.has(Role.NETWORK_ADMIN)
                ? all
                : all.stream().filter(c -> c.getId().equals(user.cityId())).toList();
        addClassNames(
                LumoUtility.Padding.MEDIUM,
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.BoxSizing.BORDER);

        SearchField.configure(search, getTranslation("people.search"), this::refresh);
        cityFilter.setAriaLabel(getTranslation("organisation.city"));
        cityFilter.setPlaceholder(getTranslation("organisation.all-cities"));
        cityFilter.setItems(cities);
        cityFilter.setItemLabelGenerator(c -> c.name(getLocale()));
        cityFilter.setClearButtonVisible(true);
        cityFilter.setVisible(user.has(Role.NETWORK_ADMIN));
        cityFilter.addValueChangeListener(e -> refresh());
        invite.setText(getTranslation("invite.title"));
        invite.setIcon(VaadinIcon.ENVELOPE.create());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setEnabled(!cities.isEmpty());
        invite.addClickListener(
                e -> new InviteDialog(invitations, cityService, cities, defaultCity(), this::refresh).open());

        grid.addColumn(Account::getDisplayName).setHeader(getTranslation("people.name"));
        grid.addColumn(Account::getEmail).setHeader(getTranslation("people.email"));
        grid.addColumn(a -> a.getCityId() == null || !cityById.containsKey(a.getCityId())
                        ? ""
                        : cityById.get(a.getCityId()).name(getLocale()))
                .setHeader(getTranslation("organisation.city"));
        grid.addComponentColumn(this::roles)
                .setHeader(getTranslation("people.roles"))
                .setFlexGrow(2);
        grid.setItems(query -> accounts
                .searchPeople(
                        cityFilter.getValue() == null
                                ? null
                                : cityFilter.getValue().getId(),
                        search.getValue(),
                        toSpringPageRequest(query))
                .stream());
        grid.setAriaLabel(getTranslation("nav.people"));
        grid.setHeight("28em");

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ClientTime.zone());
        pending.addColumn(Invitation::getEmail).setHeader(getTranslation("people.email"));
        pending.addColumn(i -> getTranslation(i.getRole().translationKey())).setHeader(getTranslation("invite.role"));
        pending.addColumn(i -> date.format(i.getExpiresAt())).setHeader(getTranslation("people.invitation-expires"));
        pending.addComponentColumn(this::cancelButton).setAutoWidth(true).setFlexGrow(0);
        pending.setAllRowsVisible(true);
        pending.setAriaLabel(getTranslation("people.pending"));

        HorizontalLayout toolbar = new HorizontalLayout(search, cityFilter, invite);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(toolbar, grid, new H3(getTranslation("people.pending")), pending);
        refresh();
    }

    /** Each role as a removable badge; only roles this admin may hand out can be removed. */
    private HorizontalLayout roles(Account account) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(false);
        box.addClassNames(LumoUtility.Gap.XSMALL, LumoUtility.FlexWrap.WRAP);
        MestaUser user = MestaUser.require();
        for (Role role : account.getRoles()) {
            Span badge = new Span(getTranslation(role.translationKey()));
            badge.getElement().getThemeList().add("badge");
            boolean removable = role != Role.LEARNER
                    && (user.has(Role.NETWORK_ADMIN) || (role != Role.CITY_ADMIN && role != Role.NETWORK_ADMIN))
                    && account.getId() != user.accountId();
            if (removable) {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRevoke(account, role));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation(
                        "people.revoke-named", getTranslation(role.translationKey()), account.getDisplayName()));
                badge.add(remove);
            }
            box.add(badge);
        }
        return box;
    }

    private void confirmRevoke(Account account, Role role) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("people.revoke.title"),
                getTranslation("people.revoke.text", getTranslation(role.translationKey()), account.getDisplayName()),
                getTranslation("people.revoke.confirm"),
                e -> {
                    if (Notifications.attempt(() -> accounts.revokeRole(account.getId(), role))) {
                        Notifications.success(getTranslation("people.revoked"));
                        refresh();
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Button cancelButton(Invitation invitation) {
        Button cancel = new Button(getTranslation("people.invitation-cancel"), e -> {
            if (Notifications.attempt(() -> invitations.cancelInvitation(invitation.getId()))) {
                Notifications.success(getTranslation("people.invitation-cancelled"));
                refresh();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        cancel.setAriaLabel(getTranslation("people.invitation-cancel-named", invitation.getEmail()));
        return cancel;
    }

    private City defaultCity() {
        return cityFilter.getValue() != null ? cityFilter.getValue() : cities.size() == 1 ? cities.getFirst() : null;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        City city = defaultCity();
        pending.setItems(city == null ? List.of() : invitations.openInvitations(city.getId()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people");
    }
}
