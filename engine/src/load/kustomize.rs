//! Kustomize patches: the files a `kustomization.yaml` lists under `patchesStrategicMerge`, `patches`
//! or `patchesJson6902` are partial manifests (a Deployment with only the fields it changes), not
//! resources. Judging them as resources gives false findings, so they are set aside and listed.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Discovery, Skip};

/// The patch files of one kustomization (display paths), from its text.
fn patches(kustomization: &str, text: &str) -> Vec<String> {
    let Ok(value) = serde_saphyr::from_str::<Value>(text) else {
        return Vec::new();
    };
    let dir = kustomization.rsplit_once('/').map_or("", |(d, _)| d);
    let mut names = Vec::new();
    for key in ["patchesStrategicMerge", "patches", "patchesJson6902"] {
        for item in value.get(key).and_then(Value::as_array).into_iter().flatten() {
            match item {
                Value::String(path) if !path.contains('\n') => names.push(path.clone()),
                Value::Object(entry) => names.extend(entry.get("path").and_then(Value::as_str).map(str::to_owned)),
                _ => {}
            }
        }
    }
    names.into_iter().filter_map(|name| join(dir, &name)).collect()
}

/// `dir/name` with `.` and `..` resolved; `None` when it leaves the scanned tree.
fn join(dir: &str, name: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in name.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// Sets aside the files that the kustomizations found (display path, text) name as patches.
pub fn set_aside_patches(found: &mut Discovery, kustomizations: &[(String, String)]) {
    let mut patched: BTreeMap<String, &str> = BTreeMap::new();
    for (file, text) in kustomizations {
        for patch in patches(file, text) {
            patched.entry(patch).or_insert(file);
        }
    }
    if patched.is_empty() {
        return;
    }
    let mut kept = Vec::with_capacity(found.files.len());
    for file in std::mem::take(&mut found.files) {
        match patched.get(&file.display) {
            Some(by) => found.skipped.push(Skip {
                path: file.display,
                reason: format!(
                    "Kustomize patch listed in {by}: a partial manifest, checked once `kustomize build` renders it"
                ),
            }),
            None => kept.push(file),
        }
    }
    found.files = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_paths_resolve_against_the_kustomization() {
        let text = "resources: [../../base]\npatchesStrategicMerge:\n- add.yaml\n- ./sub/more.yaml\npatches:\n- path: ../shared/p.yaml\n- patch: |-\n    - op: add\npatchesJson6902:\n- target: {kind: Deployment}\n  path: json.yaml\n";
        assert_eq!(
            patches("k8s/overlays/prod/kustomization.yaml", text),
            vec![
                "k8s/overlays/prod/add.yaml",
                "k8s/overlays/prod/sub/more.yaml",
                "k8s/overlays/shared/p.yaml",
                "k8s/overlays/prod/json.yaml"
            ]
        );
        assert!(patches("kustomization.yaml", "patches:\n- path: ../../escape.yaml\n").is_empty());
        assert!(patches("kustomization.yaml", ": not yaml [").is_empty());
    }
}
