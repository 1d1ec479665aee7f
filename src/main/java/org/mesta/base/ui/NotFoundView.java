package org.mesta.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address that leads nowhere: an unknown path, or an id that does not exist (404, never a stack trace). */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void show(VerticalLayout page) {
        ErrorPage.show(
                page,
                "not-found-title",
                page.getTranslation("error.page.not-found.title"),
                page.getTranslation("error.page.not-found.text"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.not-found.title");
    }
}
