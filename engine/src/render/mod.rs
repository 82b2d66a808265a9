//! RENDER: sources that become Kubernetes manifests only once rendered (Helm charts, Kustomize
//! overlays). Receives a chart's files and the user's values, or an overlay's folder; returns the
//! documents, each remembering where it came from (a template's lines, a base file), so findings
//! point at what a user edits.

pub mod helm;
pub mod kustomize;
pub mod to_yaml;
