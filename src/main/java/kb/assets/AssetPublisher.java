package kb.assets;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kb.citation.Bibliography;
import kb.report.Problem;
import kb.report.Rules;
import kb.sanitize.OutsideLinks;
import kb.sanitize.SvgInspector;
import kb.search.SearchSynonyms;
import kb.snippet.SnippetLibrary;

/**
 * Copies into the output what {@code assets/} and {@code content/} may publish besides the pages: files whose type
 * is on {@link PublishedTypes}, that are not hidden, whose names pass {@link AssetNames}, and, for SVG images,
 * that {@link SvgInspector} finds clean. Every other file is reported once with why it was left out
 * ({@link LeftOutFiles}); a hidden folder once for everything in it; a symbolic link that leads outside the site
 * once ({@link OutsideLinks}), while everything else is still copied. The Markdown pages of {@code content/} and
 * its bibliography and search synonyms are the build's to read and are skipped here. JBake's {@code Asset} copies everything but
 * hidden files and has no way to be told what to skip, hence this walk.
 */
public final class AssetPublisher {

    /**
     * What one run copied and refused.
     *
     * @param problems  every file left out, with why
     * @param published the copied files, relative to the output folder ({@code css/site.css})
     * @param refused   site paths ({@code /img/logo.svg}) of files left out with an error: already reported, so a
     *                  link to one needs no second message
     */
    public record Result(List<Problem> problems, SortedSet<String> published, Set<String> refused) {
    }

    private final Path site;
    private final Path output;
    private final List<Problem> problems = new ArrayList<>();
    private final SortedSet<String> published = new TreeSet<>();
    private final Set<String> refused = new HashSet<>();
    private final Set<Path> badFolders = new HashSet<>();
    private final Set<Path> dataFiles;

    private AssetPublisher(Path site, Path output, Set<Path> dataFiles) {
        this.site = site.toAbsolutePath().normalize();
        this.output = output;
        this.dataFiles = dataFiles;
    }

    /** Publishes the files of {@code assets} (if it exists), then those of {@code content}, into {@code output}. */
    public static Result publish(Path site, Path assets, Path content, Path output) {
        return publish(site, assets, content, output, Set.of());
    }

    /**
     * Like {@link #publish(Path, Path, Path, Path)}, leaving out {@code dataFiles} too: files the site's settings
     * name for the build to read (the content types file), wherever the settings put them.
     */
    public static Result publish(Path site, Path assets, Path content, Path output, Set<Path> dataFiles) {
        Set<Path> data = new HashSet<>();
        dataFiles.forEach(file -> data.add(file.toAbsolutePath().normalize()));
        AssetPublisher publisher = new AssetPublisher(site, output, Set.copyOf(data));
        publisher.walk(assets.toAbsolutePath().normalize(), true);
        publisher.walk(content.toAbsolutePath().normalize(), false);
        return new Result(List.copyOf(publisher.problems), publisher.published, Set.copyOf(publisher.refused));
    }

