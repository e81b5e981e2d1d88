package org.sigti.workflow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's unit and institution, read once per request: the inbox's count, its page, the row a tick selects and
 * each saved view's count all need them, and asked each for itself they read the same profile row four or more times
 * in one page's render (issue 20). Outside a request (a timer, a test's thread) {@link Inbox} reads them each time.
 */
@RequestScoped
public class CallerHomes {

    private final Map<String, String[]> homes = new HashMap<>();

    /** The home of {@code username} ({@code [unit code or null, institution code]}), loaded at the first ask. */
    public String[] of(String username, Function<String, String[]> load) {
        return homes.computeIfAbsent(username, load).clone();
    }
}
