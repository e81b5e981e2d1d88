package org.sigti.procedure.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.document.OfficialDocument;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDraft;
import org.sigti.document.official.OfficialDraft.Signer;
import org.sigti.procedure.inventory.DictamenDocuments;
import org.sigti.procedure.phishing.CaseValues;
import org.sigti.security.Roles;
import org.sigti.unit.Institution;
import org.sigti.unit.OrgUnit;
import org.sigti.unit.UnitKind;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.Transition;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * What S04.05.00.02's steps do besides moving the case, inside the move's transaction: the official documents (the
 * U.O.'s oficio stating its need, the OGTIE's oficio asking other units for the data with the formats attached and the
 * due date, the documento estadístico, the coordinator's informe, the oficio that delivers the documento), each
 * numbered in MINDEF's format when signed and sent through the kernel's {@link DocumentDesk}; and the checks of the
 * units and the due date typed. A case may hold several documents of one kind from one unit (the OGTIE's two oficios,
 * a second informe after an observation), so each is found by its subject. A refusal rolls the whole move back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatisticalNeeds {

    static final String JEFE_OGTIE = "Jefe(a) de la Oficina General de Tecnologías de la Información y Estadística";
    static final String COORDINATOR = "Responsable de la coordinación del equipo de estadística";
    static final String NEED_SUBJECT = "Necesidad de información estadística";
    static final String DATA_SUBJECT = "Solicitud de información estadística en los formatos establecidos";
    static final String DOCUMENT_SUBJECT = "Documento estadístico: ";
    static final String REPORT_SUBJECT = "Informe sobre el documento estadístico";
    static final String DELIVERY_SUBJECT = "Remisión del documento estadístico";
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

    /** Step 0.I (and later): the U.O. is one of the institution's units of organization outside the OGTIE. */
    OrgUnit requestingUnit(Transition t, String code) {
        return unit(t, code, S04050002.UNIT.name());
    }

    /** Step 3: the U.O.'s Director(a) sends the OGTIE the oficio stating the need, signed and numbered at once. */
    void requestStatistics(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OrgUnit unit = requestingUnit(t, values.value(t, S04050002.UNIT));
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para exponerle la necesidad de información estadística de"
                        + " esta unidad de organización, a fin de que la Oficina General de Tecnologías de la"
                        + " Información y Estadística nos brinde el apoyo correspondiente:",
                t.value(S04050002.NEED).strip(),
                "Referencia: solicitud " + c.getNumber() + " del SIGTI (" + c.getTitle() + ").");
        Signer director = new Signer(t.actor().username(), "Director(a) / Jefe(a) de la " + unit.getName());
        long id = write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, unit.getCode(), c.getId(), JEFE_OGTIE,
                NEED_SUBJECT, "Solicitud " + c.getNumber() + " del SIGTI", body, t.actor().username(),
                List.of(director), List.of(OfficialDraft.Recipient.unit(ogtie(t)))));
        signAndSend(t, id);
    }

    /**
     * Step 6, by oficio: the specialist drafts the OGTIE's oficio to the units that owe the data, with the formats
     * attached (the definition of 5 and what is asked), the modality, form and due date; the Jefe(a) signs it at
     * 6.F. The requesting U.O. is not among them: it is asked by coordination.
     */
    void askByOficio(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OrgUnit requester = requestingUnit(t, values.value(t, S04050002.UNIT));
        List<OrgUnit> sources = sources(t);
        if (sources.stream().anyMatch(u -> u.getCode().equals(requester.getCode()))) {
            throw new WorkflowException("procedures.statistics.requesterByOficio", Map.of(
                    S04050002.SOURCES.name(), "procedures.statistics.requesterByOficio.field"), requester.getCode());
        }
        LocalDate due = dueDate(t);
        OfficialDocument need = find(c.getId(), OfficialDocumentKind.OFICIO, requester.getCode(), NEED_SUBJECT)
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing", "OFICIO"));
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para solicitarle la remisión de la información estadística que"
                        + " se detalla, requerida por " + requester.getName() + " mediante " + need.getNumber()
                        + ", en los formatos establecidos que se adjuntan:",
                t.value(S04050002.ASKED).strip(),
                "Formatos, cuadros, variables, tablas y códigos (anexo):\n" + values.value(t,
                        S04050002.DEFINITION),
                "Modalidad y forma de entrega: " + t.value(S04050002.MODALITY).strip() + ".",
                "Fecha de entrega: " + DATE.format(due) + ".",
                "Referencia: solicitud " + c.getNumber() + " del SIGTI.");
        Signer jefe = documents.performerOf(t, "4", Roles.JEFE, S04050002.CHIEF, JEFE_OGTIE);
        String addressees = String.join("\n", sources.stream().map(u -> "Director(a) / Jefe(a) de la " + u.getName())
                .toList());
        write(t, new OfficialDraft(sources.size() > 1 ? OfficialDocumentKind.OFICIO_MULTIPLE
                : OfficialDocumentKind.OFICIO, ogtie(t), c.getId(), addressees, DATA_SUBJECT, need.getNumber(), body,
                jefe.username(), List.of(jefe), sources.stream().map(u -> OfficialDraft.Recipient.unit(u.getCode()))
                        .toList()));
    }

    /** Step 6, by coordination: only the requesting U.O. owes the data; the due date is checked all the same. */
    void askRequester(Transition t) {
        OrgUnit requester = requestingUnit(t, values.value(t, S04050002.UNIT));
        List<OrgUnit> sources = sources(t);
        if (sources.size() != 1 || !sources.get(0).getCode().equals(requester.getCode())) {
            throw new WorkflowException("procedures.statistics.coordinate", Map.of(S04050002.SOURCES.name(),
                    "procedures.statistics.coordinate.field"), requester.getCode());
        }
        dueDate(t);
    }

    /** Step 6.F: the Jefe(a)'s visto bueno and signature number the oficio asking for the data; it goes. */
    void sendDataRequest(Transition t) {
        signAndSend(t, dataRequest(t).getId());
    }

    /** Step 6.F, observar: back to the specialist with the reason. */
    void returnDataRequest(Transition t) {
        requireReason(t);
        desk.observe(t.actor(), dataRequest(t).getId(), t.comment());
    }

    /** Steps 9 and 12, observar: the observations are the move's comment. */
    void requireReason(Transition t) {
        if (t.comment() == null || t.comment().isBlank()) {
            throw new WorkflowException("procedures.dictamen.reasonRequired", Map.of("comment",
                    "procedures.dictamen.reasonRequired.field"));
        }
    }

    /**
     * Step 10: the specialist writes the documento estadístico (the tables and charts of 8, the content and notes);
     * it waits for the Jefe(a)'s visto bueno and signature at 13.
     */
    void writeDocument(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OrgUnit requester = requestingUnit(t, values.value(t, S04050002.UNIT));
        String body = String.join("\n\n",
                t.value(S04050002.DOCUMENT).strip(),
                "Cuadros y gráficos estadísticos:\n" + values.value(t, S04050002.TABLES),
                "Fuente: Oficina General de Tecnologías de la Información y Estadística del MINDEF, solicitud "
                        + c.getNumber() + " del SIGTI.");
        Signer jefe = documents.performerOf(t, "4", Roles.JEFE, S04050002.CHIEF, JEFE_OGTIE);
        String subject = DOCUMENT_SUBJECT + t.value(S04050002.DOCUMENT_TITLE).strip();
        write(t, new OfficialDraft(OfficialDocumentKind.INFORME, ogtie(t), c.getId(),
                "Director(a) / Jefe(a) de la " + requester.getName(), subject, "Solicitud " + c.getNumber()
                        + " del SIGTI", body, jefe.username(), List.of(jefe),
                List.of(OfficialDraft.Recipient.unit(requester.getCode()))), DOCUMENT_SUBJECT);
    }

    /**
     * Step 11: the coordinator's informe to the Jefe(a), attaching the documento estadístico, signed and sent at once;
     * after an observation of 12 a new informe is written.
     */
    void writeReport(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OfficialDocument document = statisticalDocument(c);
        OrgUnit requester = requestingUnit(t, values.value(t, S04050002.UNIT));
        String body = String.join("\n\n",
                "Tengo el agrado de dirigirme a usted para remitirle el documento estadístico «"
                        + document.getSubject().substring(DOCUMENT_SUBJECT.length()) + "», elaborado en atención a"
                        + " la necesidad de información estadística de " + requester.getName() + ", para su"
                        + " aprobación y remisión a la unidad de organización.",
                t.value(S04050002.REPORT).strip(),
                "Se adjunta el documento estadístico (solicitud " + c.getNumber() + " del SIGTI).");
        Signer me = new Signer(t.actor().username(), COORDINATOR);
        String estad = engine.unitOf(c.getInstitutionCode(), S04050002.STATISTICS);
        long id = write(t, new OfficialDraft(OfficialDocumentKind.INFORME, estad, c.getId(), JEFE_OGTIE,
                REPORT_SUBJECT, "Solicitud " + c.getNumber() + " del SIGTI", body, t.actor().username(), List.of(me),
                List.of(OfficialDraft.Recipient.unit(ogtie(t)))));
        signAndSend(t, id);
    }

    /**
     * Step 13: the Jefe(a)'s visto bueno and signature number the documento estadístico, and the oficio that delivers
     * it to the requesting U.O., answering its oficio; both go.
     */
    void deliver(Transition t) {
        WorkCase c = em.find(WorkCase.class, t.caseId());
        OrgUnit requester = requestingUnit(t, values.value(t, S04050002.UNIT));
        OfficialDocument need = find(c.getId(), OfficialDocumentKind.OFICIO, requester.getCode(), NEED_SUBJECT)
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing", "OFICIO"));
        OfficialDocument document = statisticalDocument(c);
        String documentNumber = signAndSend(t, document.getId());
        String body = String.join("\n\n",
                "En atención a su " + need.getNumber() + ", mediante el cual expone su necesidad de información"
                        + " estadística, se remite el documento estadístico «"
                        + document.getSubject().substring(DOCUMENT_SUBJECT.length()) + "» (" + documentNumber
                        + "), que contiene los cuadros, gráficos y notas requeridos.",
                "Solicitud " + c.getNumber() + " del SIGTI.");
        long id = write(t, new OfficialDraft(OfficialDocumentKind.OFICIO, ogtie(t), c.getId(),
                "Director(a) / Jefe(a) de la " + requester.getName(), DELIVERY_SUBJECT, need.getNumber(), body,
                t.actor().username(), List.of(new Signer(t.actor().username(), JEFE_OGTIE)),
                List.of(OfficialDraft.Recipient.unit(requester.getCode()))));
        signAndSend(t, id);
    }

    /** The case's document of a kind from a unit whose subject begins so, the newest first. */
    Optional<OfficialDocument> find(long caseId, OfficialDocumentKind kind, String unitCode, String subject) {
        return em.createQuery("select d from OfficialDocument d where d.caseId = :c and d.kind = :k"
                + " and d.unitCode = :u order by d.id desc", OfficialDocument.class).setParameter("c", caseId)
                .setParameter("k", kind).setParameter("u", unitCode).getResultStream()
                .filter(d -> d.getSubject().startsWith(subject)).findFirst();
    }

    long write(Transition t, OfficialDraft draft) {
        return write(t, draft, draft.subject());
    }

    /**
     * Writes the case's document (drafted the first time, written again while its author may still edit it, a new
     * one once it was signed) and asks its reviewer for the visto bueno. @return its id
     */
    private long write(Transition t, OfficialDraft draft, String subject) {
        Optional<OfficialDocument> editable = find(t.caseId(), draft.kind(), draft.unitCode(), subject)
                .filter(OfficialDocument::isEditable);
        long id;
        if (editable.isPresent()) {
            id = editable.get().getId();
            desk.rewrite(t.actor(), id, draft);
        } else {
            id = desk.draft(t.actor(), draft);
        }
        desk.askReview(t.actor(), id);
        return id;
    }

    /** Visto bueno, signature (the only signer's, which numbers it) and sending. @return its number */
    private String signAndSend(Transition t, long id) {
        desk.approve(t.actor(), id);
        String number = desk.sign(t.actor(), id);
        if (number == null) {
            throw new IllegalStateException("document " + id + " of case " + t.caseNumber() + " has several signers");
        }
        desk.send(t.actor(), id);
        return number;
    }

    private OfficialDocument dataRequest(Transition t) {
        String ogtie = ogtie(t);
        return find(t.caseId(), OfficialDocumentKind.OFICIO, ogtie, DATA_SUBJECT)
                .or(() -> find(t.caseId(), OfficialDocumentKind.OFICIO_MULTIPLE, ogtie, DATA_SUBJECT))
                .orElseThrow(() -> new WorkflowException("procedures.dictamen.missing", "OFICIO"));
    }

    private OfficialDocument statisticalDocument(WorkCase c) {
        return find(c.getId(), OfficialDocumentKind.INFORME, engine.unitOf(c.getInstitutionCode(),
                S04050002.CHIEF), DOCUMENT_SUBJECT).orElseThrow(() -> new WorkflowException(
                        "procedures.dictamen.missing", "INFORME"));
    }

    /** Step 6: the units typed, each one of the institution's units of organization, in order, without repeats. */
    private List<OrgUnit> sources(Transition t) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : t.value(S04050002.SOURCES).split("[,;\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }
        List<OrgUnit> units = new ArrayList<>();
        for (String code : codes) {
            units.add(unit(t, code, S04050002.SOURCES.name()));
        }
        return units;
    }

    /** Step 6: the due date, dd/mm/aaaa, today or later in the institution's time zone. */
    private LocalDate dueDate(Transition t) {
        String typed = t.value(S04050002.DUE).strip();
        LocalDate today = LocalDate.now(em.find(Institution.class, t.actor().institutionCode()).getZone());
        try {
            LocalDate due = LocalDate.parse(typed, DATE);
            if (!due.isBefore(today)) {
                return due;
            }
        } catch (DateTimeParseException e) {
            // refused below, with the value typed
        }
        throw new WorkflowException("procedures.statistics.dueDate", Map.of(S04050002.DUE.name(),
                "procedures.statistics.dueDate.field"), typed);
    }

    private OrgUnit unit(Transition t, String code, String field) {
        String wanted = code == null ? "" : code.strip();
        OrgUnit found = em.createQuery("select u from OrgUnit u where u.institutionCode = :i and u.code = :c",
                OrgUnit.class).setParameter("i", t.actor().institutionCode()).setParameter("c", wanted)
                .getResultStream().findFirst().orElse(null);
        if (found == null || found.getKind() != UnitKind.REQUESTING) {
            throw new WorkflowException("procedures.decommission.unit", Map.of(field,
                    "procedures.decommission.unit.field"), wanted);
        }
        return found;
    }

    private String ogtie(Transition t) {
        return engine.unitOf(t.actor().institutionCode(), S04050002.CHIEF);
    }
}
