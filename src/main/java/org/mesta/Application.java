package org.mesta;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server push is available but off: only the views that show live changes (the campaign board and page, when
// someone else moves a card) turn it on for their tab (LivePush), so the many city-page visitors hold no push
// connection (#17). The transport stays WEBSOCKET_XHR (see SessionGuard).
@Push(PushMode.DISABLED)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        StartupSteps.attach(app);
        app.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
