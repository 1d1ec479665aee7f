package org.mesta.base;

/**
 * One feature's share of "My data", the download of everything Mesta keeps about a person. Every feature that
 * stores personal data contributes a bean; the download collects them all, so a new feature cannot be forgotten
 * without a test noticing.
 */
public interface PersonalData {

    /** The folder of this part in the download, e.g. "badges". */
    String part();

    /** Writes what this feature keeps about the person: JSON documents and files, named inside the part. */
    void export(long accountId, String email, Sink sink);

    /** Where a part writes: values become JSON documents; files are kept as they are. */
    interface Sink {
        void json(String name, Object value);

        void file(String name, byte[] bytes);
    }
}
