//! `helm:` in `.tollgate.yaml`: per chart folder, the values files (inside the chart) and inline
//! values merged over `values.yaml`, in that order, and the release name and namespace, as
//! `helm template --values F --set ...` would be given them.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelmConfig {
    /// Chart folder (as scanned: `charts/web`) -> how to render it.
    #[serde(default)]
    pub charts: BTreeMap<String, ChartSettings>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSettings {
    /// Values files, relative to the chart folder, merged in order over `values.yaml`.
    #[serde(default)]
    pub values_files: Vec<String>,
    /// Values merged last (as `--set` would).
    #[serde(default)]
    pub values: serde_json::Map<String, serde_json::Value>,
    pub release: Option<String>,
    pub namespace: Option<String>,
}

impl HelmConfig {
    /// The settings of a chart folder (`.` or `` for the top folder).
    pub fn chart(&self, folder: &str) -> Option<&ChartSettings> {
        let folder = folder.trim_end_matches('/');
        self.charts
            .iter()
            .find(|(k, _)| {
                k.trim_end_matches('/').trim_start_matches("./") == folder || (folder.is_empty() && k.as_str() == ".")
            })
            .map(|(_, v)| v)
    }
}

/// Merges `over` into `base` deeply (maps merge, anything else replaces).
pub fn merge_values(base: &mut serde_json::Value, over: &serde_json::Value) {
    match (base, over) {
        (serde_json::Value::Object(b), serde_json::Value::Object(o)) => {
            for (key, value) in o {
                match b.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => merge_values(existing, value),
                    _ => {
                        b.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (base, over) => *base = over.clone(),
    }
}
