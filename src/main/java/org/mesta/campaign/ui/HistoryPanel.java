package org.mesta.campaign.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import org.mesta.campaign.ActivityLine;
import org.mesta.campaign.CampaignService;

/** Who moved or changed what, and when; newest first, in the reader's language. */
class HistoryPanel extends Section {

    final UnorderedList lines = new UnorderedList();
    private final CampaignService service;
    private final long campaignId;
    private final ZoneId zone;

    HistoryPanel(CampaignService service, long campaignId, ZoneId zone) {
        super("campaign.history");
        this.service = service;
        this.campaignId = campaignId;
        this.zone = zone;
        lines.addClassNames(LumoUtility.FontSize.SMALL);
        add(lines);
        refresh();
    }

    void refresh() {
        lines.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        for (ActivityLine line : service.activity(campaignId)) {
            lines.add(new ListItem(
                    getTranslation("campaign.history.line", when.format(line.at()), line.actor(), sentence(line))));
        }
    }

    /** The message in the reader's language; arguments that are keys themselves ("#…") are translated too. */
    String sentence(ActivityLine line) {
        Object[] args = line.args().stream()
                .map(a -> a.startsWith("#") ? getTranslation(a.substring(1)) : a)
                .toArray();
        if ("campaign.activity.edited".equals(line.messageKey())) {
            return getTranslation(
                    line.messageKey(),
                    String.join(", ", Arrays.stream(args).map(String::valueOf).toList()));
        }
        return getTranslation(line.messageKey(), args);
    }
}
