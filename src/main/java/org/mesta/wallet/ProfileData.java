package org.mesta.wallet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mesta.base.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "My data", part "profile": the person's public profile settings and their collections, as they set them. */
@Component
class ProfileData implements PersonalData {

    private final PublicProfileRepository profiles;
    private final BadgeCollectionRepository collections;

    ProfileData(PublicProfileRepository profiles, BadgeCollectionRepository collections) {
        this.profiles = profiles;
        this.collections = collections;
    }

    @Override
    public String part() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, String email, Sink sink) {
        profiles.findByAccountId(accountId).ifPresent(p -> {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("handle", p.getHandle());
            profile.put("shown", p.isEnabled());
            profile.put("displayName", p.getDisplayName());
            profile.put("bio", p.getBio() == null ? "" : p.getBio());
            profile.put("updatedAt", p.getUpdatedAt().toString());
            sink.json("profile.json", profile);
        });
        List<Map<String, Object>> all = collections.findByAccountIdOrderBySortOrderAscIdAsc(accountId).stream()
                .map(c -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("name", c.getName());
                    one.put("description", c.getDescription() == null ? "" : c.getDescription());
                    one.put("public", c.isShown());
                    one.put("walletEntries", c.entryIds());
                    one.put("createdAt", c.getCreatedAt().toString());
                    return one;
                })
                .toList();
        sink.json("collections.json", all);
    }
}
