package org.mesta.map.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.mesta.base.ui.MainLayout;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Developer pages (the map demo) exist only where mesta.dev-pages is on: never in the production build. */
@Component
@ConditionalOnProperty(name = "mesta.dev-pages", havingValue = "true")
class DevPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setRoute("dev/map", MapDemoView.class, MainLayout.class);
    }
}
