package org.mesta.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.UserError;

/**
 * A service refused while a page was opening: "error.not-found" (a missing id) is the not-found page (404);
 * a rate limit's refusal says how long to wait (503 with Retry-After: Vaadin's router takes only the status codes it
 * knows, 429 is not among them, and crawlers treat both alike); any other refusal shows its translated message (400).
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class UserErrorView extends VerticalLayout implements HasErrorParameter<UserError>, HasDynamicTitle {

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UserError> parameter) {
        UserError error = parameter.getException();
        if ("error.not-found".equals(error.key())) {
            title = getTranslation("error.page.not-found.title");
            NotFoundView.show(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (error instanceof TooManyAttempts tooMany) {
            title = getTranslation("limits.too-many.title");
            ErrorPage.show(this, "too-many-title", title, getTranslation(error.key(), error.params()));
            VaadinResponse response = VaadinResponse.getCurrent();
            if (response != null) {
                response.setHeader("Retry-After", String.valueOf(tooMany.seconds()));
            }
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        title = getTranslation("error.page.problem.title");
        ErrorPage.show(this, "problem-title", title, getTranslation(error.key(), error.params()));
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