    private void walk(Path root, boolean inAssets) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            // Links are followed (a link to a file inside the site is published like the file) once checked.
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            if (!inAssets && dir.equals(root.resolve(SnippetLibrary.FOLDER))) {
                                return FileVisitResult.SKIP_SUBTREE; // Markdown the build includes in pages
                            }
                            return dir.equals(root) ? FileVisitResult.CONTINUE : folder(dir);
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            file(root, file, attributes, inAssets);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            unreadable(file, e);
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileVisitResult folder(Path dir) {
        Problem outside = OutsideLinks.problem(dir, site);
        if (outside != null) {
            problems.add(outside);
            return FileVisitResult.SKIP_SUBTREE;
        }
        String name = dir.getFileName().toString();
        if (name.startsWith(".") && !name.contains("\\")) {
            problems.add(LeftOutFiles.hiddenFolder(displayName(dir), name));
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    private void file(Path root, Path file, BasicFileAttributes attributes, boolean inAssets) {
        Problem outside = OutsideLinks.problem(file, site);
        if (outside != null) {
            problems.add(outside);
            return;
        }
        String relative = root.relativize(file).toString().replace(File.separatorChar, '/');
        String name = file.getFileName().toString();
        if (!inAssets && (name.endsWith(".md") || relative.equals(Bibliography.FILE_NAME)
                || relative.equals(Bibliography.CHECKS_FILE_NAME) || relative.equals(SearchSynonyms.FILE_NAME)
                || dataFiles.contains(file.toAbsolutePath().normalize()))) {
            return; // a page, the bibliography (and kb refs verify's answers), the search synonyms or the types file: read, not copied
        }
        String shown = displayName(file);
        if (name.contains("\\")) {
            refuse(relative, badName(shown, name));
            return;
        }
        String type = AssetNames.extension(name);
        if (name.startsWith(".") || !PublishedTypes.isPublished(type, inAssets)) {
            Problem problem = LeftOutFiles.file(shown, name, inAssets);
            if (problem.isError()) {
                refuse(relative, problem);
            } else {
                problems.add(problem);
            }
            return;
        }
        if (!foldersAreValid(root, file)) {
            refused.add("/" + relative);
            return;
        }
        if (!AssetNames.isValid(name)) {
            refuse(relative, badName(shown, name));
            return;
        }
        if (PublishedTypes.isSvg(type) && !svgIsClean(file, shown)) {
            refused.add("/" + relative);
            return;
        }
        copy(file, relative, attributes, shown);
    }

    /** Whether every folder between {@code root} and the file has a valid name; a bad one is reported once. */
    private boolean foldersAreValid(Path root, Path file) {
        Path relative = root.relativize(file);
        Path folder = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            folder = folder.resolve(relative.getName(i));
            String name = folder.getFileName().toString();
            if (!AssetNames.isValid(name)) {
                if (badFolders.add(folder)) {
                    problems.add(Problem.error(Rules.ASSET_FILE_NAME, displayName(folder), 0, 0,
                            "folder name \"" + name + "\" cannot be part of a web address, so nothing in it was"
                                    + " published", "rename the folder to " + AssetNames.suggest(name)
                                    + ": lower-case letters a-z, digits and hyphens, as for page names"));
                }
                return false;
            }
        }
        return true;
    }

    private static Problem badName(String shown, String name) {
        return Problem.error(Rules.ASSET_FILE_NAME, shown, 0, 0, "file name \"" + name + "\" cannot be part of a web"
                + " address, so the file was not published", "rename it to " + AssetNames.suggest(name)
                + ": lower-case letters a-z, digits and hyphens, as for page names, and a dot before the file type");
    }

    private boolean svgIsClean(Path file, String shown) {
        String text;
        try {
            // Strictly UTF-8: a file the check cannot read as the browser would (UTF-16, say) is not published.
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(Rules.ASSET_UNSAFE_SVG, shown, 0, 0, "SVG image is not saved as UTF-8, so it"
                    + " cannot be checked and was not published", "save it again as UTF-8 (\"Save as\" in the"
                    + " drawing program, encoding UTF-8)"));
            return false;
        } catch (IOException e) {
            unreadable(file, e);
            return false;
        }
        List<Problem> found = SvgInspector.inspect(text.startsWith("\uFEFF") ? text.substring(1) : text, shown);
        problems.addAll(found);
        return found.isEmpty();
    }

    private void copy(Path file, String relative, BasicFileAttributes attributes, String shown) {
        Path target = output.resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            // Keep the date, as JBake's copy did: web servers send it as Last-Modified.
            Files.setLastModifiedTime(target, attributes.lastModifiedTime());
            published.add(relative);
        } catch (IOException e) {
            problems.add(Problem.error(Rules.ASSETS_COPY, shown, 0, 0, "could not copy the file: " + reason(e),
                    "check file permissions and free disk space"));
        }
    }

    private void refuse(String relative, Problem problem) {
        problems.add(problem);
        refused.add("/" + relative);
    }

    private void unreadable(Path file, IOException e) {
        String message = e instanceof FileSystemLoopException
                ? "symbolic link leads back into a folder that contains it"
                : Files.isSymbolicLink(file) && e instanceof NoSuchFileException
                ? "symbolic link leads to a file that does not exist"
                : "could not read the file: " + reason(e);
        problems.add(Problem.error(Rules.ASSETS_COPY, displayName(file), 0, 0, message,
                "replace the link with the file itself, or check the file's permissions"));
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    private String displayName(Path file) {
        return site.relativize(file.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
    }
}
