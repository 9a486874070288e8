package ma.cybercaravane.sessions.ui;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import ma.cybercaravane.sessions.JoinLink;

/**
 * How children join: the code in big letters, the QR code of the join address, and that address itself (so the
 * facilitator sees what the QR holds). Used by the console and, larger, by the projector.
 */
class JoinPanel extends Div {

    private final Span code = new Span();
    private final Image qr = new Image();
    private final Span url = new Span();
    private final Paragraph hint = new Paragraph();
    private String shown;

    JoinPanel(String idPrefix) {
        addClassName("cc-join");
        code.setId(idPrefix + "code");
        code.addClassName("cc-join-code");
        qr.setId(idPrefix + "qr");
        qr.addClassName("cc-join-qr");
        url.setId(idPrefix + "url");
        url.addClassName("cc-join-url");
        hint.setId(idPrefix + "hint");
        hint.addClassName("cc-join-hint");
        hint.setVisible(false);
        Div words = new Div(new Span(getTranslation("run.join.codeLabel")), code, new Span(getTranslation("run.join.urlLabel")), url);
        words.addClassName("cc-join-words");
        add(qr, words, hint);
    }

    /** Shows the code and the address; {@code loopbackHint} warns when phones could not reach that address. */
    void show(String joinCode, String joinUrl, boolean loopbackHint, String base) {
        if (joinUrl.equals(shown)) return;
        shown = joinUrl;
        code.setText(joinCode);
        url.setText(joinUrl);
        qr.setSrc(JoinLink.qrDataUri(joinUrl));
        qr.setAlt(getTranslation("run.join.qrAlt", joinUrl));
        String host = loopbackHint ? java.net.URI.create(base).getHost() : "";
        List<String> lan = loopbackHint ? lanAddresses().stream().map(ip -> base.replace(host, ip)).toList() : List.of();
        hint.setVisible(loopbackHint);
        hint.setText(!loopbackHint ? "" : lan.isEmpty() ? getTranslation("run.join.loopbackNoNetwork")
                : getTranslation("run.join.loopback", String.join(", ", lan)));
    }

    /** The address the organizer's browser used, e.g. {@code http://192.168.1.10:8080}. */
    static String browserBase() {
        VaadinRequest r = VaadinRequest.getCurrent();
        if (!(r instanceof VaadinServletRequest sr)) return "http://localhost:8080";
        HttpServletRequest h = sr.getHttpServletRequest();
        boolean defaultPort = ("http".equals(h.getScheme()) && h.getServerPort() == 80) || ("https".equals(h.getScheme()) && h.getServerPort() == 443);
        String host = h.getServerName().contains(":") ? "[" + h.getServerName() + "]" : h.getServerName();
        return h.getScheme() + "://" + host + (defaultPort ? "" : ":" + h.getServerPort()) + h.getContextPath();
    }

    static boolean loopback(String base) {
        String host = java.net.URI.create(base).getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** This laptop's addresses on local networks, which phones on the same Wi-Fi can reach. */
    private static List<String> lanAddresses() {
        List<String> found = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) continue;
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) found.add(a.getHostAddress());
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return found;
    }
}
