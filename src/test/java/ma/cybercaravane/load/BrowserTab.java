package ma.cybercaravane.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab speaking Vaadin Flow's protocol over loopback, as FlowClient does: the page, the {@code v-r=init}
 * bootstrap with the browser details, {@code ui-navigate}, then UIDL events by XHR (the server asks for
 * {@code alwaysXhrToServer}) carrying the security key, the last seen server sync id and the client id, and the
 * Atmosphere websocket for push (length-prefixed messages). Server messages are applied in sync-id order, as the
 * real client does. The tab keeps only what the benchmark reads: which node carries which element id and
 * attributes. JavaScript that asks for a return value (localStorage reads) is answered with {@code null}, as a
 * fresh device would.
 */
final class BrowserTab implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BROWSER_DETAILS = "&v-sh=780&v-sw=360&v-wh=780&v-ww=360&v-bh=780&v-bw=360&v-curdate=%d"
            + "&v-tzo=-60&v-dstd=0&v-rtzo=-60&v-dston=false&v-tzid=Africa%%2FCasablanca&v-wn=v-%s&v-td=true&v-pr=2"
            + "&v-np=Linux%%20armv8l&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0&v-tn=lumo"
            + "&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=true";

    /** What a round trip cost: time from sending to the response applied, bytes received. */
    record RoundTrip(long nanos, int bytes) {}

    private final HttpClient http;
    private final URI base;
    private final String language;
    private String cookie = "";
    private int uiId;
    private String securityKey;
    private int clientId;
    private int lastSyncId = -1;
    private final TreeMap<Integer, JsonNode> early = new TreeMap<>();
    private final Map<Integer, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<String, Long> questionArrivals = new HashMap<>();
    private final List<String> pendingReturns = new ArrayList<>();
    private final StringBuilder pushBuffer = new StringBuilder();
    private final ReentrantLock sending = new ReentrantLock();
    private WebSocket push;
    private long pushBytes;
    private long httpBytes;

    BrowserTab(HttpClient http, URI base, String language) {
        this.http = http;
        this.base = base;
        this.language = language;
    }

    /** Opens {@code route?query} as a browser does, with push connected, and waits for the view. */
    void open(String route, String query) throws IOException, InterruptedException {
        String page = route + (query.isEmpty() ? "" : "?" + query);
        HttpResponse<byte[]> html = send(HttpRequest.newBuilder(base.resolve(page)).GET());
        if (html.statusCode() != 200) throw new IOException("GET /" + page + " answered " + html.statusCode());
        String details = BROWSER_DETAILS.formatted(System.currentTimeMillis(), Long.toHexString(System.nanoTime()));
        HttpResponse<byte[]> init = send(HttpRequest.newBuilder(base.resolve("?v-r=init&location=" + enc(route) + "&query=" + enc(query) + details))
                .header("Accept-Language", language).GET());
        if (init.statusCode() != 200) throw new IOException("init answered " + init.statusCode());
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        String pushId = uidl.get("Vaadin-Push-ID").asString();
        synchronized (this) {
            receive(uidl);
        }
        URI pushUri = URI.create("ws://" + base.getAuthority() + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId);
        push = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(20))
                .buildAsync(pushUri, this).join();
        event(1, "ui-navigate", Map.of("route", "/" + route, "query", query, "appShellTitle", "CyberCaravane",
                "historyState", Map.of("idx", 0), "trigger", ""));
    }

    /** A tap on the element with this id: the click event with the data a touch screen sends. */
    RoundTrip click(String elementId) throws IOException, InterruptedException {
        Integer node;
        synchronized (this) {
            node = nodeById.get(elementId);
        }
        if (node == null) throw new IOException("no element #" + elementId + " on the screen");
        Map<String, Object> data = new HashMap<>();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 180);
        data.put("event.clientY", 400);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 480);
        data.put("event.screenX", 180);
        return event(node, "click", data);
    }

    private RoundTrip event(int node, String event, Map<String, ?> data) throws IOException, InterruptedException {
        return rpc(List.of(Map.of("type", "event", "node", node, "event", event, "data", data)));
    }

    /** One UIDL request; a tab sends them one at a time, as FlowClient queues them (push keeps arriving meanwhile). */
    private RoundTrip rpc(List<Map<String, Object>> calls) throws IOException, InterruptedException {
        sending.lock();
        try {
            return sendRpc(calls);
        } finally {
            sending.unlock();
        }
    }

    private RoundTrip sendRpc(List<Map<String, Object>> calls) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Map<String, Object> body;
        synchronized (this) {
            body = Map.of("csrfToken", securityKey, "rpc", calls, "syncId", lastSyncId, "clientId", clientId);
        }
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        if (response.statusCode() != 200) throw new IOException("UIDL answered " + response.statusCode());
        JsonNode message = JSON.readTree(response.body());
        if (message.has("meta") && message.get("meta").has("sessionExpired")) throw new IOException("session expired");
        synchronized (this) {
            clientId++;
        }
        receive(message);
        RoundTrip trip = new RoundTrip(System.nanoTime() - started, response.body().length);
        answerReturnChannels();
        return trip;
    }

    /** Script results the server waits for: a fresh device has nothing in localStorage. */
    private void answerReturnChannels() throws IOException, InterruptedException {
        List<String> channels;
        synchronized (this) {
            if (pendingReturns.isEmpty()) return;
            channels = List.copyOf(pendingReturns);
            pendingReturns.clear();
        }
        List<Map<String, Object>> calls = new ArrayList<>();
        for (String channel : channels) {
            String[] parts = channel.split(":");
            List<Object> args = new ArrayList<>();
            args.add(null);
            calls.add(Map.of("type", "channel", "node", Integer.parseInt(parts[0]), "channel", Integer.parseInt(parts[1]), "args", args));
        }
        sendRpc(calls);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookie.isEmpty()) request.header("Cookie", cookie);
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        synchronized (this) {
            httpBytes += response.body().length;
        }
        return response;
    }

    /** Applies server messages in sync-id order; one that arrives early waits for the ones before it. */
    private synchronized void receive(JsonNode message) {
        int syncId = message.path("syncId").asInt(-1);
        if (syncId < 0) {
            apply(message);
        } else if (lastSyncId < 0 || syncId == lastSyncId + 1) {
            apply(message);
            lastSyncId = syncId;
            while (!early.isEmpty() && early.firstKey() == lastSyncId + 1) {
                lastSyncId = early.firstKey();
                apply(early.pollFirstEntry().getValue());
            }
        } else if (syncId > lastSyncId) {
            early.put(syncId, message);
        }
        notifyAll();
    }

    private void apply(JsonNode message) {
        long now = System.nanoTime();
        for (JsonNode change : message.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asString();
            if ("detach".equals(type)) {
                Map<String, String> gone = attributes.remove(node);
                if (gone != null && gone.containsKey("id")) nodeById.remove(gone.get("id"), node);
            } else if (change.path("feat").asInt() == 3 && "put".equals(type)) {
                String key = change.path("key").asString();
                String value = change.path("value").asString();
                attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, value);
                if ("id".equals(key)) nodeById.put(value, node);
                if ("data-question-id".equals(key)) questionArrivals.putIfAbsent(value, now);
            } else if (change.path("feat").asInt() == 3 && "remove".equals(type)) {
                Map<String, String> attrs = attributes.get(node);
                if (attrs != null && "id".equals(change.path("key").asString())) nodeById.remove(attrs.remove("id"), node);
            }
        }
        for (JsonNode invocation : message.path("execute")) {
            for (JsonNode parameter : invocation) {
                JsonNode channel = parameter.get("@v-return");
                // [node, channel]: the first one of a call is its success callback
                if (channel != null) {
                    pendingReturns.add(channel.get(0).asInt() + ":" + channel.get(1).asInt());
                    break;
                }
            }
        }
    }

    synchronized boolean has(String elementId) {
        return nodeById.containsKey(elementId);
    }

    synchronized String attribute(String elementId, String name) {
        Integer node = nodeById.get(elementId);
        return node == null ? null : attributes.get(node).get(name);
    }

    /** When the question with this id first reached this tab ({@link System#nanoTime()}), or null. */
    synchronized Long arrivalOf(String questionId) {
        return questionArrivals.get(questionId);
    }

    /** Waits until the condition holds on this tab's screen; false when the time is up. */
    synchronized boolean waitFor(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    synchronized boolean waitingForEarlierMessages() {
        return !early.isEmpty();
    }

    synchronized long bytesReceived() {
        return httpBytes + pushBytes;
    }

    void close() {
        if (push != null) push.abort();
    }

    // Atmosphere websocket: "length|message", several per frame or one across frames.

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        List<String> messages = new ArrayList<>();
        synchronized (this) {
            pushBytes += data.length();
            pushBuffer.append(data);
            while (true) {
                int bar = pushBuffer.indexOf("|");
                if (bar < 0) break;
                int length = Integer.parseInt(pushBuffer.substring(0, bar));
                if (pushBuffer.length() < bar + 1 + length) break;
                messages.add(pushBuffer.substring(bar + 1, bar + 1 + length));
                pushBuffer.delete(0, bar + 1 + length);
            }
        }
        for (String message : messages) {
            if (message.startsWith("{")) receive(JSON.readTree(message));
        }
        webSocket.request(1);
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
