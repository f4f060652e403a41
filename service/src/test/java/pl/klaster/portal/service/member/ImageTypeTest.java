package pl.klaster.portal.service.member;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.DataOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTypeTest {

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void recognisesRealImagesByTheirContent() throws IOException {
        assertThat(ImageType.of(image("png"))).contains("image/png");
        assertThat(ImageType.of(image("jpg"))).contains("image/jpeg");
        assertThat(ImageType.of(image("gif"))).contains("image/gif");
    }

    @Test
    void refusesWhatOnlyPretendsToBeAnImage() throws IOException {
        assertThat(ImageType.of("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8))).isEmpty();
        byte[] png = image("png");
        byte[] truncated = Arrays.copyOf(png, 12);
        assertThat(ImageType.of(truncated)).isEmpty();
        byte[] pngHeaderThenText = Arrays.copyOf(png, 200);
        Arrays.fill(pngHeaderThenText, 8, 200, (byte) 'A');
        assertThat(ImageType.of(pngHeaderThenText)).isEmpty();
        assertThat(ImageType.of(new byte[0])).isEmpty();
        assertThat(ImageType.of(null)).isEmpty();
    }

    /**
     * Issue 24, finding 14: a small file can describe a huge picture. A 12,000 × 12,000 grey PNG (about 140 KB of
     * compressed zeros, 144 MB once decoded) is recognised by its header, with its size, and never decoded.
     */
    @Test
    void finding14_aHugePictureInASmallFileIsMeasuredFromItsHeaderAndNeverDecoded() throws IOException {
        byte[] huge = greyPng(12_000, 12_000);
        assertThat(huge.length).isLessThan(1024 * 1024);
        assertThat(ImageType.header(huge)).contains(new ImageType.Header("image/png", 12_000, 12_000));
        assertThat(ImageType.of(huge)).isEmpty();

        byte[] small = greyPng(300, 200);
        assertThat(ImageType.header(small)).contains(new ImageType.Header("image/png", 300, 200));
        assertThat(ImageType.of(small)).contains("image/png");
        assertThat(ImageType.header(image("jpg"))).contains(new ImageType.Header("image/jpeg", 8, 8));
    }

    /** A valid 8-bit greyscale PNG of that size, every pixel black, written chunk by chunk. */
    static byte[] greyPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(ihdr);
        header.writeInt(width);
        header.writeInt(height);
        header.write(new byte[]{8, 0, 0, 0, 0}); // 8 bits, greyscale, deflate, no filter method, no interlace
        chunk(out, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[width + 1]; // filter type 0, then the row's zeros
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(out, "IDAT", pixels.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.write(name);
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt((int) crc.getValue());
    }
}
