package org.mesta.campaign.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mesta.base.UserError;
import org.mesta.base.ui.LocalDates;
import org.mesta.base.ui.Notifications;
import org.mesta.campaign.CampaignService.Person;
import org.mesta.campaign.CampaignTask;
import org.mesta.campaign.ChecklistService;

/** A campaign's checklist: tick tasks off, give them to a team member with a due date, add and remove them. */
class TaskList extends Section {

    final TextField title = new TextField();
    final ComboBox<Person> assignee = new ComboBox<>();
    final DatePicker due = LocalDates.localize(new DatePicker());
    final Button add = new Button();
    final Div items = new Div();
    private final ChecklistService service;
    private final long campaignId;
    private final boolean editable;
    private final Runnable changed;
    private List<Person> team = List.of();

    TaskList(ChecklistService service, long campaignId, boolean editable, Runnable changed) {
        super(null);
        this.service = service;
        this.campaignId = campaignId;
        this.editable = editable;
        this.changed = changed;
        items.getElement().setAttribute("role", "list");
        items.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        title.setLabel(getTranslation("campaign.task.title"));
        title.setMaxLength(300);
        title.setMinWidth("14rem");
        assignee.setLabel(getTranslation("campaign.task.assignee"));
        assignee.setItemLabelGenerator(Person::name);
        assignee.setClearButtonVisible(true);
        due.setLabel(getTranslation("campaign.task.due"));
        add.setText(getTranslation("campaign.task.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> addTask());
        title.addKeyPressListener(Key.ENTER, e -> addTask());
        HorizontalLayout form = new HorizontalLayout(title, assignee, due, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassNames(LumoUtility.FlexWrap.WRAP);
        form.setVisible(editable);
        add(items, form);
    }

    void setTeam(List<Person> team) {
        this.team = team;
        assignee.setItems(team);
        refresh();
    }

    void addTask() {
        try {
            service.addTask(
                    campaignId,
                    title.getValue(),
                    assignee.getValue() == null ? null : assignee.getValue().id(),
                    due.getValue());
            title.clear();
            assignee.clear();
            due.clear();
            title.setInvalid(false);
            title.focus();
            refresh();
            changed.run();
        } catch (UserError e) {
            title.setErrorMessage(getTranslation(e.key(), e.params()));
            title.setInvalid(true);
        }
    }

    void refresh() {
        items.removeAll();
        List<CampaignTask> tasks = service.tasks(campaignId);
        long done = tasks.stream().filter(CampaignTask::isDone).count();
        heading.setText(getTranslation("campaign.tasks", done, tasks.size()));
        Map<Long, String> names = team.stream().collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (CampaignTask t : tasks) {
            items.add(item(t, names, date));
        }
        if (tasks.isEmpty()) {
            Span none = new Span(getTranslation("campaign.tasks.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            items.add(none);
        }
    }

    private HorizontalLayout item(CampaignTask t, Map<Long, String> names, DateTimeFormatter date) {
        Checkbox box = new Checkbox(t.getTitle(), t.isDone());
        box.setReadOnly(!editable);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) save(t, t.getTitle(), t.getAssigneeId(), t.getDueOn(), e.getValue());
        });
        Span who = new Span(
                t.getAssigneeId() == null
                        ? getTranslation("campaign.task.nobody")
                        : names.getOrDefault(t.getAssigneeId(), "?"));
        Span when = new Span(
                t.getDueOn() == null
                        ? ""
                        : getTranslation("campaign.card.due", t.getDueOn().format(date)));
        if (t.getDueOn() != null && !t.isDone() && t.getDueOn().isBefore(LocalDate.now())) {
            when.setText(getTranslation("campaign.task.overdue", t.getDueOn().format(date)));
            when.addClassNames(LumoUtility.TextColor.ERROR);
        }
        for (Span s : List.of(who, when)) s.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        HorizontalLayout row = new HorizontalLayout(box, who, when);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getElement().setAttribute("role", "listitem");
        row.addClassNames(LumoUtility.FlexWrap.WRAP);
        if (editable) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(t));
            edit.setAriaLabel(getTranslation("campaign.task.edit", t.getTitle()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (Notifications.attempt(() -> service.deleteTask(t.getId()))) {
                    refresh();
                    changed.run();
                }
            });
            remove.setAriaLabel(getTranslation("campaign.task.remove", t.getTitle()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            row.add(edit, remove);
        }
        return row;
    }

    /** Edits a task in place of the add form's fields, in a small dialog. */
    private void edit(CampaignTask t) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("campaign.task.edit", t.getTitle()));
        TextField name = new TextField(getTranslation("campaign.task.title"), t.getTitle(), "");
        name.setMaxLength(300);
        ComboBox<Person> who = new ComboBox<>(getTranslation("campaign.task.assignee"), team);
        who.setItemLabelGenerator(Person::name);
        who.setClearButtonVisible(true);
        team.stream()
                .filter(p -> t.getAssigneeId() != null && p.id() == t.getAssigneeId())
                .findFirst()
                .ifPresent(who::setValue);
        DatePicker when = LocalDates.localize(new DatePicker(getTranslation("campaign.task.due"), t.getDueOn()));
        Button save = new Button(getTranslation("action.save"), e -> {
            if (save(
                    t,
                    name.getValue(),
                    who.getValue() == null ? null : who.getValue().id(),
                    when.getValue(),
                    t.isDone())) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, who, when));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean save(CampaignTask t, String name, Long who, LocalDate when, boolean done) {
        boolean ok = Notifications.attemptChange(
                () -> service.saveTask(t.getId(), t.getVersion(), name, who, when, done), this::refresh);
        refresh();
        changed.run();
        return ok;
    }
}
