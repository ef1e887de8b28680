//! (being written) Generated demo customers.
