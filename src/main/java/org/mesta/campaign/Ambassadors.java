package org.mesta.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mesta.base.Role;
import org.mesta.campaign.CampaignService.Person;
import org.mesta.security.AccountService;
import org.springframework.stereotype.Component;

/** The caller's city's ambassadors: who can be on a team, be assigned a task or be mentioned. */
@Component
class Ambassadors {

    private final AccountService accounts;

    Ambassadors(AccountService accounts) {
        this.accounts = accounts;
    }

    List<Person> people() {
        return accounts.colleagues(Role.AMBASSADOR).stream()
                .map(a -> new Person(a.getId(), a.getDisplayName()))
                .toList();
    }

    Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        people().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }
}
