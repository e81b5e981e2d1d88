package org.sigti.web.backup;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.backup.BackupFrequency;
import org.sigti.backup.BackupScheduleException;
import org.sigti.backup.BackupSchedules;
import org.sigti.backup.BackupTargetKind;
import org.sigti.backup.ScheduleDraft;
import org.sigti.backup.ScheduleRow;
import org.sigti.backup.StorageLocation;
import org.sigti.backup.TaskRow;
import org.sigti.web.faces.PagedList;

/**
 * /backup/schedules.xhtml: the backup schedules the caller may see (paged in the database), the form to define or
 * edit one (Responsable of the unit, Jefe), disable or enable it, run it now, and the runs of the chosen schedule
 * with their cases and reports.
 */
@Named
@ViewScoped
public class SchedulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BackupSchedules schedules;

    private LazyDataModel<ScheduleRow> list;
    private LazyDataModel<TaskRow> tasks;
    private Long selected;
    private String selectedName;
    private final Form form = new Form();
    private boolean editing;
    private Map<Long, String> systems;
    private Map<Long, String> pgTargets;
    private List<String> technicians;

    /** The form's values; a bean of its own because EL reads properties, not record components. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private long version;
        private String name;
        private String targetKind = BackupTargetKind.DATABASE.name();
        private String targetName;
        private Long systemId;
        private String procedureCode;
        private String frequency = BackupFrequency.DAILY.name();
        private String time = "22:00";
        private Integer weekday = 5;
        private Integer dayOfMonth = 1;
        private Integer month = 1;
        private String customExpression;
        private String unitCode;
        private String responsibleTecnico;
        private List<String> locations = new ArrayList<>(List.of(StorageLocation.PRIVATE_CLOUD.name(),
                StorageLocation.EXTERNAL_DEVICE.name()));
        private Integer overdueHours = 24;
        private Long pgTargetId;

        ScheduleDraft draft() {
            return new ScheduleDraft(id, version, name, targetKind, targetName, systemId, procedureCode, frequency,
                    time, weekday, dayOfMonth, month, customExpression, unitCode, responsibleTecnico,
                    Set.copyOf(locations), overdueHours, pgTargetId);
        }

        void load(ScheduleDraft d) {
            id = d.id();
            version = d.expectedVersion();
            name = d.name();
            targetKind = d.targetKind();
            targetName = d.targetName();
            systemId = d.systemId();
            procedureCode = d.procedureCode();
            frequency = d.frequency();
            time = d.time();
            weekday = d.weekday();
            dayOfMonth = d.dayOfMonth();
            month = d.month();
            customExpression = d.customExpression();
            unitCode = d.unitCode();
            responsibleTecnico = d.responsibleTecnico();
            locations = new ArrayList<>(d.locations());
            overdueHours = d.overdueHours();
            pgTargetId = d.pgTargetId();
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getTargetKind() { return targetKind; }
        public void setTargetKind(String v) { targetKind = v; }
        public String getTargetName() { return targetName; }
        public void setTargetName(String v) { targetName = v; }
        public Long getSystemId() { return systemId; }
        public void setSystemId(Long v) { systemId = v; }
        public String getProcedureCode() { return procedureCode; }
        public void setProcedureCode(String v) { procedureCode = v; }
        public String getFrequency() { return frequency; }
        public void setFrequency(String v) { frequency = v; }
        public String getTime() { return time; }
        public void setTime(String v) { time = v; }
        public Integer getWeekday() { return weekday; }
        public void setWeekday(Integer v) { weekday = v; }
        public Integer getDayOfMonth() { return dayOfMonth; }
        public void setDayOfMonth(Integer v) { dayOfMonth = v; }
        public Integer getMonth() { return month; }
        public void setMonth(Integer v) { month = v; }
        public String getCustomExpression() { return customExpression; }
        public void setCustomExpression(String v) { customExpression = v; }
        public String getUnitCode() { return unitCode; }
        public void setUnitCode(String v) { unitCode = v; }
        public String getResponsibleTecnico() { return responsibleTecnico; }
        public void setResponsibleTecnico(String v) { responsibleTecnico = v; }
        public List<String> getLocations() { return locations; }
        public void setLocations(List<String> v) { locations = v == null ? new ArrayList<>() : v; }
        public Integer getOverdueHours() { return overdueHours; }
        public void setOverdueHours(Integer v) { overdueHours = v; }
        public Long getPgTargetId() { return pgTargetId; }
        public void setPgTargetId(Long v) { pgTargetId = v; }
    }

    @PostConstruct
    void init() {
        list = new PagedList<>(schedules::count, schedules::page, row -> String.valueOf(row.id()));
        tasks = new PagedList<>(() -> selected == null ? 0 : schedules.countTasks(selected),
                (first, size) -> selected == null ? List.of() : schedules.tasks(selected, first, size),
                row -> String.valueOf(row.id()));
    }

    public void newSchedule() {
        form.load(new Form().draft());
        form.setProcedureCode(schedules.procedures().stream().findFirst().orElse(null)); // none: not offered
        editing = true;
    }

    public void edit(long id) {
        form.load(schedules.draft(id));
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        try {
            long id = schedules.save(form.draft());
            info("backup_schedules.message.saved");
            editing = false;
            show(id);
        } catch (BackupScheduleException e) {
            ResourceBundle bundle = bundle();
            e.problems().forEach((field, key) -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, (field.isEmpty() ? "" : bundle.getString(
                            "backup_schedules.input." + field + ".label") + ": ") + bundle.getString(key), null)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void disable(long id) {
        schedules.disable(id);
        info("backup_schedules.message.disabled");
    }

    public void enable(long id) {
        schedules.enable(id);
        info("backup_schedules.message.enabled");
    }

    public void runNow(long id) {
        try {
            schedules.runNow(id);
            info("backup_schedules.message.started");
            show(id);
        } catch (BackupScheduleException e) {
            e.problems().values().forEach(key -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(key), null)));
        }
    }

    public void show(long id) {
        selected = id;
        selectedName = schedules.get(id).name();
    }

    /** The técnicos of the form's unit SIGTI knows, offered as suggestions. */
    public List<String> getTechnicians() {
        if (technicians == null) {
            technicians = schedules.technicians(form.getUnitCode(), "");
        }
        return technicians;
    }

    /** Whether the caller defines and runs schedules (Responsable of the unit, Jefe). */
    public boolean isManager() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("Jefe") || external.isUserInRole("Responsable");
    }

    public LazyDataModel<ScheduleRow> getList() {
        return list;
    }

    public LazyDataModel<TaskRow> getTasks() {
        return tasks;
    }

    public Long getSelected() {
        return selected;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public Form getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isCustom() {
        return BackupFrequency.CUSTOM.name().equals(form.getFrequency());
    }

    public boolean isWeekly() {
        return BackupFrequency.WEEKLY.name().equals(form.getFrequency());
    }

    public boolean isDayOfMonth() {
        return !isCustom() && !isWeekly() && !BackupFrequency.DAILY.name().equals(form.getFrequency());
    }

    public boolean isAnnual() {
        return BackupFrequency.ANNUAL.name().equals(form.getFrequency());
    }

    public List<String> getProcedures() {
        return schedules.procedures();
    }

    public List<BackupTargetKind> getTargets() {
        return Arrays.asList(BackupTargetKind.values());
    }

    public List<BackupFrequency> getFrequencies() {
        return Arrays.asList(BackupFrequency.values());
    }

    public List<StorageLocation> getStorageLocations() {
        return Arrays.asList(StorageLocation.values());
    }

    public Map<Long, String> getSystems() {
        if (systems == null) {
            systems = schedules.systems();
        }
        return systems;
    }

    /** The registered PostgreSQL targets SIGTI can copy itself at each run. */
    public Map<Long, String> getPgTargets() {
        if (pgTargets == null) {
            pgTargets = schedules.pgTargets();
        }
        return pgTargets;
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "i18n");
    }

    private static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                new MessageFormat(bundle().getString(key), FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(args), null));
    }
}
