//! 4 REPORT: the report model and one pure renderer per output format.

pub mod model;
pub mod summary;
