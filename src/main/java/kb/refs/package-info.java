/**
 * {@code kb refs}: references the way editors keep them. Import from a reference manager's export (BibTeX, RIS,
 * CSL-JSON, read with citeproc-java and jbibtex into the CSL data model), export the bibliography back to those
 * formats, add an entry by DOI or PMID, and verify every entry against Crossref and PubMed with a committed cache
 * of their answers. The bibliography file is only ever appended to, through a new file moved into place; its
 * model and checks stay in {@link kb.citation}.
 */
package kb.refs;
