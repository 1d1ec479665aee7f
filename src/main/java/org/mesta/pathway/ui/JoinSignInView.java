package org.mesta.pathway.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "Sign in to join": a signed-in address, so the sign-in brings the visitor back here, and here straight on to the
 * opportunity's page, where they join.
 */
@Route("sessions/join")
@PermitAll
class JoinSignInView extends Div implements HasUrlParameter<Long> {

    @Override
    public void setParameter(BeforeEvent event, Long opportunityId) {
        event.forwardTo("opportunities/" + opportunityId);
    }
}
