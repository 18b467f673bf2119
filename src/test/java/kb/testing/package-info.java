/** Helpers shared by tests that need a site they can change (copies of the fixture sites), or compare two builds. */
package kb.testing;
