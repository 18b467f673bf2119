package kb.refs;

import de.undercouch.citeproc.csl.CSLItemData;

/**
 * One reference read from an imported file, in the CSL data model, with where it starts in that file (line and
 * column from 1) and its number in the file, for messages.
 */
record ImportedItem(CSLItemData item, int number, int line, int column) {
}
