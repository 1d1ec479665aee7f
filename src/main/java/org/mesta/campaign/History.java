package org.mesta.campaign;

import java.time.Clock;
import java.util.List;
import org.mesta.base.MestaUser;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads campaigns' activity history (called within the service's transactions). */
@Component
class History {

    private final CampaignActivityRepository activity;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    History(CampaignActivityRepository activity, Clock clock) {
        this.activity = activity;
        this.clock = clock;
    }

    void log(Campaign c, String messageKey, List<String> args) {
        activity.save(new CampaignActivity(
                c.getId(),
                MestaUser.require().displayName(),
                messageKey,
                json.writeValueAsString(args),
                clock.instant()));
    }

    List<ActivityLine> of(long campaignId) {
        return activity.findByCampaignIdOrderByHappenedAtDescIdDesc(campaignId).stream()
                .map(a -> new ActivityLine(
                        a.getHappenedAt(),
                        a.getActorName(),
                        a.getMessageKey(),
                        json.readValue(a.getArgs(), new TypeReference<List<String>>() {})))
                .toList();
    }
}
