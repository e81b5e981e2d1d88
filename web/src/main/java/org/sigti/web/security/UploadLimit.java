package org.sigti.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sigti.workflow.Attachments;

/**
 * Refuses a request larger than SIGTI accepts (a form with too large a file, above all) from the size the browser
 * announces, before a byte of it is read: "archivo demasiado grande" (413) instead of reading 25 MiB to refuse it
 * afterwards. What passes here may still be refused, in words next to the field, by the service that takes the file
 * (5 MiB an attachment, 2 MiB an import). A request that announces no size (chunked) meets web.xml's multipart limits
 * ({@link #MAX_REQUEST_BYTES} too). The listener's max-post-size (SIGTI_MAX_POST_BYTES, 64 MiB) stays far above: up to
 * it a person gets this page in words; Undertow refuses anything larger itself, unread, with a bare 400.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadLimit extends HttpFilter {

    /** The largest file SIGTI takes (an attachment) and 1 MiB for the form's other fields and the multipart frame. */
    public static final long MAX_REQUEST_BYTES = Attachments.MAX_BYTES + 1024L * 1024;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            // the body stays unread: the connection closes after the answer instead of draining it
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
