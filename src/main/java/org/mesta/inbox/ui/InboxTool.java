package org.mesta.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.HeaderTool;
import org.mesta.inbox.InboxService;

/** Puts the inbox bell in the header of everyone signed in. */
@SpringComponent
class InboxTool implements HeaderTool {

    private final InboxService inbox;

    InboxTool(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Optional<Component> create() {
        return MestaUser.current().isPresent() ? Optional.of(new InboxBell(inbox)) : Optional.empty();
    }
}
