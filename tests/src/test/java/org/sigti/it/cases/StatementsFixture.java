package org.sigti.it.cases;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only servlet of a WAR added to the tested EAR: Hibernate's statistics of SIGTI's persistence unit, so that a
 * test running as a client counts the statements a page's render issues. {@code /statements-fixture/statements?reset}
 * turns the statistics on and clears them; {@code /statements-fixture/statements} answers, one per line,
 * {@code statements N} (JDBC statements Hibernate prepared), {@code loads N} (entities loaded) and
 * {@code query N JPQL} for every query run since the reset. Read through reflection: the test module compiles against
 * the Jakarta APIs only.
 */
@WebServlet("/statements")
public class StatementsFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @PersistenceUnit(unitName = "sigti")
    private transient EntityManagerFactory factory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Object statistics = call(sessionFactory(), "getStatistics");
            response.setContentType("text/plain;charset=UTF-8");
            PrintWriter out = response.getWriter();
            if (request.getParameter("reset") != null) {
                call(statistics, "setStatisticsEnabled", true);
                call(statistics, "clear");
                out.println("reset");
                return;
            }
            out.println("statements " + call(statistics, "getPrepareStatementCount"));
            out.println("loads " + call(statistics, "getEntityLoadCount"));
            for (String query : (String[]) call(statistics, "getQueries")) {
                Object one = call(statistics, "getQueryStatistics", query);
                long runs = (Long) call(one, "getExecutionCount");
                if (runs > 0) {
                    out.println("query " + runs + " " + query.replaceAll("\\s+", " "));
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("Hibernate's statistics could not be read", e);
        }
    }

    /** Hibernate's SessionFactory behind the injected factory (which may be the container's wrapper of it). */
    private Object sessionFactory() throws ReflectiveOperationException {
        Object unwrapped = factory.unwrap(Object.class);
        if (has(unwrapped, "getStatistics")) {
            return unwrapped;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return factory.unwrap(Class.forName("org.hibernate.SessionFactory", false, loader));
    }

    private static boolean has(Object target, String name) {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Object call(Object target, String name, Object... args) throws ReflectiveOperationException {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                m.setAccessible(true);
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + "." + name);
    }
}
