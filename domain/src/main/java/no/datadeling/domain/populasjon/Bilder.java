package no.datadeling.domain.populasjon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Real image files for the catalogue's graphic elements, made without AWT (the launcher may run headless and without
 * java.desktop): SVG icons with the tool's initials, and PNG illustrations (RGB, 8 bits, one IDAT) of a disc on a
 * gradient. Deterministic: the same input gives the same bytes.
 */
final class Bilder {

    static final int PNG_STORRELSE = 96;

    private Bilder() {
    }

    static byte[] svg(String tittel, String initialer, int rgb) {
        String farge = String.format("#%06x", rgb & 0xFFFFFF);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\" role=\"img\">"
                + "<title>" + xml(tittel) + "</title>"
                + "<rect width=\"64\" height=\"64\" rx=\"12\" fill=\"" + farge + "\"/>"
                + "<circle cx=\"32\" cy=\"32\" r=\"22\" fill=\"#ffffff\" fill-opacity=\"0.25\"/>"
                + "<text x=\"32\" y=\"40\" font-family=\"sans-serif\" font-size=\"22\" font-weight=\"bold\" text-anchor=\"middle\""
                + " fill=\"#ffffff\">" + xml(initialer) + "</text></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png(int rgb) {
        int n = PNG_STORRELSE;
        int r0 = (rgb >> 16) & 0xFF;
        int g0 = (rgb >> 8) & 0xFF;
        int b0 = rgb & 0xFF;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] linje = new byte[1 + 3 * n];
            for (int y = 0; y < n; y++) {
                linje[0] = 0; // filter type None
                for (int x = 0; x < n; x++) {
                    double dx = x - n / 2.0 + 0.5;
                    double dy = y - n / 2.0 + 0.5;
                    boolean skive = dx * dx + dy * dy < (n * 0.3) * (n * 0.3);
                    double lys = 0.55 + 0.45 * y / (n - 1);
                    int i = 1 + 3 * x;
                    linje[i] = (byte) (skive ? 255 : (int) (r0 * lys));
                    linje[i + 1] = (byte) (skive ? 255 : (int) (g0 * lys));
                    linje[i + 2] = (byte) (skive ? 255 : (int) (b0 * lys));
                }
                z.write(linje);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(n);
            h.writeInt(n);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, truecolour RGB, deflate, adaptive filtering, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", raw.toByteArray());
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
