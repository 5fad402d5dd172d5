package fr.passerelle.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every HTTP route the application declares (JAX-RS resources and pages), read from the compiled classes. */
final class RouteCatalog {
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH");

    private RouteCatalog() {
    }

    /** "METHOD /path/{param}" for each route, sorted. */
    static TreeSet<String> declaredRoutes() {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("fr.passerelle."))
                    .forEach(name -> addRoutes(load(name), routes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }

    private static void addRoutes(Class<?> type, TreeSet<String> routes) {
        Path classPath = type.getAnnotation(Path.class);
        if (classPath == null || type.isInterface()) {
            return;
        }
        for (Method method : type.getDeclaredMethods()) {
            for (Map.Entry<Class<? extends Annotation>, String> verb : VERBS.entrySet()) {
                if (method.isAnnotationPresent(verb.getKey())) {
                    Path methodPath = method.getAnnotation(Path.class);
                    routes.add(verb.getValue() + " " + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
                }
            }
        }
    }

    static String join(String classPath, String methodPath) {
        String path = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        path = path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RouteCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
