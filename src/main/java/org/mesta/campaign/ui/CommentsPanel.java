package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.mesta.base.UserError;
import org.mesta.campaign.CampaignComment;
import org.mesta.campaign.CampaignService.Person;
import org.mesta.campaign.CommentService;

/**
 * The team's conversation on a campaign. "@Name" mentions someone (they get a notice); the "Mention" picker
 * writes the name for those who would rather pick than type.
 */
class CommentsPanel extends Section {

    final TextArea text = new TextArea();
    final ComboBox<Person> mention = new ComboBox<>();
    final Button post = new Button();
    final Div list = new Div();
    private final CommentService service;
    private final long campaignId;
    private final ZoneId zone;

    CommentsPanel(CommentService service, List<Person> people, long campaignId, boolean mayComment, ZoneId zone) {
        super("campaign.comments");
        this.service = service;
        this.zone = zone;
        this.campaignId = campaignId;
        list.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        text.setLabel(getTranslation("campaign.comment.write"));
        text.setHelperText(getTranslation("campaign.comment.helper"));
        text.setMaxLength(2000);
        text.setWidthFull();
        mention.setLabel(getTranslation("campaign.comment.mention"));
        mention.setItems(people);
        mention.setItemLabelGenerator(Person::name);
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String before = text.getValue();
                text.setValue(before + (before.isEmpty() || before.endsWith(" ") ? "" : " ") + "@"
                        + e.getValue().name() + " ");
                mention.clear();
                text.focus();
            }
        });
        post.setText(getTranslation("campaign.comment.post"));
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> post());
        HorizontalLayout actions = new HorizontalLayout(mention, post);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(text, actions);
        form.setVisible(mayComment);
        add(list, form);
        refresh();
    }

    void post() {
        try {
            service.comment(campaignId, text.getValue());
            text.clear();
            text.setInvalid(false);
            refresh();
        } catch (UserError e) {
            text.setErrorMessage(getTranslation(e.key(), e.params()));
            text.setInvalid(true);
        }
    }

    void refresh() {
        list.removeAll();
        List<CampaignComment> all = service.comments(campaignId);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone);
        for (CampaignComment c : all) {
            Span who = new Span(c.getAuthorName());
            who.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span at = new Span(when.format(c.getCreatedAt()));
            at.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Paragraph body = new Paragraph(c.getBody());
            body.addClassNames(LumoUtility.Margin.NONE, "campaign-comment-body");
            Div item = new Div(new HorizontalLayout(who, at), body);
            item.addClassName("campaign-comment");
            list.add(item);
        }
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("campaign.comments.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            list.add(none);
        }
    }
}
