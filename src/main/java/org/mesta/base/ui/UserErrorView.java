package org.mesta.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.mesta.base.UserError;

/**
 * A service refused while a page was opening: "error.not-found" (a missing id) is the not-found page (404);
 * any other refusal shows its translated message (400).
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
        title = getTranslation("error.page.problem.title");
        ErrorPage.show(this, "problem-title", title, getTranslation(error.key(), error.params()));
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
