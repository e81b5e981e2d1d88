package org.sigti.satisfaction;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * The satisfaction indicators: count, average and distribution of the ratings of the caller's institution per period
 * (the month the case closed), unit and procedure, aggregated in the database over the index of V55.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class SatisfactionFigures {

    /** The most rows a screen gets: twelve months of every unit and procedure fit well below it. */
    public static final int MAX_ROWS = 1000;

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    /** The figures of the periods from {@code fromPeriod} to {@code toPeriod} ({@code YYYY-MM}, both included). */
    public List<FigureRow> figures(String fromPeriod, String toPeriod) {
        return em.createQuery("select new org.sigti.satisfaction.FigureRow(r.period, r.unitCode, r.procedureCode,"
                + " count(r), avg(r.score), sum(case when r.score = 1 then 1 else 0 end),"
                + " sum(case when r.score = 2 then 1 else 0 end), sum(case when r.score = 3 then 1 else 0 end),"
                + " sum(case when r.score = 4 then 1 else 0 end), sum(case when r.score = 5 then 1 else 0 end))"
                + " from CaseRating r where r.institutionCode = :institution and r.period between :from and :to"
                + " group by r.period, r.unitCode, r.procedureCode"
                + " order by r.period desc, r.unitCode, r.procedureCode", FigureRow.class)
                .setParameter("institution", scope.caller()).setParameter("from", fromPeriod)
                .setParameter("to", toPeriod).setMaxResults(MAX_ROWS).getResultList();
    }
}
