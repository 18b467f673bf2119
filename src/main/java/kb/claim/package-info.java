/**
 * Uncited claims, found while a page's Markdown is parsed: {@link kb.claim.ClaimFinder} walks the paragraphs and
 * list items (skipping tables, code, practice-labelled text and the references section) and
 * {@link kb.claim.Sentences} decides which sentences state a figure or lean on research with no citation after
 * them. The finding is kept as a fact of the page; the validator only reports it. It reads the citation and
 * call-out nodes of {@code kb.citation} and {@code kb.callout}, so it sits above both.
 */
package kb.claim;
