package org.sigti.it;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The logged-in browsers of the current test class, kept between its tests so that each user logs in once per class
 * (a Chromium start and a Keycloak login cost seconds; the login itself is tested on its own, in LoginIT). A browser
 * taken with {@link Browser#loggedIn} goes back here when the test closes it, and the next test that asks for the
 * same user gets it back, still logged in; a test that needs two sessions of one person at once gets two browsers.
 * {@link CloseAfterClass}, registered for every test class of this module (META-INF/services and
 * junit-platform.properties of the test resources), quits them all when the class ends: sessions never leak from one
 * test class into the next.
 */
public final class Sessions {

    private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();
    private static final List<Browser> ALL = new ArrayList<>();

    private Sessions() {
    }

    /** An idle browser logged in as the user, or null. */
    static synchronized Browser take(String user) {
        Deque<Browser> idle = IDLE.get(user);
        return idle == null ? null : idle.pollFirst();
    }

    /** A browser just logged in as the user, to be given back when its test is done with it. */
    static synchronized void register(Browser browser) {
        ALL.add(browser);
    }

    /** The test is done with the browser: the next test of the class may have it. */
    static synchronized void giveBack(String user, Browser browser) {
        IDLE.computeIfAbsent(user, u -> new ArrayDeque<>()).addFirst(browser);
    }

    /** Quits every browser of the class. */
    static void closeAll() {
        List<Browser> browsers;
        synchronized (Sessions.class) {
            browsers = new ArrayList<>(ALL);
            ALL.clear();
            IDLE.clear();
        }
        for (Browser browser : browsers) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                System.err.println("Sessions: a browser did not quit: " + e);
            }
        }
    }

    /** Ends the class's sessions after its last test. */
    public static final class CloseAfterClass implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) {
            closeAll();
        }
    }
}
