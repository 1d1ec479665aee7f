package org.mesta.badge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.ui.ClientAddress;

/** A learner redeems a claim code (typed, or from a QR code's link ?code=…) and gets the badge. */
@Route("claim")
@Menu(title = "nav.claim", order = 12, icon = "vaadin:qrcode")
@RolesAllowed(Role.LEARNER_)
public class ClaimView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button redeem = new Button();
    private final AwardService awards;
    private final RateLimits limits;

    ClaimView(AwardService awards, RateLimits limits) {
        this.awards = awards;
        this.limits = limits;
        addClassNames("mesta-narrow", LumoUtility.Padding.MEDIUM);
        code.setLabel(getTranslation("claim.code"));
        code.setHelperText(getTranslation("claim.code.helper"));
        code.setMaxLength(20);
        code.setAutofocus(true);
        code.getStyle().set("font-family", "monospace");
        redeem.setText(getTranslation("claim.redeem"));
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.addClickShortcut(Key.ENTER);
        redeem.addClickListener(e -> redeem());
        add(new H2(getTranslation("claim.title")), new Paragraph(getTranslation("claim.intro")), code, redeem);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(code::setValue);
    }

    void redeem() {
        try {
            // Codes are short: guessing them is bounded per address and per learner.
            limits.attempt(
                    RateLimits.Action.CLAIM,
                    ClientAddress.current(),
                    MestaUser.require().accountId());
            Award a = awards.redeem(code.getValue());
            getUI().ifPresent(ui -> ui.navigate("awards/" + a.getPublicId()));
        } catch (UserError e) {
            code.setErrorMessage(getTranslation(e.key(), e.params()));
            code.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claim.title");
    }
}
