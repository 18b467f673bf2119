/**
 * Writing a file whole: {@link kb.files.WholeFile} writes the new content beside the file and moves it into place,
 * so a reader (another build, the preview, an editor's program) sees the old content or the new, never half of
 * it. It knows nothing of pages or sites; every package may use it.
 */
package kb.files;
