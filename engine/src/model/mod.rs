//! The model every stage shares: resources as rules see them (with their source locations), severities,
//! finding fingerprints, source text (decoding, line and column), and the limits against hostile input.

pub mod drift_state;
pub mod fingerprint;
pub mod limits;
pub mod resource;
pub mod severity;
pub mod text;
