package org.sigti.procedure.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.text.MessageFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.document.official.OfficialDraft.Recipient;
import org.sigti.document.official.OfficialDraft.Signer;
import org.sigti.mail.MailDraft;
import org.sigti.mail.MailOutbox;
import org.sigti.people.Institutions;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.procedure.phishing.CaseValues;
import org.sigti.security.Roles;
import org.sigti.statistics.StatDue;
import org.sigti.statistics.StatEntity;
import org.sigti.statistics.StatTemplate;
import org.sigti.unit.Institution;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.CaseAttachment;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.CaseFiles;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What S04.05.00.01's steps do besides moving the case, inside the move's transaction (a refusal rolls the whole move
 * back): the official documents the manual names (the informes, the oficio múltiple asking for representatives drafted
 * by the coordinator and signed by the Secretario(a) General, the oficios to the OGPPRP and the DGA, the oficios
 * múltiples that send the approved schedule and the yearbook to the entities), each numbered when signed; the
 * Cronograma de envío written as lines of the statistics board for the yearbook's period and made official at step
 * 12; the check that the intake has data; the Anuario Estadístico assembled from the accepted data
 * ({@link YearbookDocument}); and the mail to each entity's representatives at the end.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class YearbookSteps {

    static final String JEFE_OGTIE = StatisticalNeeds.JEFE_OGTIE;
    static final String COORDINATOR = StatisticalNeeds.COORDINATOR;
    static final String SECRETARY = "Secretario(a) General del Ministerio de Defensa";
    static final String ENTITIES = "Órganos ejecutores, Organismos públicos y Empresas del Sector Defensa";
    static final String OGPPRP = "Jefe(a) de la OGPPRP";
    static final String ACTIVITIES_SUBJECT = "Cronograma de actividades del equipo de estadística";
    static final String DESIGNATION_SUBJECT = "Designación de los responsables de los órganos estadísticos";
    static final String DIRECTORY_SUBJECT = "Directorio del Comité de Coordinación de Estadística del Sector Defensa";
    static final String SCHEDULE_SUBJECT = "Cronograma de envío de información al MINDEF";
    static final String STATUS_SUBJECT = "Situación de la evaluación de la información estadística";
    static final String COVERS_SUBJECT = "Diseño de las carátulas del Anuario Estadístico";
    static final String PRINT_SUBJECT = "Impresión de fundas y etiquetas del Anuario Estadístico";
    static final String TECHNICAL_SUBJECT = "Informe técnico de sustento del Anuario Estadístico";
    static final String YEARBOOK_SUBJECT = "Anuario Estadístico del Sector Defensa";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentDesk desk;

    @Inject
    DictamenDocuments documents;

    @Inject
    CaseValues values;

    @Inject
    CaseEngine engine;

    @Inject
    CaseFiles files;

    @Inject
    Institutions institutions;

    @Inject
    MailOutbox outbox;

    @Inject
    YearbookDocument yearbook;

    @Inject
    StatisticalNeeds needs;

    /** Step 1: the period, and the coordinator's informe with the year's activity schedule, sent to the Jefe(a). */
    void activities(Transition t) {
        String period = period(t.value(S04050001.PERIOD));
        issue(t, OfficialDocumentKind.INFORME, estad(t), COORDINATOR, JEFE_OGTIE, ACTIVITIES_SUBJECT + " " + period,
                List.of("Se remite el cronograma de actividades del equipo de estadística para el año " + period
                        + ", para su revisión y aprobación:", lines(t.value(S04050001.ACTIVITIES)),
                        "Sustento: " + t.value(S04050001.ACTIVITIES_REPORT).strip()),
                List.of(Recipient.unit(ogtie(t))));
    }

    /** Observations of a review: the reason is the move's comment. */
    void requireReason(Transition t) {
        needs.requireReason(t);
    }

    /**
     * Step 3: the oficio múltiple asking each entity of the Sector for its representatives, in the SG's series, for
     * the Jefe(a)'s visto bueno (4) and the SG's signature (5). Written again after an observation.
     */
    void draftDesignation(Transition t) {
        List<StatEntity> entities = entities(t);
        if (entities.isEmpty()) {
            throw new WorkflowException("procedures.yearbook.noEntities");
        }
        Signer jefe = documents.signer(t, Roles.JEFE, S04050001.CHIEF, JEFE_OGTIE);
        Signer sg = documents.signer(t, Roles.AUTORIDAD, S04050001.SECRETARY, SECRETARY);
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para solicitarle la designación del responsable titular y del"
                        + " alterno del órgano estadístico de su entidad ante el Comité de Coordinación de Estadística"
                        + " del Sector Defensa, para el año " + period(t) + ":",
                t.value(S04050001.DESIGNATION).strip(),
                "Entidades: " + String.join("; ", entities.stream().map(StatEntity::getName).toList()) + ".");
        write(t, new OfficialDraft(OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), t.caseId(), ENTITIES,
                DESIGNATION_SUBJECT, reference(t), body, jefe.username(), List.of(sg),
                entities.stream().map(e -> Recipient.external(e.getName())).toList()));
    }

    /** Step 4: the Jefe(a)'s visto bueno; the SG signs at 5. */
    void approveDesignation(Transition t) {
        desk.approve(t.actor(), required(t, OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), DESIGNATION_SUBJECT).getId());
    }

    /** Step 4, observar: back to the coordinator with the reason. */
    void observeDesignation(Transition t) {
        requireReason(t);
        desk.observe(t.actor(), required(t, OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), DESIGNATION_SUBJECT)
                .getId(), t.comment());
    }

    /** Step 5: the SG signs (numbers) and sends the oficio múltiple. */
    void signDesignation(Transition t) {
        long id = required(t, OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), DESIGNATION_SUBJECT).getId();
        desk.sign(t.actor(), id);
        desk.send(t.actor(), id);
    }

    /** Step 8: the committee's directory, from the representatives recorded for each entity; signed and sent. */
    void directory(Transition t) {
        List<StatEntity> entities = entities(t);
        List<String> rows = new ArrayList<>();
        for (StatEntity e : entities) {
            rows.add("- " + e.getName() + " (" + e.getCode() + "): titular " + person(e.getTitularUser(),
                    e.getTitularEmail()) + "; alterno " + person(e.getAlternoUser(), e.getAlternoEmail()) + ".");
        }
        if (entities.stream().noneMatch(e -> e.getTitularUser() != null || e.getAlternoUser() != null)) {
            throw new WorkflowException("procedures.yearbook.noRepresentatives");
        }
        List<String> paragraphs = new ArrayList<>(List.of("Directorio del Comité de Coordinación de Estadística del"
                + " Sector Defensa, consolidado con los listados de representantes remitidos por las entidades:",
                String.join("\n", rows)));
        String committees = t.value(S04050001.SPECIAL_COMMITTEES);
        if (committees != null && !committees.isBlank()) {
            paragraphs.add("Comités especiales de trabajo que se promueven: " + committees.strip());
        }
        issue(t, OfficialDocumentKind.INFORME, estad(t), COORDINATOR, JEFE_OGTIE, DIRECTORY_SUBJECT + " "
                + period(t), paragraphs, List.of(Recipient.unit(ogtie(t))));
    }

    /**
     * Step 9: the Cronograma de envío, one line per entity and table, written on the statistics board for the
     * yearbook's period (a line written before by this case gets its new date; one of another case is refused), and
     * the coordinator's informe de sustento sent to the Jefe(a).
     */
    void submissionSchedule(Transition t) {
        String period = period(t);
        String field = S04050001.SUBMISSIONS.name();
        Map<String, String> problems = new LinkedHashMap<>();
        List<String[]> parsed = new ArrayList<>();
        List<StatDue> written = new ArrayList<>();
        for (String line : t.value(S04050001.SUBMISSIONS).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length != 3) {
                throw refused("procedures.yearbook.scheduleLine", field, line.strip());
            }
            StatEntity entity = entity(t, cells[0].strip()).orElseThrow(() -> refused(
                    "procedures.yearbook.scheduleEntity", field, cells[0].strip()));
            StatTemplate template = template(t, cells[1].strip()).orElseThrow(() -> refused(
                    "procedures.yearbook.scheduleTable", field, cells[1].strip()));
            LocalDate on;
            try {
                on = LocalDate.parse(cells[2].strip(), DATE);
            } catch (DateTimeParseException e) {
                throw refused("procedures.yearbook.scheduleDate", field, cells[2].strip());
            }
            StatDue due = em.createQuery("select d from StatDue d where d.entityId = :e and d.templateId = :t"
                    + " and d.period = :p", StatDue.class).setParameter("e", entity.getId())
                    .setParameter("t", template.getId()).setParameter("p", period).getResultStream().findFirst()
                    .orElse(null);
            if (due == null) {
                due = new StatDue(entity.getId(), template.getId(), period, on, t.actor().username());
                em.persist(due);
            } else if (due.getScheduleCaseId() != null && due.getScheduleCaseId() != t.caseId()
                    || due.getApprovedAt() != null) {
                throw refused("procedures.yearbook.scheduleTaken", field, entity.getCode() + " " + template.getCode());
            }
            due.scheduledIn(t.caseId(), on);
            written.add(due);
            parsed.add(new String[] {entity.getName(), template.getCode() + " " + template.getName(), DATE.format(on)});
        }
        if (parsed.isEmpty()) {
            problems.put(field, "procedures.yearbook.scheduleLine.field");
            throw new WorkflowException("procedures.yearbook.scheduleEmpty", problems);
        }
        em.flush();
        issue(t, OfficialDocumentKind.INFORME, estad(t), COORDINATOR, JEFE_OGTIE, SCHEDULE_SUBJECT + " " + period,
                List.of("Se remite el Cronograma de envío de información al MINDEF del periodo " + period
                        + ", para su revisión y visto bueno:", String.join("\n", parsed.stream()
                                .map(p -> "- " + p[0] + ": " + p[1] + ", hasta el " + p[2]).toList()),
                        "Sustento: " + t.value(S04050001.SUBMISSIONS_REPORT).strip()),
                List.of(Recipient.unit(ogtie(t))));
    }

    /** Step 11: the Jefe(a)'s oficio sending the schedule and its informe to the SG. */
    void scheduleToSecretary(Transition t) {
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, SECRETARY, SCHEDULE_SUBJECT + " " + period(t)
                + ": aprobación", List.of("Se remite el expediente del Cronograma de envío de información al MINDEF"
                        + " del periodo " + period(t) + " (informe de sustento y cronograma), con el visto bueno de la"
                        + " OGTIE, para su aprobación.", scheduleText(t)), List.of(Recipient.unit(sg(t))));
    }

    /** Step 12: the SG approves the schedule (its lines become official) and sends it to the entities. */
    void approveSchedule(Transition t) {
        List<StatDue> dues = dues(t.caseId());
        if (dues.isEmpty()) {
            throw new WorkflowException("procedures.yearbook.scheduleEmpty");
        }
        Instant now = Instant.now();
        dues.forEach(d -> d.approve(t.actor().username(), now));
        List<StatEntity> entities = dues.stream().map(d -> em.find(StatEntity.class, d.getEntityId())).distinct()
                .toList();
        issue(t, OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), SECRETARY, ENTITIES, SCHEDULE_SUBJECT + " "
                + period(t) + " (aprobado)", List.of("Se remite, para su conocimiento y cumplimiento, el Cronograma"
                        + " de envío de información al MINDEF del periodo " + period(t) + ", aprobado por esta"
                        + " Secretaría General. Los cuadros se remiten en el SIGTI («Envío de cuadros"
                        + " estadísticos»):", scheduleText(t)),
                entities.stream().map(e -> Recipient.external(e.getName())).toList());
    }

    /** Step 13: the case goes on once the intake holds data: at least one line of the schedule accepted. */
    void intakeReceived(Transition t) {
        if (dues(t.caseId()).stream().noneMatch(d -> d.getAcceptedVersion() != null)) {
            throw new WorkflowException("procedures.yearbook.noData", period(t));
        }
    }

    /** Step 16: the coordinator's informe on the evaluation, with who sent what, signed and sent to the Jefe(a). */
    void statusReport(Transition t) {
        issue(t, OfficialDocumentKind.INFORME, estad(t), COORDINATOR, JEFE_OGTIE, STATUS_SUBJECT + " " + period(t),
                List.of(t.value(S04050001.STATUS_REPORT).strip(), "Situación de los envíos del cronograma:",
                        String.join("\n", dues(t.caseId()).stream().map(this::dueLine).toList())),
                List.of(Recipient.unit(ogtie(t))));
    }

    /** Step 18: the tables and charts are drawn from the accepted data: there must be some. */
    void tables(Transition t) {
        intakeReceived(t);
    }

    /** Step 21: the oficio to the OGPPRP asking for the covers, for the Jefe(a)'s signature at 22. */
    void draftCoversRequest(Transition t) {
        Signer jefe = documents.signer(t, Roles.JEFE, S04050001.CHIEF, JEFE_OGTIE);
        write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, ogtie(t), t.caseId(), OGPPRP,
                COVERS_SUBJECT + " " + period(t), reference(t), String.join("\n\n", "Tengo el agrado de dirigirme a"
                        + " usted para solicitarle el diseño de la carátula del documento principal, las carátulas"
                        + " internas, la funda para el CD y la etiqueta para el CD del " + YEARBOOK_SUBJECT + " "
                        + period(t) + ":", t.value(S04050001.COVERS_REQUEST).strip()), jefe.username(),
                List.of(jefe), List.of(Recipient.external(OGPPRP))));
    }

    /** Step 22: the Jefe(a) signs and sends it. */
    void sendCoversRequest(Transition t) {
        signAndSend(t, required(t, OfficialDocumentKind.OFICIO, ogtie(t), COVERS_SUBJECT).getId());
    }

    /** Step 23: the designs received are attached to the case: an image for the main cover at least. */
    void reviewCovers(Transition t) {
        if (covers(t.caseId()).isEmpty()) {
            throw new WorkflowException("procedures.yearbook.noCover", Map.of(S04050001.COVERS_REVIEW.name(),
                    "procedures.yearbook.noCover.field"));
        }
    }

    /** Step 25: the oficio to the DGA asking for the sleeves and labels, for the Jefe(a)'s signature at 26. */
    void draftPrintRequest(Transition t) {
        Signer jefe = documents.signer(t, Roles.JEFE, S04050001.CHIEF, JEFE_OGTIE);
        write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, ogtie(t), t.caseId(),
                "Director(a) General de Administración", PRINT_SUBJECT + " " + period(t), reference(t),
                String.join("\n\n", "Tengo el agrado de dirigirme a usted para solicitarle la impresión de las fundas"
                        + " y etiquetas del " + YEARBOOK_SUBJECT + " " + period(t) + ", según los diseños aprobados:",
                        t.value(S04050001.PRINT_REQUEST).strip()), jefe.username(), List.of(jefe),
                List.of(Recipient.unit("DGA"))));
    }

    /** Step 26: the Jefe(a) signs and sends it. */
    void sendPrintRequest(Transition t) {
        signAndSend(t, required(t, OfficialDocumentKind.OFICIO, ogtie(t), PRINT_SUBJECT).getId());
    }

    /** Step 27: the Anuario Estadístico assembled as a PDF and attached to the case. */
    void assemble(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        byte[] pdf = document(t, c);
        files.store(c, new Attachments.Checked("Anuario-Estadistico-" + period(t) + ".pdf", "application/pdf", pdf,
                Attachments.sha256(pdf)), t.actor(), t.fromStep(), List.of());
    }

    /** Step 28: the coordinator's informe técnico de sustento, signed and sent to the Jefe(a). */
    void technicalReport(Transition t) {
        issue(t, OfficialDocumentKind.INFORME, estad(t), COORDINATOR, JEFE_OGTIE, TECHNICAL_SUBJECT + " " + period(t),
                List.of(t.value(S04050001.TECHNICAL_REPORT).strip(), "Se adjunta el " + YEARBOOK_SUBJECT + " "
                        + period(t) + " (caso " + t.caseNumber() + ")."), List.of(Recipient.unit(ogtie(t))));
    }

    /** Step 30: the expediente to the SG: informe técnico, proyecto de oficio múltiple and the yearbook. */
    void yearbookToSecretary(Transition t) {
        issue(t, OfficialDocumentKind.OFICIO, ogtie(t), JEFE_OGTIE, SECRETARY, YEARBOOK_SUBJECT + " " + period(t)
                + ": aprobación", List.of("Se remite, con el visto bueno de la OGTIE, el expediente del "
                        + YEARBOOK_SUBJECT + " " + period(t) + " (informe técnico de sustento, proyecto de oficio"
                        + " múltiple y documento estadístico) para su aprobación y difusión a las entidades del"
                        + " Sector."), List.of(Recipient.unit(sg(t))));
    }

    /**
     * Step 31: the SG approves the yearbook: the approved PDF is attached, the oficio múltiple sends it to the
     * entities of the schedule, and each entity's representatives (titular and alterno) get a mail.
     */
    void distribute(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        List<StatEntity> entities = dues(t.caseId()).stream().map(d -> em.find(StatEntity.class, d.getEntityId()))
                .distinct().toList();
        String number = issue(t, OfficialDocumentKind.OFICIO_MULTIPLE, sg(t), SECRETARY, ENTITIES, YEARBOOK_SUBJECT
                + " " + period(t), List.of("Se remite el " + YEARBOOK_SUBJECT + " " + period(t) + ", aprobado por"
                        + " esta Secretaría General, para su conocimiento y difusión a través de su órgano"
                        + " estadístico."), entities.stream().map(e -> Recipient.external(e.getName())).toList());
        byte[] pdf = document(t, c);
        files.store(c, new Attachments.Checked("Anuario-Estadistico-" + period(t) + "-aprobado.pdf",
                "application/pdf", pdf, Attachments.sha256(pdf)), t.actor(), t.fromStep(), List.of());
        // Locale.ROOT: the Spanish base bundle itself, never the server's default locale's (yearbook_en)
        ResourceBundle bundle = ResourceBundle.getBundle("org.sigti.procedure.statistics.yearbook", Locale.ROOT,
                YearbookSteps.class.getClassLoader());
        String link = System.getProperty("sigti.base-url", "http://localhost:8080/sigti") + "/statistics/upload.xhtml";
        for (StatEntity e : entities) {
            String[][] people = {{e.getTitularEmail(), e.getTitularUser()}, {e.getAlternoEmail(), e.getAlternoUser()}};
            for (String[] p : people) {
                if (p[0] == null || p[0].isBlank()) {
                    continue;
                }
                Object[] args = {e.getName(), YEARBOOK_SUBJECT + " " + period(t), number, c.getNumber(), link};
                outbox.queue(new MailDraft(c.getNumber(), c.getId(), "yearbookPublished", p[0], p[1],
                        new MessageFormat(bundle.getString("published.subject"), Locale.forLanguageTag("es"))
                                .format(args), new MessageFormat(bundle.getString("published.body"),
                                        Locale.forLanguageTag("es")).format(args)));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private byte[] document(Transition t, WorkCase c) {
        Institution institution = em.find(Institution.class, c.getInstitutionCode());
        List<YearbookDocument.Table> tables = new ArrayList<>();
        for (StatDue d : dues(c.getId())) {
            if (d.getAcceptedVersion() == null) {
                continue;
            }
            StatEntity entity = em.find(StatEntity.class, d.getEntityId());
            StatTemplate template = em.find(StatTemplate.class, d.getTemplateId());
            tables.add(yearbook.table(d, entity, template));
        }
        return yearbook.write(new YearbookDocument.Content(institutions.letterhead(institution),
                institution.getZone(), c.getProcedureCode(), c.getNumber(), period(t), values.value(t,
                        S04050001.NOTES), values.value(t, S04050001.TABLES), covers(c.getId()), tables,
                dues(c.getId()).stream().map(this::dueLine).toList()));
    }

    /** The cover designs attached to the case: images, the oldest first. */
    private List<byte[]> covers(long caseId) {
        return em.createQuery("select a from CaseAttachment a where a.caseId = :c order by a.id",
                CaseAttachment.class).setParameter("c", caseId).getResultStream()
                .filter(a -> a.getContentType() != null && a.getContentType().startsWith("image/"))
                .map(CaseAttachment::getContent).toList();
    }

    /** The lines of the case's schedule, by due date. */
    List<StatDue> dues(long caseId) {
        return em.createQuery("select d from StatDue d where d.scheduleCaseId = :c order by d.dueOn, d.id",
                StatDue.class).setParameter("c", caseId).getResultList();
    }

    private String dueLine(StatDue d) {
        StatEntity e = em.find(StatEntity.class, d.getEntityId());
        StatTemplate tpl = em.find(StatTemplate.class, d.getTemplateId());
        String state = d.getAcceptedVersion() != null ? "aceptado (versión " + d.getAcceptedVersion() + ")"
                : "REJECTED".equals(d.getLastOutcome()) ? "rechazado, pendiente de corrección" : "pendiente";
        return "- " + e.getName() + ", " + tpl.getCode() + " " + tpl.getName() + ", hasta el "
                + DATE.format(d.getDueOn()) + ": " + state + " (" + d.getAttempts() + " envíos)";
    }

    private String scheduleText(Transition t) {
        return String.join("\n", dues(t.caseId()).stream().map(d -> {
            StatEntity e = em.find(StatEntity.class, d.getEntityId());
            StatTemplate tpl = em.find(StatTemplate.class, d.getTemplateId());
            return "- " + e.getName() + ": " + tpl.getCode() + " " + tpl.getName() + ", hasta el "
                    + DATE.format(d.getDueOn());
        }).toList());
    }

    private List<StatEntity> entities(Transition t) {
        return em.createQuery("select e from StatEntity e where e.institutionCode = :i order by e.code",
                StatEntity.class).setParameter("i", t.actor().institutionCode()).getResultList();
    }

    private Optional<StatEntity> entity(Transition t, String code) {
        return em.createQuery("select e from StatEntity e where e.institutionCode = :i and upper(e.code) = :c",
                StatEntity.class).setParameter("i", t.actor().institutionCode())
                .setParameter("c", code.toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private Optional<StatTemplate> template(Transition t, String code) {
        return em.createQuery("select x from StatTemplate x where x.institutionCode = :i and upper(x.code) = :c",
                StatTemplate.class).setParameter("i", t.actor().institutionCode())
                .setParameter("c", code.toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    private String person(String username, String email) {
        return username == null ? "por designar" : documents.fullName(username) + " (" + (email == null ? username
                : email) + ")";
    }

    /** The period typed at step 1: a year. */
    private static String period(String typed) {
        String p = typed == null ? "" : typed.strip();
        if (!p.matches("[0-9A-Za-z-]{4,20}")) {
            throw new WorkflowException("procedures.yearbook.period", Map.of(S04050001.PERIOD.name(),
                    "procedures.yearbook.period.field"), p);
        }
        return p;
    }

    private String period(Transition t) {
        return period(values.value(t, S04050001.PERIOD));
    }

    private static WorkflowException refused(String key, String field, String value) {
        return new WorkflowException(key, Map.of(field, key + ".field"), value);
    }

    private static String lines(String text) {
        return String.join("\n", text.strip().lines().filter(l -> !l.isBlank()).map(l -> "- " + l.strip()
                .replace("|", "·")).toList());
    }

    private String reference(Transition t) {
        return "Caso " + t.caseNumber() + " (" + S04050001.CODE + ")";
    }

    private OfficialDocument required(Transition t, OfficialDocumentKind kind, String unit, String subject) {
        return needs.find(t.caseId(), kind, unit, subject).orElseThrow(() -> new WorkflowException(
                "procedures.dictamen.missing", kind.heading()));
    }

    private long write(Transition t, OfficialDraft draft) {
        return needs.write(t, draft);
    }

    private void signAndSend(Transition t, long id) {
        desk.approve(t.actor(), id);
        desk.sign(t.actor(), id);
        desk.send(t.actor(), id);
    }

    /** A document written, given its visto bueno, signed (numbered) and sent by the step's performer. */
    private String issue(Transition t, OfficialDocumentKind kind, String unit, String capacity, String addressees,
            String subject, List<String> paragraphs, List<Recipient> recipients) {
        String me = t.actor().username();
        long id = desk.draft(t.actor(), new OfficialDraft(kind, unit, t.caseId(), addressees, subject, reference(t),
                String.join("\n\n", paragraphs), me, List.of(new Signer(me, capacity)), recipients));
        desk.askReview(t.actor(), id);
        desk.approve(t.actor(), id);
        String number = desk.sign(t.actor(), id);
        desk.send(t.actor(), id);
        return number;
    }

    private String ogtie(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04050001.CHIEF);
    }

    private String estad(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04050001.STATISTICS);
    }

    private String sg(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04050001.SECRETARY);
    }
}
