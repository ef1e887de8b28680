//! (being written) CSV/TSV import.
