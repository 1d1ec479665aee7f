package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.Outcomes;

/** The campaign page's outcomes: the figures and the story, recorded or corrected by the team. */
class OutcomesSection extends Section {

    final Div figures = new Div();
    final Button record = new Button();
    private final CampaignService service;
    private final Supplier<Campaign> campaign;
    private final Consumer<Campaign> changed;
    /** Reads the campaign as it is now stored (someone else changed it meanwhile). */
    private final Runnable reload;

    OutcomesSection(CampaignService service, Supplier<Campaign> campaign, Consumer<Campaign> changed, Runnable reload) {
        super("campaign.outcomes");
        this.service = service;
        this.campaign = campaign;
        this.changed = changed;
        this.reload = reload;
        record.setText(getTranslation("campaign.outcomes.record"));
        record.addClickListener(e -> OutcomesDialog.open(campaign.get().getOutcomes(), this::save));
        add(figures, record);
    }

    void show(boolean editable) {
        record.setVisible(editable);
        figures.removeAll();
        Outcomes o = campaign.get().getOutcomes();
        if (o == null || !o.recorded()) {
            figures.add(new Span(getTranslation("campaign.outcomes.none")));
        } else {
            figures.add(new Paragraph(getTranslation(
                    "campaign.outcomes.figures",
                    n(o.peopleReached()),
                    n(o.decisionMakers()),
                    n(o.eventsHeld()),
                    n(o.mediaMentions()),
                    n(o.artworks()))));
            Paragraph story = new Paragraph(o.story());
            story.addClassName("campaign-comment-body");
            figures.add(story);
        }
    }

    boolean save(Outcomes o) {
        Campaign c = campaign.get();
        return Notifications.attemptChange(
                () -> changed.accept(service.recordOutcomes(c.getId(), c.getVersion(), o)), reload);
    }

    private static String n(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }
}
