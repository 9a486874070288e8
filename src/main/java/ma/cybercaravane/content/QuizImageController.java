package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the pictures of the quizzes folder (never a CDN): only image files, never outside the folder. */
@RestController
class QuizImageController {

    static final String PATH = "/quiz-images/";
    private static final Map<String, MediaType> TYPES = Map.of(
            "svg", MediaType.valueOf("image/svg+xml"), "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG, "jpeg", MediaType.IMAGE_JPEG, "webp", MediaType.valueOf("image/webp"));

    private final ContentService content;

    QuizImageController(ContentService content) {
        this.content = content;
    }

    @GetMapping(PATH + "{*path}")
    ResponseEntity<Resource> image(@PathVariable String path) throws IOException {
        Path root = content.library().root().toAbsolutePath().normalize();
        Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!file.startsWith(root) || !TYPES.containsKey(ext) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TYPES.get(ext))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                // An SVG opened on its own can carry script: forbid it anyway (the validator refuses such files too).
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(file));
    }
}
