package org.sigti.sgsi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.Actor;
import org.sigti.workflow.Attachments;
import org.sigti.workflow.Callers;
import org.sigti.workflow.NotFoundException;
import org.sigti.workflow.Upload;
import org.sigti.workflow.WorkflowException;

/**
 * The register of the SGSI documents and records (S04.01.00.03) for /sgsi/register.xhtml: listed a page at a time in
 * the database, filtered by team, state and text, and read by the Jefe(a), the Responsables, the Técnicos and the
 * Auditor (who writes nothing). A document is registered, given a new file version, or retired (obsoleto) by the
 * Jefe(a), by the Especialista de Seguridad de la Información (Responsable of SGSI) or by the coordinator
 * (Responsable) of its own team. MINDEF's register only: a caller of another institution is refused and recorded
 * ({@link InstitutionScope#require}), as is a writer without the right (a security event, then
 * {@link EJBAccessException}). Bad input (a code not of the format SGSI-FOR-026, a code already registered, a file
 * the uploads check refuses) is a {@link WorkflowException} the screen reads, and changes nothing.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class SgsiRegister {

    public static final int MAX_PAGE = 100;
    public static final int MAX_VERSIONS = 100;
    static final String OBJECT = "sgsi_document";

    private static final String ROW = "select new org.sigti.sgsi.SgsiRow(d.id, d.code, d.title, d.versionLabel,"
            + " d.state, d.teamCode, d.memorandum, d.changedAt,"
            + " (select count(v) from SgsiDocumentVersion v where v.documentId = d.id)) from SgsiDocument d";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    Clock clock = Clock.systemUTC();

    public long count(SgsiFilter filter) {
        mindef("count", "register");
        return filtered("select count(d) from SgsiDocument d", filter, "", Long.class).getSingleResult();
    }

    /** A page of the register, by code. */
    public List<SgsiRow> page(SgsiFilter filter, int first, int size) {
        mindef("page", "register");
        return filtered(ROW, filter, " order by d.code", SgsiRow.class).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE)).getResultList();
    }

    /** One document's line. @throws NotFoundException when the register has no such code */
    public SgsiRow get(String code) {
        SgsiDocument d = document(code, "get");
        return em.createQuery(ROW + " where d.id = :id", SgsiRow.class).setParameter("id", d.getId())
                .getSingleResult();
    }

    /** The file versions of a document, newest first. */
    public List<SgsiVersionRow> versions(String code) {
        SgsiDocument d = document(code, "versions");
        return em.createQuery("select new org.sigti.sgsi.SgsiVersionRow(v.id, v.versionLabel, v.fileName, v.size,"
                + " v.sha256, v.uploadedBy, v.uploadedAt, c.number, v.memorandum) from SgsiDocumentVersion v"
                + " left join WorkCase c on c.id = v.caseId where v.documentId = :d"
                + " order by v.uploadedAt desc, v.id desc", SgsiVersionRow.class).setParameter("d", d.getId())
                .setMaxResults(MAX_VERSIONS).getResultList();
    }

    /** A version's file, for the download. */
    public SgsiFile file(long versionId) {
        mindef("file", versionId);
        SgsiDocumentVersion v = em.find(SgsiDocumentVersion.class, versionId);
        SgsiDocument d = v == null ? null : scope.owned(em.find(SgsiDocument.class, v.getDocumentId()),
                "SgsiRegister.file", OBJECT, versionId);
        if (d == null) {
            throw new NotFoundException("sgsi.register.unknownVersion", String.valueOf(versionId));
        }
        return new SgsiFile(v.getFileName(), v.getContentType(), v.getContent());
    }

    /** Whether the caller is of MINDEF, whose manual keeps the register (the navigation offers it only then). */
    public boolean isCallers() {
        return scope.isCaller(SgsiTeams.INSTITUTION);
    }

    /** Whether the caller may register documents and upload versions (the screen offers the forms only then). */
    public boolean mayWrite() {
        return scope.isCaller(SgsiTeams.INSTITUTION)
                && (context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.RESPONSABLE));
    }

    /** The teams the caller may register documents for: all for the Jefe(a) and the Especialista, else their own. */
    public List<String> writableTeams() {
        if (!mayWrite()) {
            return List.of();
        }
        Actor me = Callers.actor(context, em);
        return SgsiTeams.TEAMS.stream().filter(team -> writes(me, team)).toList();
    }

    /** Registers a document, vigente, with its first file version; returns its code. */
    public String register(SgsiDraft draft, Upload file) {
        mindef("register", draft.code());
        Map<String, String> problems = new LinkedHashMap<>();
        String code = SgsiTeams.code(draft.code());
        if (code == null) {
            problems.put("code", "sgsi.register.code.format");
        } else if (find(code) != null) {
            problems.put("code", "sgsi.register.code.taken");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > SgsiDocument.TITLE_MAXLENGTH) {
            problems.put("title", "sgsi.register.title.required");
        }
        String version = SgsiTeams.version(draft.version());
        if (version == null) {
            problems.put("version", "sgsi.register.version.format");
        }
        if (!SgsiTeams.isTeam(draft.team())) {
            problems.put("team", "sgsi.register.team.required");
        }
        requireWriter("register", code == null ? String.valueOf(draft.code()) : code, draft.team());
        if (!problems.isEmpty()) {
            throw new WorkflowException("sgsi.register.invalid", problems);
        }
        Attachments.Checked checked = Attachments.check(file);
        Instant now = clock.instant();
        String me = context.getCallerPrincipal().getName();
        SgsiDocument d = new SgsiDocument(SgsiTeams.INSTITUTION, code, title, version, draft.team(), me, now);
        em.persist(d);
        flush(code);
        em.persist(new SgsiDocumentVersion(d.getId(), version, checked.fileName(), checked.contentType(),
                checked.content(), checked.sha256(), null, me, now));
        em.flush();
        return code;
    }

    /** Uploads a new file version of a document (kept beside the others; the version in force changes at step 12). */
    public void addVersion(String code, String versionLabel, Upload file) {
        SgsiDocument d = document(code, "addVersion");
        requireWriter("addVersion", d.getCode(), d.getTeamCode());
        String version = SgsiTeams.version(versionLabel);
        if (version == null) {
            throw new WorkflowException("sgsi.register.invalid", Map.of("version", "sgsi.register.version.format"));
        }
        if (hasVersion(d.getId(), version)) {
            throw new WorkflowException("sgsi.register.invalid", Map.of("version", "sgsi.register.version.taken"));
        }
        Attachments.Checked checked = Attachments.check(file);
        em.persist(new SgsiDocumentVersion(d.getId(), version, checked.fileName(), checked.contentType(),
                checked.content(), checked.sha256(), null, context.getCallerPrincipal().getName(), clock.instant()));
        em.flush();
    }

    /** The document no longer applies: obsoleto, its versions kept. */
    public void retire(String code) {
        SgsiDocument d = document(code, "retire");
        requireWriter("retire", d.getCode(), d.getTeamCode());
        d.retire(clock.instant());
        em.flush();
    }

    /** Whether a document already has a version with that label. */
    boolean hasVersion(long documentId, String label) {
        return !em.createQuery("select v.id from SgsiDocumentVersion v where v.documentId = :d and v.versionLabel = :l",
                Long.class).setParameter("d", documentId).setParameter("l", label).getResultList().isEmpty();
    }

    private SgsiDocument find(String code) {
        return em.createNamedQuery("SgsiDocument.findByCode", SgsiDocument.class)
                .setParameter("institution", SgsiTeams.INSTITUTION).setParameter("code", code).getResultStream()
                .findFirst().orElse(null);
    }

    /** The caller's institution's document of that code. @throws NotFoundException when there is none */
    private SgsiDocument document(String given, String action) {
        mindef(action, given);
        String code = SgsiTeams.code(given);
        SgsiDocument d = code == null ? null : find(code);
        if (d == null) {
            throw new NotFoundException("sgsi.register.unknown", String.valueOf(given));
        }
        return scope.owned(d, "SgsiRegister." + action, OBJECT, code);
    }

    /** MINDEF's register: anyone of another institution is recorded, then refused. */
    private void mindef(String action, Object id) {
        scope.require(SgsiTeams.INSTITUTION, "SgsiRegister." + action, OBJECT, id);
    }

    /** The Jefe(a), the Especialista (any team) and the team's own coordinator write; anyone else is recorded. */
    private void requireWriter(String action, String objectId, String team) {
        if (!context.isCallerInRole(Roles.JEFE) && !context.isCallerInRole(Roles.RESPONSABLE)) {
            throw deny(action, objectId, "only the Jefe and the Responsables write the SGSI register");
        }
        Actor me = Callers.actor(context, em);
        if (SgsiTeams.isTeam(team) && !writes(me, team)) {
            throw deny(action, objectId, "a Responsable of " + me.unitCode() + " writes only the documents of their"
                    + " own team, not of " + team);
        }
    }

    private static boolean writes(Actor me, String team) {
        return me.has(Roles.JEFE) || me.has(Roles.RESPONSABLE)
                && (SgsiTeams.SPECIALIST.equals(me.unitCode()) || team.equals(me.unitCode()));
    }

    private EJBAccessException deny(String action, String objectId, String why) {
        securityEvents.accessDenied("SgsiRegister." + action, OBJECT, objectId, null, why);
        return new EJBAccessException("SgsiRegister." + action + ": " + why);
    }

    private void flush(String code) {
        try {
            em.flush();
        } catch (PersistenceException clashed) { // registered meanwhile by someone else
            throw new WorkflowException("sgsi.register.invalid", Map.of("code", "sgsi.register.code.taken"));
        }
    }

    private <T> TypedQuery<T> filtered(String select, SgsiFilter filter, String order, Class<T> type) {
        SgsiFilter f = filter == null ? SgsiFilter.none() : filter;
        StringBuilder jpql = new StringBuilder(select).append(" where d.institutionCode = :institution");
        boolean team = f.team() != null && !f.team().isBlank();
        boolean text = f.text() != null && !f.text().isBlank();
        if (team) {
            jpql.append(" and d.teamCode = :team");
        }
        if (f.state() != null) {
            jpql.append(" and d.state = :state");
        }
        if (text) {
            jpql.append(" and (upper(d.code) like :text escape '!' or upper(d.title) like :text escape '!')");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("institution", SgsiTeams.INSTITUTION);
        if (team) {
            q.setParameter("team", f.team());
        }
        if (f.state() != null) {
            q.setParameter("state", f.state());
        }
        if (text) {
            q.setParameter("text", "%" + f.text().strip().toUpperCase(Locale.ROOT).replace("!", "!!")
                    .replace("%", "!%").replace("_", "!_") + "%");
        }
        return q;
    }
}
