//! RENDER: sources that become Kubernetes manifests only once rendered. Receives a chart's files (and
//! the user's values); returns rendered documents that remember, line by line, the template line
//! they came from, so findings point at what a user edits.

pub mod helm;
