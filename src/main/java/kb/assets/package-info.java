/**
 * What of {@code assets/} and {@code content/} is published besides the pages: only files of the types on one
 * allow-list ({@link kb.assets.PublishedTypes}), with names that can be part of a web address
 * ({@link kb.assets.AssetNames}), never anything hidden, and SVG images only once checked like HTML
 * ({@link kb.sanitize.SvgInspector}). Every other file is left out with a message saying what it is and how to fix
 * it ({@link kb.assets.LeftOutFiles}); {@link kb.assets.AssetPublisher} walks both folders and copies the rest,
 * for the full build and the preview alike.
 */
package kb.assets;
