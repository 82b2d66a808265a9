//! Stage 1c, overlays: each top Kustomize overlay (a `kustomization.yaml` no other one includes) is
//! built, and its objects are scanned as built: grouped by the file each came from, written out with
//! every line traced to that file's line. The files an overlay consumes are then not scanned on
//! their own (listed as skipped, naming the overlay), so nothing is reported twice; a base no overlay
//! here includes is scanned as it is. An overlay that does not build is a `kustomize-not-built`
//! warning with the reason, and its files are scanned as they are.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde_json::Value;

use super::overlay_cache::build_cached;
use super::state::Run;
use crate::load::{FileRef, Format, LineOrigin, RenderedFrom, Skip, dir_of};
use crate::normalize::yaml_tree::parse_documents;
use crate::render::kustomize::locate::Located;
use crate::render::kustomize::{self, Object};
use crate::report::model::Warning;

pub(super) fn stage(run: &mut Run<'_>, progress: &dyn super::Progress) {
    progress.stage("building Kustomize overlays", 0);
    if run.discovery.kustomizations.is_empty() {
        return;
    }
    let memory: BTreeMap<String, Arc<[u8]>> =
        run.discovery.memory_files.iter().map(|f| (f.display.clone(), f.data.clone())).collect();
    let in_memory = !run.discovery.memory_files.is_empty();
    // Each file is read once: builds share bases, and the stage reads sources and patches again.
    let texts: Mutex<BTreeMap<String, Option<String>>> = Default::default();
    let read = |path: &str| -> Option<String> {
        if let Some(text) = texts.lock().ok().and_then(|t| t.get(path).cloned()) {
            return text;
        }
        let text = if in_memory {
            memory.get(path).map(|b| String::from_utf8_lossy(b).into_owned())
        } else {
            std::fs::read_to_string(path).ok()
        };
        if let Ok(mut texts) = texts.lock() {
            texts.insert(path.to_owned(), text.clone());
        }
        text
    };
    let tops = top_overlays(&run.discovery.kustomizations);
    // The overlays build in parallel; their outcomes are taken in overlay order.
    let cache = run.cache.as_ref();
    let built: Vec<_> = tops
        .par_iter()
        .map(|(file, dir)| {
            let read: &kustomize::Read<'_> = &|path: &str| read(path);
            build_cached(cache, dir, read, |read| {
                kustomize::build(dir, read).map(|objects| built_files_of(file, &objects, read))
            })
        })
        .collect();
    let mut consumed: BTreeMap<String, String> = BTreeMap::new();
    let mut built_files = Vec::new();
    for ((file, dir), outcome) in tops.into_iter().zip(built) {
        match outcome {
            Ok(files) => {
                for built in files {
                    if built.display != file {
                        consumed.entry(built.display.clone()).or_insert_with(|| display_dir(&dir));
                    }
                    built_files.push(built);
                }
            }
            // A file of the overlay that does not parse is a parse error (exit 2), at its line.
            Err(kustomize::BuildError { parse: Some((file, line, column, message)), .. }) => {
                // A resource file is read on its own too, and reports its own error.
                if run.discovery.files.iter().any(|f| f.display == file) {
                    continue;
                }
                run.errors.push(crate::report::model::ReportError {
                    kind: "parse".into(),
                    file,
                    line,
                    column,
                    message: format!("{message} (read by the Kustomize overlay {})", display_dir(&dir)),
                    rule_id: None,
                });
            }
            Err(reason) => run.render_warnings.push(Warning {
                code: "kustomize-not-built".into(),
                message: format!(
                    "overlay {} not built: {reason}; its files are scanned as they are",
                    display_dir(&dir)
                ),
                file: Some(file.clone()),
                line: None,
            }),
        }
    }
    let files = std::mem::take(&mut run.discovery.files);
    for file in files {
        match consumed.get(&file.display) {
            Some(overlay) => run.discovery.skipped.push(Skip {
                path: file.display.clone(),
                reason: format!("scanned as built by the Kustomize overlay {overlay}"),
            }),
            None => run.discovery.files.push(file),
        }
    }
    // With `--shard`, each built file belongs to the shard that owns its path.
    let shard = run.options.shard;
    run.discovery.files.extend(built_files.into_iter().filter(|f| shard.is_none_or(|s| s.owns(&f.display))));
}

