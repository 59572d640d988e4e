package org.terrinclus.examples.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over the DevTools protocol, with the JDK's own WebSocket client: loads
 * a page, and tells what a person would see — console errors, network requests, the DOM as laid
 * out, a screenshot.
 *
 * <p>Chromium is looked for as {@code $TERRINCLUS_CHROMIUM}, then {@code chromium}, {@code
 * chromium-browser} and {@code google-chrome} on the {@code PATH}. Without it, the tests that need
 * it are skipped, except where {@code TERRINCLUS_CI} is set (as {@code .ci/run} does), where its
 * absence is a failure.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private String session;

    private Chromium(Process process, Path profile, WebSocket.Builder builder, URI endpoint) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = builder.buildAsync(endpoint, new Listener()).get(30, TimeUnit.SECONDS);
    }

    /** The browser, or a skipped test when there is none (a failed one in CI). */
    static Chromium start() throws Exception {
        Optional<String> binary = binary();
        if (binary.isEmpty()) {
            String message = "Chromium not found (set TERRINCLUS_CHROMIUM or install the 'chromium' package):"
                    + " browser tests skipped";
            if (System.getenv("TERRINCLUS_CI") != null) {
                throw new AssertionError(message.replace("skipped", "required in CI"));
            }
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("terrinclus-chromium");
        Process process = new ProcessBuilder(
                        binary.get(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-extensions",
                        "--hide-scrollbars",
                        "--user-data-dir=" + profile,
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile())
                .start();
        Path port = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!(Files.exists(port) && Files.readAllLines(port).size() >= 2)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(port);
        URI endpoint = URI.create(
                "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
        Chromium chromium =
                new Chromium(process, profile, HttpClient.newHttpClient().newWebSocketBuilder(), endpoint);
        chromium.attach();
        return chromium;
    }

    private static Optional<String> binary() {
        String configured = System.getenv("TERRINCLUS_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    private void attach() throws Exception {
        String target = browser("Target.createTarget", Map.of("url", "about:blank"))
                .path("targetId")
                .asText();
        session = browser("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .path("sessionId")
                .asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Network.enable", Map.of());
    }

    /** Sets the viewport: width and height in CSS pixels, and whether it is a phone. */
    void viewport(int width, int height, boolean mobile) throws Exception {
        send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Loads a page and waits for its load event; clears the events seen before. */
    void load(String url) throws Exception {
        synchronized (events) {
            events.clear();
        }
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!eventsNamed("Page.loadEventFired").isEmpty()) {
                    loaded.complete(null);
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            loaded.completeExceptionally(new IllegalStateException("page did not load: " + url));
        });
        waiter.setDaemon(true);
        waiter.start();
        JsonNode navigated = send("Page.navigate", Map.of("url", url));
        if (navigated.has("errorText")) {
            throw new IllegalStateException("navigation failed: " + navigated);
        }
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        // Let late console messages and requests (fonts, images) arrive.
        Thread.sleep(300);
    }

    /** Evaluates an expression in the page; its value, as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result =
                send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** The console errors, uncaught exceptions and error log entries since the page was loaded. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode event : eventsNamed("Runtime.consoleAPICalled")) {
            String type = event.path("params").path("type").asText();
            if (type.equals("error") || type.equals("assert")) {
                errors.add("console." + type + ": " + event.path("params").path("args"));
            }
        }
        eventsNamed("Runtime.exceptionThrown").forEach(e -> errors.add("exception: " + e.path("params")));
        for (JsonNode event : eventsNamed("Log.entryAdded")) {
            JsonNode entry = event.path("params").path("entry");
            if (entry.path("level").asText().equals("error")) {
                errors.add("log: " + entry.path("text").asText() + " "
                        + entry.path("url").asText());
            }
        }
        return errors;
    }

    /** The URLs of every request the page made since it was loaded, the page itself included. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        eventsNamed("Network.requestWillBeSent")
                .forEach(e ->
                        urls.add(e.path("params").path("request").path("url").asText()));
        return urls;
    }

    /** A screenshot of the whole page, as PNG. */
    void screenshot(Path file) throws Exception {
        JsonNode shot = send(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "fromSurface", true));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** A screenshot of the viewport only, as PNG. */
    void screenshotViewport(Path file) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** A screenshot of a region of the page (CSS pixels), scaled, as PNG: small enough for documentation. */
    void screenshotRegion(Path file, double x, double y, double width, double height, double scale) throws Exception {
        Map<String, Object> clip = Map.of("x", x, "y", y, "width", width, "height", height, "scale", scale);
        JsonNode shot =
                send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    private List<JsonNode> eventsNamed(String method) {
        List<JsonNode> found = new ArrayList<>();
        synchronized (events) {
            for (JsonNode event : events) {
                if (event.path("method").asText().equals(method)) {
                    found.add(event);
                }
            }
        }
        return found;
    }

    private JsonNode browser(String method, Map<String, Object> params) throws Exception {
        return call(method, params, null);
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        return call(method, params, session);
    }

    private JsonNode call(String method, Map<String, Object> params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply =
                                pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        synchronized (events) {
                            events.add(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // The browser is stopped below in any case.
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
