package ma.cybercaravane.parents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's QR code reads back as the address it was made for, and its SVG is plain (no script, no link). */
class QrCodeTest {

    @Test
    void theQrCodeDecodesToTheAddress() throws Exception {
        String url = "http://192.168.1.20:8080/parents?lang=ar";
        assertThat(decode(QrCode.modules(url))).isEqualTo(url);
    }

    @Test
    void theSvgIsASquareOfPathsOnly() {
        String svg = QrCode.svg("http://caravane.local/parents?lang=fr");
        int size = QrCode.modules("http://caravane.local/parents?lang=fr").length + 2 * QrCode.QUIET_ZONE;
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\"")
                .doesNotContain("script").doesNotContain("href").contains("<path");
        assertThat(QrCode.svgDataUri("x")).startsWith("data:image/svg+xml;base64,");
    }

    /** Draws the modules 4 px each with the quiet zone, and reads them with ZXing's decoder. */
    static String decode(boolean[][] modules) throws Exception {
        int scale = 4;
        int size = (modules.length + 2 * QrCode.QUIET_ZONE) * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (!modules[y][x]) continue;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[((y + QrCode.QUIET_ZONE) * scale + dy) * size + (x + QrCode.QUIET_ZONE) * scale + dx] = 0;
                    }
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)))).getText();
    }
}
