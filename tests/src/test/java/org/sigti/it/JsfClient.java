package org.sigti.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A browser without a browser: an HTTP client that logs in through Keycloak's form, keeps cookies as a browser does,
 * opens SIGTI's pages, reads their forms with jsoup and submits a form as a browser would (every input with its
 * current value, the ViewState, the pressed button's name=value; multipart when the form says so). A full, non-ajax
 * POST is enough for PrimeFaces' buttons too: they decode on their client id among the request's parameters. It
 * follows SIGTI's redirects (POST-redirect-GET) and stops at any other host, Keycloak included.
 */
public final class JsfClient {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
    private static final int MOST_REDIRECTS = 5;

    /** One answer of SIGTI, after its redirects: where it ended, the status, the body (text) and its content type. */
    public record Answer(String url, int status, String contentType, String body) {

        /** The body parsed as HTML, with {@link #url} as its base. */
        public Document page() {
            return Jsoup.parse(body, url);
        }

        /** Whether the body is a page (not a download). */
        public boolean isHtml() {
            return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
        }
    }

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new BrowserCookies()).sslContext(Sigti.trustingTheTestServer()).build();
    private final String user;
    private int requests;

    private JsfClient(String user) {
        this.user = user;
    }

    /** A client logged in as {@code user} (password = user name, as the demo users), on SIGTI's home page. */
    public static JsfClient logIn(String user) {
        JsfClient browser = new JsfClient(user);
        HttpResponse<String> toKeycloak = browser.send(Sigti.request(Sigti.BASE_URL + "/").GET());
        HttpResponse<String> form = browser.send(Sigti.request(location(toKeycloak)).GET());
        String credentials = "username=" + enc(user) + "&password=" + enc(user) + "&credentialId=";
        HttpResponse<String> back = browser.send(Sigti.request(loginFormAction(form.body()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        Answer home = browser.follow(back);
        if (home.status() != 200 || !home.url().startsWith(Sigti.BASE_URL)) {
            throw new IllegalStateException(user + " could not log in: " + home.status() + " at " + home.url());
        }
        return browser;
    }

    public String user() {
        return user;
    }

    /** How many requests this client has sent to SIGTI. */
    public int requests() {
        return requests;
    }

    /** GETs a path under SIGTI ("/case.xhtml?id=1") or an absolute URL of SIGTI, following SIGTI's redirects. */
    public Answer get(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : Sigti.BASE_URL + pathOrUrl;
        return follow(send(Sigti.request(url).GET()));
    }

    /** Sends a request as built, without following its redirect: for methods other than GET and POST. */
    public HttpResponse<String> raw(HttpRequest.Builder request) {
        return send(request);
    }

    /** The parameter that carries the page's CSP nonce in a post (PrimeFaces' CSP mode). */
    public static final String NONCE = "primefaces.nonce";

    /**
     * Submits {@code form} as a browser would after {@code edit} changed its values (name → value, in the order of
     * the form), pressing {@code button} (an input or button of the form; null: none, as pressing Enter in a GET
     * form). A post carries the page's CSP nonce ({@value #NONCE}) unless {@code edit} set one.
     */
    public Answer submit(FormElement form, Element button, UnaryOperator<Map<String, String>> edit) {
        Map<String, String> values = edit.apply(values(form));
        if (button != null && button.hasAttr("name")) {
            values.put(button.attr("name"), button.hasAttr("value") ? button.attr("value") : "");
        }
        String action = form.absUrl("action");
        if (action.isEmpty()) {
            action = form.ownerDocument() == null ? Sigti.BASE_URL : form.ownerDocument().location();
        }
        if ("get".equalsIgnoreCase(form.attr("method"))) {
            String query = urlEncoded(values);
            return get(action.replaceFirst("\\?.*", "") + (query.isEmpty() ? "" : "?" + query));
        }
        Element script = form.ownerDocument() == null ? null : form.ownerDocument().selectFirst("script[nonce]");
        if (script != null && !values.containsKey(NONCE)) {
            // what PrimeFaces' script adds to every post of a page under its CSP mode: the page's nonce
            values.put(NONCE, script.attr("nonce"));
        }
        HttpRequest.Builder post = Sigti.request(action);
        if ("multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
            String boundary = "----sigti" + UUID.randomUUID().toString().replace("-", "");
            List<String> files = form.select("input[type=file][name]").eachAttr("name");
            post.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(values, files, boundary)));
        } else {
            post.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(values)));
        }
        return follow(send(post));
    }

    /**
     * The values a browser sends for {@code form} as it stands: its named inputs (checked boxes and radios only,
     * no buttons, no files), selects with their selected (or first) option, text areas.
     */
    public static Map<String, String> values(FormElement form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase();
            if (field.hasAttr("disabled") || List.of("submit", "button", "image", "reset", "file").contains(type)
                    || (List.of("checkbox", "radio").contains(type) && !field.hasAttr("checked"))) {
                continue;
            }
            if ("select".equals(field.tagName())) {
                Element option = Optional.ofNullable(field.selectFirst("option[selected]"))
                        .orElse(field.selectFirst("option"));
                if (option != null) {
                    values.put(name, option.hasAttr("value") ? option.attr("value") : option.text());
                }
            } else if ("textarea".equals(field.tagName())) {
                values.put(name, field.wholeText());
            } else {
                values.put(name, "checkbox".equals(type) && !field.hasAttr("value") ? "on" : field.val());
            }
        }
        return values;
    }

    /**
     * The free-text fields of {@code form} a person types into: text, search, email, number, tel, url and date-like
     * inputs and text areas, not hidden (the ViewState and the form's own marker stay as they are).
     */
    public static List<String> textFields(FormElement form) {
        List<String> names = new ArrayList<>();
        for (Element field : form.select("input[name], textarea[name]")) {
            String type = field.attr("type").toLowerCase();
            boolean text = "textarea".equals(field.tagName()) || type.isEmpty() || List.of("text", "search", "email",
                    "number", "tel", "url", "date", "datetime-local", "month", "time").contains(type);
            if (text && !field.hasAttr("disabled") && !field.hasAttr("readonly")) {
                names.add(field.attr("name"));
            }
        }
        return names;
    }

    private Answer follow(HttpResponse<String> answer) {
        HttpResponse<String> current = answer;
        for (int i = 0; i < MOST_REDIRECTS && isRedirect(current.statusCode()); i++) {
            String next = current.uri().resolve(location(current)).toString();
            if (!next.startsWith(Sigti.BASE_URL)) {
                break; // Keycloak (a session that ended) or another host: the answer is the redirect itself
            }
            current = send(Sigti.request(next).GET());
        }
        return new Answer(current.uri().toString(), current.statusCode(),
                current.headers().firstValue("Content-Type").orElse(""), current.body());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        requests++;
        return exchange(client, request);
    }

    /** Sends {@code request} through {@code client}, its body read as UTF-8 text; I/O failures unchecked. */
    public static HttpResponse<String> exchange(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "no redirect from " + answer.uri() + " (" + answer.statusCode() + "): " + answer.body()));
    }

    /** Where Keycloak's login form posts to, from its page. */
    public static String loginFormAction(String page) {
        Matcher form = LOGIN_FORM.matcher(page);
        if (!form.find()) {
            throw new IllegalStateException("no login form in " + page);
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("no action in " + form.group());
        }
        return action.group(1).replace("&amp;", "&");
    }

    /** Name=value pairs as a form or a query sends them, URL-encoded in UTF-8. */
    public static String urlEncoded(Map<String, String> values) {
        StringBuilder body = new StringBuilder();
        values.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=')
                .append(enc(value)));
        return body.toString();
    }

    private static byte[] multipart(Map<String, String> values, List<String> files, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        values.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        // a file input left empty, as a browser sends it
        files.forEach(name -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Cookies kept as a browser keeps them: like browsers, it counts http://localhost as a secure context and sends it
     * Secure cookies (the test Keycloak, on plain HTTP, marks its login cookies Secure); java.net's manager does not.
     */
    public static final class BrowserCookies extends CookieManager {

        public BrowserCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean localhost = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
            return super.get(localhost ? URI.create("https" + uri.toString().substring(4)) : uri, requestHeaders);
        }
    }
}
