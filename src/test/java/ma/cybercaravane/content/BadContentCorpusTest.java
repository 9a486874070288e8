package ma.cybercaravane.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole real library plus a corpus of malformed files (src/test/resources/bad-content: syntax errors, wrong
 * types, unknown codes, invalid UTF-8, duplicate ids, missing or scripted images, HTML in Markdown, direction
 * overrides, an alias bomb) and a huge file: each bad file gives exactly its file:line problem, nothing else moves.
 */
class BadContentCorpusTest {

    @TempDir
    Path root;

    @Test
    void eachMalformedFileGivesItsOwnFileLineProblemAndTheRestOfTheLibraryStillLoads() throws IOException {
        Path corpus = Path.of("src/test/resources/bad-content");
        int realQuizzes = LibraryLoader.load(Path.of("quizzes")).quizzes().size();
        copy(Path.of("quizzes"), root);
        copy(corpus, root);
        Files.delete(root.resolve("expected.txt"));
        Files.writeString(root.resolve("9-11/huge.yaml"), "id: huge\n#" + "x".repeat(QuizFileReader.MAX_FILE_BYTES));

        Library library = LibraryLoader.load(root);

        List<String> expected = Stream.concat(Files.readAllLines(corpus.resolve("expected.txt")).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")), Stream.of("9-11/huge.yaml:1:content.problem.tooLarge"))
                .sorted().toList();
        String prefix = root.getFileName() + "/";
        assertThat(library.problems().stream().map(p -> p.file().substring(prefix.length()) + ":" + p.line() + ":" + p.key()).sorted().toList())
                .isEqualTo(expected);
        assertThat(library.quizzes()).hasSize(realQuizzes);
        assertThat(library.problems()).allSatisfy(p -> assertThat(p.render(ma.cybercaravane.shared.Language.AR)).doesNotContain("!content."));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
