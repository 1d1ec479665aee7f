package org.mesta.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mesta.base.MestaUser;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignService;
import org.mesta.campaign.CampaignService.Person;

/** The campaign page's team: who is on it (leads marked), and the leads' dialog to change it. */
class TeamSection extends Section {

    final Div members = new Div();
    final Button edit = new Button();
    private final CampaignService service;
    private final Supplier<Campaign> campaign;
    private final Consumer<Campaign> changed;
    /** Reads the campaign as it is now stored (someone else changed it meanwhile). */
    private final Runnable reload;

    private List<Person> people = List.of();

    TeamSection(CampaignService service, Supplier<Campaign> campaign, Consumer<Campaign> changed, Runnable reload) {
        super("campaign.team");
        this.service = service;
        this.campaign = campaign;
        this.changed = changed;
        this.reload = reload;
        members.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        edit.setText(getTranslation("campaign.team.edit"));
        edit.addClickListener(e -> openDialog());
        add(members, edit);
    }

    void show(List<Person> people, boolean editable) {
        this.people = people;
        Campaign c = campaign.get();
        members.removeAll();
        Set<Long> leads = c.leadIds();
        people.stream().filter(p -> c.isMember(p.id())).forEach(p -> {
            Span who = new Span(leads.contains(p.id()) ? getTranslation("campaign.team.lead", p.name()) : p.name());
            who.getElement().getThemeList().add(leads.contains(p.id()) ? "badge primary" : "badge");
            members.add(who);
        });
        edit.setVisible(editable && c.isLead(MestaUser.require().accountId()));
    }

    private void openDialog() {
        Campaign c = campaign.get();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaign.team.edit"));
        MultiSelectComboBox<Person> team = new MultiSelectComboBox<>(getTranslation("campaign.team.members"), people);
        team.setItemLabelGenerator(Person::name);
        team.setValue(people.stream().filter(p -> c.isMember(p.id())).collect(Collectors.toSet()));
        MultiSelectComboBox<Person> leads = new MultiSelectComboBox<>(getTranslation("campaign.team.leads"), people);
        leads.setItemLabelGenerator(Person::name);
        leads.setValue(people.stream().filter(p -> c.isLead(p.id())).collect(Collectors.toSet()));
        leads.setHelperText(getTranslation("campaign.team.leads.helper"));
        team.setWidthFull();
        leads.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Notifications.attemptChange(
                    () -> changed.accept(
                            service.setTeam(c.getId(), c.getVersion(), ids(team.getValue()), ids(leads.getValue()))),
                    () -> {
                        dialog.close();
                        reload.run();
                    })) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(team, leads);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("30rem");
        dialog.open();
    }

    private static Set<Long> ids(Set<Person> people) {
        return people.stream().map(Person::id).collect(Collectors.toSet());
    }
}
