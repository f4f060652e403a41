package pl.klaster.portal.service.member;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Recognises an uploaded image from its content, not its name or the browser's claim: PNG, JPEG or GIF, by the
 * file's signature and by decoding it. Anything else (including a file that only starts like an image) is none.
 */
public final class ImageType {

    private ImageType() {
    }

    /** The MIME type of the image, or empty when the bytes are not a PNG, JPEG or GIF image. */
    public static Optional<String> of(byte[] data) {
        if (data == null || data.length < 8) {
            return Optional.empty();
        }
        String type;
        if ((data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            type = "image/png";
        } else if ((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            type = "image/jpeg";
        } else if (data[0] == 'G' && data[1] == 'I' && data[2] == 'F' && data[3] == '8') {
            type = "image/gif";
        } else {
            return Optional.empty();
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(data)) == null ? Optional.empty() : Optional.of(type);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
