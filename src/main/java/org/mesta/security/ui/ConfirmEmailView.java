package org.mesta.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.mesta.base.UserError;
import org.mesta.security.EmailConfirmationService;

/** Where a confirmation link lands: confirms the address (or the change to a new one) and says so. */
@Route("confirm-email")
@AnonymousAllowed
public class ConfirmEmailView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final EmailConfirmationService confirmation;
    final Paragraph result = new Paragraph();

    ConfirmEmailView(EmailConfirmationService confirmation) {
        this.confirmation = confirmation;
        addClassNames("mesta-narrow", LumoUtility.Padding.LARGE);
        result.setId("confirm-result");
        add(
                new H2(getTranslation("rights.confirm.title")),
                result,
                new Anchor("login", getTranslation("layout.login")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        try {
            var outcome = confirmation.confirm(token);
            result.setText(getTranslation(
                    outcome == EmailConfirmationService.Outcome.CHANGED
                            ? "rights.confirm.changed"
                            : "rights.confirm.done"));
        } catch (UserError e) {
            result.setText(getTranslation(e.key(), e.params()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rights.confirm.title");
    }
}
