package org.sigti.it.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.sigti.it.JsfClient;
import org.sigti.it.Sigti;

/**
 * What a person can reach of SIGTI: the pages a crawl finds from the home page through the menu and the pages'
 * links, and the URL parameters SIGTI's screens and downloads accept, read from the sources (a page's
 * {@code f:viewParam}s, a download servlet's {@code request.getParameter}s), so a new page or parameter is covered
 * without editing the tests.
 */
final class Surface {

    /** The pages of one path the crawl opens at most: a list links to many rows of the same page. */
    private static final int VARIANTS_PER_PATH = 2;
    /** The pages a crawl opens at most, for one person. */
    private static final int MOST_PAGES = 60;
    private static final Path WEB = Path.of(System.getProperty("user.dir")).resolveSibling("web")
            .resolve("src/main");
    private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"(\\w+)\"");
    private static final Pattern SERVLET = Pattern.compile("@WebServlet\\(\"(/[^\"*]+)\"\\)");
    private static final Pattern PARAMETER = Pattern.compile("getParameter\\(\"(\\w+)\"\\)");

    private Surface() {
    }

    /** A page the crawl opened: its address under SIGTI ("/case.xhtml?id=3") and SIGTI's answer. */
    record Visit(String path, JsfClient.Answer answer) {
    }

    /**
     * Opens the home page and every page of SIGTI linked from what it opened (menu, lists, rows), breadth first, up to
     * {@value #VARIANTS_PER_PATH} addresses per path and {@value #MOST_PAGES} pages; downloads are opened, not
     * followed; logging out is not a link it follows.
     */
    static List<Visit> crawl(JsfClient client) {
        List<Visit> visits = new ArrayList<>();
        Deque<String> next = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(next);
        Map<String, Integer> perPath = new HashMap<>();
        while (!next.isEmpty() && visits.size() < MOST_PAGES) {
            String path = next.poll();
            JsfClient.Answer answer = client.get(path);
            visits.add(new Visit(path, answer));
            if (answer.status() != 200 || !answer.isHtml()) {
                continue;
            }
            for (Element link : answer.page().select("a[href]")) {
                String target = sigtiPath(link.absUrl("href"));
                if (target == null || !seen.add(target)) {
                    continue;
                }
                String bare = target.replaceFirst("\\?.*", "");
                if (perPath.merge(bare, 1, Integer::sum) <= VARIANTS_PER_PATH) {
                    next.add(target);
                }
            }
        }
        return visits;
    }

    /** {@code url} as a path under SIGTI, or null if it leaves SIGTI, logs out or is a static resource. */
    private static String sigtiPath(String url) {
        if (!url.startsWith(Sigti.BASE_URL + "/")) {
            return null;
        }
        String path = url.substring(Sigti.BASE_URL.length()).replaceFirst("#.*", "");
        boolean page = path.equals("/") || path.matches("/[^?]*\\.xhtml(\\?.*)?") || path.startsWith("/files/")
                || path.startsWith("/case/") || path.startsWith("/procedures/");
        boolean leaves = path.contains("logout") || path.contains("faces.resource") || path.contains("/error/");
        return page && !leaves ? path : null;
    }

    /**
     * The URL parameters each address of SIGTI accepts: every page's {@code f:viewParam}s and every servlet's
     * {@code getParameter}s, by path under SIGTI ("/case.xhtml" → [id]).
     */
    static Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString();
                if (name.endsWith(".xhtml") && !file.toString().contains("WEB-INF")) {
                    List<String> names = all(VIEW_PARAM, source);
                    if (!names.isEmpty()) {
                        parameters.put("/" + WEB.resolve("webapp").relativize(file).toString().replace('\\', '/'),
                                names);
                    }
                }
                Matcher servlet = SERVLET.matcher(source);
                if (name.endsWith(".java") && servlet.find() && !all(PARAMETER, source).isEmpty()) {
                    parameters.put(servlet.group(1), all(PARAMETER, source));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parameters;
    }

    private static List<String> all(Pattern pattern, String source) {
        Matcher m = pattern.matcher(source);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** The query of an address as name → value (the last one of a name). */
    static Map<String, String> query(String path) {
        Map<String, String> query = new TreeMap<>();
        String raw = URI.create(Sigti.BASE_URL + path).getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] nv = pair.split("=", 2);
                query.put(URLDecoder.decode(nv[0], StandardCharsets.UTF_8),
                        nv.length < 2 ? "" : URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
