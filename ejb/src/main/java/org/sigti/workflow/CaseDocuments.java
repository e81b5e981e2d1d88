package org.sigti.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.ClosingRecordData;
import org.sigti.document.ClosingRecordPdf;
import org.sigti.document.DocumentNumbers;
import org.sigti.document.DocumentType;
import org.sigti.document.HandoverFormData;
import org.sigti.document.HandoverFormPdf;
import org.sigti.document.ServiceSlipData;
import org.sigti.document.ServiceSlipPdf;
import org.sigti.document.SupportFormData;
import org.sigti.document.SupportFormPdf;
import org.sigti.document.SupportRequestType;
import org.sigti.inventory.Equipment;
import org.sigti.inventory.LicenseSeat;
import org.sigti.people.UserProfile;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.unit.OrgUnit;

/**
 * The documents of a case as PDF: the Formulario de soporte técnico (DGP/ESIN-R-1) of every case, the closing record
 * of a closed one, and SEPREM-DI-008.1's Boleta de entrega de servicio once step 8 handed it over. A document gets
 * its number (per type and year) the first time it is issued; the number is kept on the case and the issue is a
 * record of its trail, so every later copy carries the same number. Whoever may read the case may download its
 * documents; the Auditor reads copies of issued documents and never issues one.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.SOLICITANTE, Roles.AUDITOR})
public class CaseDocuments {

    /** A rendered document. */
    public record Document(String fileName, byte[] pdf) implements Serializable {
    }

    static final String SEPREM_SUPPORT = "SEPREM-DI-008.1";
    static final String SEPREM_LICENSE = "SEPREM-DI-002.1";
    static final String CERT_DEVICES = "S04.03.04.01";
    static final String PHONES = "S04.03.03.02";
    private static final String NOT_ISSUED = "(sin emitir)";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CaseAccess access;

    @Inject
    CaseEngine engine;

    @Inject
    Procedures procedures;

    @EJB
    SecurityEvents securityEvents;

    @EJB
    DocumentNumbers numbers;

    @Inject
    SupportFormPdf supportForm;

    @Inject
    ClosingRecordPdf closingRecord;

    @Inject
    ServiceSlipPdf serviceSlip;

    @Inject
    HandoverFormPdf handoverForm;

    /** The documents a case has now, in the order the page lists them. */
    public List<DocumentType> available(long caseId) {
        WorkCase c = readable(caseId, Callers.actor(context, em));
        return available(c);
    }

    public Document render(long caseId, DocumentType type) {
        Actor actor = Callers.actor(context, em);
        WorkCase c = readable(caseId, actor);
        if (!available(c).contains(type)) {
            throw new WorkflowException("workflow.document.notAvailable", type.spanishName());
        }
        String number = issued(c, type, actor);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        byte[] pdf = switch (type) {
            case SUPPORT_FORM -> supportForm.render(supportFormData(c, number, now));
            case CLOSING_RECORD -> closingRecord.render(closingRecordData(c, number, now));
            case SERVICE_SLIP -> serviceSlip.render(serviceSlipData(c, number, now));
            case LICENSE_FORM, CERT_DEVICE_ACTA, PHONE_ACTA -> handoverForm.render(handoverData(c, type, number, now));
        };
        return new Document((NOT_ISSUED.equals(number) ? type.prefix() + "-" + c.getNumber() : number) + ".pdf", pdf);
    }

    private List<DocumentType> available(WorkCase c) {
        List<DocumentType> types = new ArrayList<>(List.of(DocumentType.SUPPORT_FORM));
        if (c.getStatus() == CaseStatus.CLOSED) {
            types.add(DocumentType.CLOSING_RECORD);
        }
        if (stepDone(c, SEPREM_SUPPORT, "8") != null) {
            types.add(DocumentType.SERVICE_SLIP);
        }
        String procedure = c.getProcedureCode();
        if (SEPREM_LICENSE.equals(procedure) && stepDone(c, SEPREM_LICENSE, "4") != null) {
            types.add(DocumentType.LICENSE_FORM);
        } else if (CERT_DEVICES.equals(procedure) && stepDone(c, CERT_DEVICES, "8") != null) {
            types.add(DocumentType.CERT_DEVICE_ACTA);
        } else if (PHONES.equals(procedure) && stepDone(c, PHONES, "13") != null) {
            types.add(DocumentType.PHONE_ACTA);
        }
        return types;
    }

    /** The document's number: the one issued before, or a new one now (never by a reader who writes nothing). */
    private String issued(WorkCase c, DocumentType type, Actor actor) {
        String field = "doc_" + type.name();
        String number = fieldValue(c, field);
        if (number != null) {
            return number;
        }
        boolean writer = actor.isItStaff() || c.getRequesterUsername().equals(actor.username());
        if (!writer) {
            return NOT_ISSUED;
        }
        number = numbers.next(type, LocalDate.now(zone()).getYear());
        CaseField row = new CaseField(c.getId(), field);
        row.record(number, "-", actor.username(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.persist(row);
        engine.note(c, actor, "DOCUMENT", type.spanishName() + " emitido", number);
        return number;
    }

    private SupportFormData supportFormData(WorkCase c, String number, Instant now) {
        CaseField solution = field(c, "solucion");
        SupportRequestType type = c.getRequestType() == null ? null : SupportRequestType.valueOf(c.getRequestType());
        return new SupportFormData(institution(), null, number, c.getNumber(), c.getRequesterName(),
                c.getContactPhone(), c.getContactEmail(), unitName(c.getRequesterUnitCode()),
                c.getOpenedAt().atZone(zone()).toLocalDate(), type, c.getDescription() == null ? c.getTitle()
                        : c.getTitle() + "\n" + c.getDescription(),
                solution == null ? null : solution.getValue(),
                solution == null ? null : solution.getRecordedAt().atZone(zone()).toLocalDate(),
                solution == null ? null : fullName(solution.getRecordedBy()), closedBy(c), now, zone());
    }

    private ClosingRecordData closingRecordData(WorkCase c, String number, Instant now) {
        List<CaseEvent> events = em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.seq",
                CaseEvent.class).setParameter("c", c.getId()).getResultList();
        Map<String, String> names = names(events.stream().map(CaseEvent::getActorUsername).collect(Collectors
                .toSet()));
        List<ClosingRecordData.HistoryLine> history = events.stream().map(e -> new ClosingRecordData.HistoryLine(
                e.getOccurredAt(), names.getOrDefault(e.getActorUsername(), e.getActorUsername()),
                e.getActorRoles().replace(",Solicitante", "").replace("Solicitante,", ""),
                e.getFromStep() == null ? "" : e.getFromStep(), stepTitle(e.getProcedureCode(), e.getFromStep(),
                        e.getAction()), e.getComment())).toList();
        Set<String> units = new LinkedHashSet<>(em.createQuery("select w.unitCode from WorkItem w where w.workCase = :c"
                + " and w.status = :done and w.unitCode is not null order by w.completedAt, w.id", String.class)
                .setParameter("c", c).setParameter("done", WorkItemStatus.DONE).getResultList());
        CaseField solution = field(c, "solucion");
        String kbCode = em.createQuery("select a.code from KbArticle a, KbArticleCase l where l.id.articleId = a.id"
                + " and l.id.caseId = :c order by a.id", String.class).setParameter("c", c.getId()).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        return new ClosingRecordData(institution(), number, c.getNumber(), c.getProcedureCode(),
                procedures.definition(c.getProcedureCode()).name().es(), c.getRequesterName(),
                unitName(c.getRequesterUnitCode()), c.getOpenedAt(), c.getClosedAt(),
                c.getPriority() == null ? null : c.getPriority(), List.copyOf(units),
                solution == null ? null : solution.getValue(), kbCode, history, closedBy(c), now, zone());
    }

    private ServiceSlipData serviceSlipData(WorkCase c, String number, Instant now) {
        WorkItem handedOver = stepDone(c, SEPREM_SUPPORT, "8");
        WorkItem signed = em.createQuery("select w from WorkItem w where w.workCase = :c and w.stepCode = '8.F'"
                + " and w.outcome = 'conforme' order by w.completedAt desc", WorkItem.class).setParameter("c", c)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        CaseField solution = field(c, "solucion");
        return new ServiceSlipData(institution(), number, c.getNumber(), c.getRequesterName(),
                unitName(c.getRequesterUnitCode()), solution == null ? c.getTitle() : solution.getValue(),
                fullName(handedOver.getCompletedBy()), handedOver.getCompletedAt().atZone(zone()).toLocalDate(),
                signed == null ? null : new ServiceSlipData.Confirmation(c.getRequesterName(),
                        signed.getCompletedAt()), now, zone());
    }

    /**
     * The forms of delivery: the license form (issued at step 4, delivered at 5, signed at 5.F), the acta of the
     * certificate devices (8, signed at 9) and the acta of the phones (13, delivered at 14, signed on paper).
     */
    private HandoverFormData handoverData(WorkCase c, DocumentType type, String number, Instant now) {
        String procedure = switch (type) {
            case LICENSE_FORM -> SEPREM_LICENSE;
            case CERT_DEVICE_ACTA -> CERT_DEVICES;
            default -> PHONES;
        };
        String deliveryStep = switch (type) {
            case LICENSE_FORM -> "5";
            case CERT_DEVICE_ACTA -> "8";
            default -> "14";
        };
        String signStep = switch (type) {
            case LICENSE_FORM -> "5.F";
            case CERT_DEVICE_ACTA -> "9";
            default -> null;
        };
        List<HandoverFormData.Item> items = new ArrayList<>();
        String holderName = c.getRequesterName();
        String unit = unitName(c.getRequesterUnitCode());
        if (type == DocumentType.LICENSE_FORM) {
            String platform = fieldValue(c, "plataforma");
            List<LicenseSeat> seats = em.createQuery("select s from LicenseSeat s join fetch s.pool where s.caseId = :c"
                    + " order by s.id", LicenseSeat.class).setParameter("c", c.getId()).getResultList();
            for (LicenseSeat seat : seats) {
                items.add(new HandoverFormData.Item(seat.getPool().getCode(), seat.getPool().getProduct()
                        + (platform == null ? "" : " (plataforma " + platform.strip().toUpperCase(java.util.Locale.ROOT)
                                + ")")));
            }
            if (seats.isEmpty() && platform != null) {
                items.add(new HandoverFormData.Item(platform.strip().toUpperCase(java.util.Locale.ROOT),
                        "Licencia de la plataforma (por entregar)"));
            }
        } else {
            List<String> fields = type == DocumentType.CERT_DEVICE_ACTA
                    ? List.of("tarjeta_criptografica", "lector_tarjetas") : List.of("equipo_telefonico");
            for (String f : fields) {
                Equipment e = equipment(fieldValue(c, f));
                if (e != null) {
                    items.add(new HandoverFormData.Item(e.getPatrimonialCode(), e.getKind() + " " + e.getBrand() + " "
                            + e.getModel() + " · serie " + e.getSerial()));
                }
            }
            if (type == DocumentType.PHONE_ACTA && fieldValue(c, "usuario_nombre") != null) {
                holderName = fieldValue(c, "usuario_nombre");
                unit = fieldValue(c, "usuario_unidad") == null ? null : unitName(fieldValue(c, "usuario_unidad"));
            }
        }
        WorkItem delivered = stepDone(c, procedure, deliveryStep);
        WorkItem signed = signStep == null ? null : em.createQuery("select w from WorkItem w where w.workCase = :c"
                + " and w.stepCode = :s and w.outcome = 'conforme' order by w.completedAt desc", WorkItem.class)
                .setParameter("c", c).setParameter("s", signStep).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
        WorkItem issuedAt = delivered != null ? delivered : stepDone(c, procedure, type == DocumentType.PHONE_ACTA
                ? "13" : type == DocumentType.LICENSE_FORM ? "4" : "8");
        return new HandoverFormData(type, institution(), number, c.getNumber(), holderName, unit, items,
                issuedAt == null ? null : fullName(issuedAt.getCompletedBy()),
                delivered == null ? null : delivered.getCompletedAt().atZone(zone()).toLocalDate(),
                signed == null ? null : new ServiceSlipData.Confirmation(c.getRequesterName(), signed.getCompletedAt()),
                now, zone());
    }

    private Equipment equipment(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String v = code.strip();
        if (v.chars().allMatch(Character::isDigit) && v.length() < 19) {
            Equipment e = em.find(Equipment.class, Long.parseLong(v));
            if (e != null) {
                return e;
            }
        }
        return em.createNamedQuery("Equipment.findByCode", Equipment.class)
                .setParameter("code", Equipment.normalizedCode(v)).getResultStream().findFirst().orElse(null);
    }

    private WorkItem stepDone(WorkCase c, String procedure, String step) {
        return em.createQuery("select w from WorkItem w where w.workCase = :c and w.procedureCode = :p"
                + " and w.stepCode = :s and w.status = :done order by w.completedAt desc", WorkItem.class)
                .setParameter("c", c).setParameter("p", procedure).setParameter("s", step)
                .setParameter("done", WorkItemStatus.DONE).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
    }

    private String closedBy(WorkCase c) {
        if (c.getStatus() != CaseStatus.CLOSED) {
            return null;
        }
        return em.createQuery("select e.actorUsername from CaseEvent e where e.caseId = :c and e.toSteps = 'END'"
                + " order by e.seq desc", String.class).setParameter("c", c.getId()).setMaxResults(1)
                .getResultStream().findFirst().map(this::fullName).orElse(null);
    }

    private String stepTitle(String procedure, String step, String action) {
        if (step == null) {
            return action;
        }
        return procedures.flow(procedure).flatMap(f -> f.definition().step(step)).map(s -> s.title().es())
                .orElse(step);
    }

    private Map<String, String> names(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from UserProfile p where p.username in :u", UserProfile.class)
                .setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(UserProfile::getUsername, UserProfile::getFullName, (a, b) -> a));
    }

    private String fullName(String username) {
        return username == null ? null : names(Set.of(username)).getOrDefault(username, username);
    }

    private CaseField field(WorkCase c, String name) {
        return em.createQuery("select f from CaseField f where f.caseId = :c and f.name = :n", CaseField.class)
                .setParameter("c", c.getId()).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    private String fieldValue(WorkCase c, String name) {
        CaseField f = field(c, name);
        return f == null ? null : f.getValue();
    }

    private String unitName(String code) {
        if (code == null) {
            return null;
        }
        return em.createNamedQuery("OrgUnit.findByCode", OrgUnit.class).setParameter("code", code)
                .getResultStream().findFirst().map(OrgUnit::getName).map(n -> code + " - " + n).orElse(code);
    }

    private WorkCase readable(long caseId, Actor actor) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null || !access.mayRead(c, actor)) {
            securityEvents.accessDenied("CaseDocuments", "case", String.valueOf(caseId), null,
                    c == null ? "no such case" : null);
            throw new AccessDeniedException("may not read case " + caseId);
        }
        return c;
    }

    private static String institution() {
        return System.getProperty("sigti.institution", "SIGTI");
    }

    private static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }
}
