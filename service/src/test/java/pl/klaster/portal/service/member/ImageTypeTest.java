package pl.klaster.portal.service.member;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
}
