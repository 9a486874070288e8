package ma.cybercaravane.parents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/** A QR code drawn as SVG on the server (ZXing's encoder, no image library, no CDN): crisp at any print size. */
final class QrCode {

    static final int QUIET_ZONE = 4;

    private QrCode() {}

    /** The modules, {@code true} = dark, without the quiet zone. */
    static boolean[][] modules(String text) {
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) dark[y][x] = m.get(x, y) == 1;
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text.length() + " characters", e);
        }
    }

    /** One path of horizontal runs: a few kilobytes for a short address. */
    static String svg(String text) {
        boolean[][] dark = modules(text);
        int size = dark.length + 2 * QUIET_ZONE;
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < dark.length; y++) {
            int x = 0;
            while (x < dark[y].length) {
                if (!dark[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < dark[y].length && dark[y][x]) x++;
                d.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + d + "\"/></svg>";
    }

    static String svgDataUri(String text) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
    }
}
