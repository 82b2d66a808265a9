//! `tollgate ask`: questions over the resource model, answered by a Rego query that runs locally (the
//! user's own, or a model's written from the estate's shape): the shape a model sees, the prompt, and
//! the query runner with its guards.

pub mod prompt;
pub mod query;
pub mod shape;
