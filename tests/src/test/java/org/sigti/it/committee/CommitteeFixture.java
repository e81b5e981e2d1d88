package org.sigti.it.committee;

import java.io.IOException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.committee.Committees;
import org.sigti.committee.SessionDesk;
import org.sigti.it.AsRole;
import org.sigti.it.Sql;
import org.sigti.security.AccessDeniedException;
import org.sigti.workflow.Actor;

/**
 * Set-up and checks of {@link CommitteeSessionIT} in the server. {@code POST /walk-driver/committee?session=&signer=&sign=}
 * has that member (role Comite, unit CGD) try to sign the session's acta, as a forged request would (no screen offers
 * it to an absent member): answers "refused" or "signed" (nothing without {@code sign}), then "|" and how many denials
 * of that session were recorded for that user. {@code ?document=} answers what {@link Committees#sessionsApproving(String, String)} gives a
 * procedure for that document name: "committee,number,name,version,outcome,acta number;" per session.
 */
@WebServlet("/committee")
public class CommitteeFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SessionDesk desk;

    @EJB
    private transient Committees committees;

    @EJB(lookup = AsRole.JEFE)
    private transient AsRole asJefe;

    @Resource(lookup = "java:jboss/datasources/SigtiDS")
    private transient DataSource db;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String answer;
        try {
            String document = request.getParameter("document");
            if (document != null) {
                answer = asJefe.call(() -> committees.sessionsApproving("MINDEF", document).stream()
                        .map(a -> a.committeeCode() + "," + a.sessionNumber() + "," + a.documentName() + ","
                                + a.documentVersion() + "," + a.outcome() + "," + a.actaNumber() + ";")
                        .reduce("", String::concat));
            } else {
                long session = Long.parseLong(request.getParameter("session"));
                String signer = request.getParameter("signer");
                String outcome = "";
                if (request.getParameter("sign") != null) {
                    Actor actor = new Actor(signer, signer, null, List.of("Comite"), "CGD", "MINDEF");
                    try {
                        asJefe.call(() -> desk.sign(actor, session));
                        outcome = "signed";
                    } catch (AccessDeniedException refused) {
                        outcome = "refused";
                    }
                }
                answer = outcome + "|" + new Sql(db).number("select count(*) from security_event where kind ="
                        + " 'ACCESS_DENIED' and object_type = 'committee_session' and object_id = ? and username = ?",
                        String.valueOf(session), signer);
            }
        } catch (Exception e) {
            throw new IOException("committee fixture: " + e, e);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }
}
