package org.mesta.inbox.ui;

import com.vaadin.flow.component.Component;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.HeaderTool;
import org.mesta.inbox.InboxService;

import java.util.Optional;

/** Puts the inbox bell in the header of everyone signed in. */
@org.springframework.stereotype.Component
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
