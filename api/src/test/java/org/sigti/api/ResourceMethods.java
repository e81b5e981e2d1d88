package org.sigti.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** Every JAX-RS resource method of the API's classes (found in target/classes, so a new resource is covered). */
final class ResourceMethods {

    /** One operation: HTTP method, path below /v1 (e.g. {@code /cases/{ref}}) and the Java method. */
    record Operation(String httpMethod, String path, Method method) {
    }

    private ResourceMethods() {
    }

    static List<Operation> all() {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(ResourceMethods::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> httpMethod(m) != null)
                            .map(m -> new Operation(httpMethod(m), path(type, m), m)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(Class<?> type, Method method) {
        String path = "/" + type.getAnnotation(jakarta.ws.rs.Path.class).value();
        jakarta.ws.rs.Path own = method.getAnnotation(jakarta.ws.rs.Path.class);
        return own == null ? path : path + "/" + own.value();
    }

    private static String httpMethod(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PUT.class,
                DELETE.class, PATCH.class, HEAD.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
