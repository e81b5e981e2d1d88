package org.sigti.web.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose parameters hold control characters (NUL, escape, bell... anything below a space but tab,
 * line feed and carriage return): no person types them, PostgreSQL refuses NUL in text, and an ajax answer that
 * echoed one would not parse. The person gets "datos no válidos" (400) in their language, and nothing is read or
 * changed: the request never reaches a page, a service or the database. Pages and downloads alike.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/files/*", "/case/*", "/procedures/*", "/admin/*"})
public class ControlCharacters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > UploadLimit.MAX_REQUEST_BYTES) {
            // UploadLimit refuses it unread: reading its parameters here would read the whole body
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (controls(parameter.getKey())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            for (String value : parameter.getValue()) {
                if (controls(value)) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code text} holds a character below a space other than tab, line feed and carriage return. */
    static boolean controls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == '\u007F') {
                return true;
            }
        }
        return false;
    }
}
