//! (being written) Binary form of a Dataset for IndexedDB.
