/**
 * The output folder: a build writes into a staging folder beside it, which replaces the output only when the build
 * has no error (two moves, or one atomic swap of a symbolic link); a lock keeps two builds from publishing into the
 * same folder at once, and a preview updates the folder in place ({@link kb.publish.OutputFolder}).
 */
package kb.publish;