/// The files an overlay's objects came from, each written out as built with its lines traced to the
/// source and the patches applied.
fn built_files_of(file: &str, objects: &[Object], read: &kustomize::Read<'_>) -> Vec<FileRef> {
    // Every patch file applied, parsed once.
    let mut patch_docs: BTreeMap<String, Vec<crate::normalize::yaml_tree::YamlDoc>> = BTreeMap::new();
    for (patch, _) in objects.iter().flat_map(|o| &o.patches) {
        if !patch_docs.contains_key(patch) {
            let parsed = read(patch).and_then(|t| parse_documents(&t).ok()).unwrap_or_default();
            patch_docs.insert(patch.clone(), parsed);
        }
    }
    let mut files = Vec::new();
    for (source, group) in by_source(objects) {
        let Some(text) = read(&source) else { continue };
        let docs = parse_documents(&text).unwrap_or_default();
        let located: Vec<Located<'_>> = group
            .iter()
            .map(|o| Located {
                value: &o.value,
                source: (o.file != file).then(|| docs.get(o.document)).flatten(),
                patches: o
                    .patches
                    .iter()
                    .filter_map(|(f, d)| patch_docs.get(f).and_then(|docs| docs.get(*d)).map(|doc| (f.as_str(), doc)))
                    .collect(),
            })
            .collect();
        let written = kustomize::locate::write(&located);
        let origins: Vec<Option<LineOrigin>> = written
            .patched
            .into_iter()
            .map(|p| p.map(|(file, line)| LineOrigin { file, line, role: "patch" }))
            .collect();
        files.push(FileRef {
            path: Path::new(&source).to_path_buf(),
            display: source.clone(),
            format: Format::Yaml,
            data: Some(Arc::from(written.text.into_bytes())),
            rendered: Some(Arc::new(RenderedFrom { template: Arc::from(text), lines: written.lines, origins })),
        });
    }
    files
}

fn display_dir(dir: &str) -> String {
    if dir.is_empty() { ".".into() } else { dir.to_owned() }
}

/// Objects by the file they came from, in file order.
fn by_source(objects: &[Object]) -> BTreeMap<String, Vec<&Object>> {
    let mut groups: BTreeMap<String, Vec<&Object>> = BTreeMap::new();
    for object in objects {
        groups.entry(object.file.clone()).or_default().push(object);
    }
    groups
}

/// The overlays no other overlay includes (as a resource, base or component): (file, folder).
fn top_overlays(kustomizations: &[(String, String)]) -> Vec<(String, String)> {
    let dirs: BTreeSet<String> = kustomizations.iter().map(|(f, _)| dir_key(f)).collect();
    let mut included = BTreeSet::new();
    for (file, text) in kustomizations {
        let Ok(value) = serde_saphyr::from_str::<Value>(text) else { continue };
        let dir = dir_key(file);
        for key in ["resources", "bases", "components"] {
            for entry in value.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                let target = kustomize::join(&dir, entry);
                if dirs.contains(&target) {
                    included.insert(target);
                }
            }
        }
        if value.get("kind").and_then(Value::as_str) == Some("Component") {
            included.insert(dir.clone());
        }
    }
    kustomizations
        .iter()
        .filter(|(f, _)| !included.contains(&dir_key(f)))
        .map(|(f, _)| (f.clone(), dir_key(f)))
        .collect()
}

/// A kustomization's folder as `kustomize::join` writes paths (`` for the top).
fn dir_key(file: &str) -> String {
    let dir = dir_of(file);
    if dir == "." { String::new() } else { dir.to_owned() }
}
