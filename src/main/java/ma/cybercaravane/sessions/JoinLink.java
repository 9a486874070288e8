package ma.cybercaravane.sessions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The join address children's devices open ({@code <base>/start?code=XXXXXX}) and its QR code, drawn here as SVG. */
public final class JoinLink {

    private JoinLink() {}

    public static String url(String base, String code) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return b + "/start?code=" + code;
    }

    /** The QR code as an SVG document: one path of dark modules, crisp at any size, no script. */
    public static String qrSvg(String text) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for this address", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y)) x++;
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    /** The QR code as a {@code data:} address for an image (allowed by the app's content security policy). */
    public static String qrDataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(qrSvg(text).getBytes(StandardCharsets.UTF_8));
    }
}
