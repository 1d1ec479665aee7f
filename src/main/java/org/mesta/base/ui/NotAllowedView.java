package org.mesta.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused this person while a page was opening (someone else's badge, opportunity, campaign…):
 * the same "not allowed" page as a forbidden route (403), not the framework's 500.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotAllowedView extends VerticalLayout
        implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        ErrorPage.show(
                this,
                "forbidden-title",
                getTranslation("error.forbidden.title"),
                getTranslation("error.forbidden.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.forbidden.title");
    }
}
