//! (being written) The segmentation and loyalty analyses over a Dataset.
