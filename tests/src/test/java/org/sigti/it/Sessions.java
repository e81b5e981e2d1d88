package org.sigti.it;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers of {@link Browser#loggedIn}, kept for the next test that asks for the same user: a Chromium start and
 * a Keycloak login cost about two seconds, and the login itself is tested on its own, in LoginIT. A browser goes back
 * here when its test closes it; a test that needs two sessions of one person at once gets two browsers.
 * <p>
 * Within a test class the user's SIGTI session goes on from test to test. When the class ends
 * ({@link CloseAfterClass}, registered for every test class of this module: META-INF/services and
 * junit-platform.properties of the test resources) each browser forgets SIGTI's cookies and leaves the page, so that
 * SIGTI's sessions never leak from one class into the next: the next class's first page of that user starts a new
 * session, through Keycloak's single sign-on (its cookies stay: no login form) or its login form when that session
 * ended too. A browser its test did not give back is quit, and so are the least recently used beyond
 * {@value #KEPT}; the rest are quit when the test JVM ends.
 */
public final class Sessions {

    /** How many idle browsers stay open between test classes (a Chromium of SIGTI's pages holds about 150 MB). */
    static final int KEPT = 12;

    /** The idle browsers, the most recently given back first. */
    private static final LinkedList<Browser> IDLE = new LinkedList<>();
    private static final List<Browser> ALL = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Sessions::quitAll, "sigti-browsers"));
    }

    private Sessions() {
    }

    /** An idle browser of the user, or null; {@link Browser#needsLogin()} when a class ended since it was used. */
    static synchronized Browser take(String user) {
        for (Iterator<Browser> it = IDLE.iterator(); it.hasNext();) {
            Browser browser = it.next();
            if (user.equals(browser.pooledFor())) {
                it.remove();
                return browser;
            }
        }
        return null;
    }

    /** A browser just logged in as the user, to be given back when its test is done with it. */
    static synchronized void register(Browser browser) {
        ALL.add(browser);
    }

    /** The test is done with the browser: the next test that asks for its user may have it. */
    static synchronized void giveBack(Browser browser) {
        IDLE.remove(browser);
        IDLE.addFirst(browser);
    }

    /**
     * A test class ended: the browsers not given back are quit; the others forget SIGTI's session, and the least
     * recently used beyond {@value #KEPT} are quit.
     */
    static void endOfClass() {
        List<Browser> quitting = new ArrayList<>();
        List<Browser> kept;
        synchronized (Sessions.class) {
            for (Browser browser : ALL) {
                if (!IDLE.contains(browser)) {
                    quitting.add(browser);
                }
            }
            while (IDLE.size() > KEPT) {
                quitting.add(IDLE.removeLast());
            }
            ALL.removeAll(quitting);
            kept = new ArrayList<>(IDLE);
        }
        for (Browser browser : kept) {
            try {
                browser.leaveSigti();
            } catch (RuntimeException e) {
                System.err.println("Sessions: a browser could not forget its session, quit instead: " + e);
                synchronized (Sessions.class) {
                    IDLE.remove(browser);
                    ALL.remove(browser);
                }
                quitting.add(browser);
            }
        }
        quit(quitting);
    }

    /** Quits every browser (the test JVM ends). */
    static void quitAll() {
        List<Browser> browsers;
        synchronized (Sessions.class) {
            browsers = new ArrayList<>(ALL);
            ALL.clear();
            IDLE.clear();
        }
        quit(browsers);
    }

    private static void quit(List<Browser> browsers) {
        for (Browser browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                System.err.println("Sessions: a browser did not quit: " + e);
            }
        }
    }

    /** Ends the class's SIGTI sessions after its last test. */
    public static final class CloseAfterClass implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) {
            endOfClass();
        }
    }
}
