//! Kustomize overlays built natively, as `kustomize build` builds them: receives a folder with a
//! `kustomization.yaml` and a way to read files; returns the objects of the build, each remembering
//! the file (and document) it came from, or why it was not built. Order as Kustomize's: resources
//! (files and folders, recursively), generators, components, then patches (strategic merge and JSON
//! 6902, with targets), `namespace`, name prefix/suffix, labels, annotations, replicas and images;
//! references to renamed and hash-suffixed objects follow them.

mod generate;
pub mod locate;
mod merge_patch;
mod replacements;
mod transform;

use serde_json::{Map, Value};

/// One object of a build.
#[derive(Debug, Clone)]
pub struct Object {
    pub value: Value,
    /// The file it was read from (or the kustomization that generated it).
    pub file: String,
    /// Its document in that file.
    pub document: usize,
    /// Names it had before this build renamed it (patches may name any of them).
    pub former_names: Vec<String>,
    /// The strategic merge patches applied to it from patch files: (file, document), in order.
    pub patches: Vec<(String, usize)>,
}

/// Why a build failed; for a file that does not parse, the file, line, column and parser message.
#[derive(Debug, Clone)]
pub struct BuildError {
    pub message: String,
    pub parse: Option<(String, usize, usize, String)>,
}

impl From<String> for BuildError {
    fn from(message: String) -> Self {
        BuildError { message, parse: None }
    }
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

fn fail<T>(message: String) -> Result<T, BuildError> {
    Err(BuildError::from(message))
}

/// Reads a file by path (folders joined with `/`, no `..` left).
pub type Read<'a> = dyn Fn(&str) -> Option<String> + 'a;

const NAMES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/// How deep kustomizations may include one another.
const MAX_DEPTH: usize = 32;

/// The kustomization file of a folder, if it has one.
pub fn kustomization_file(dir: &str, read: &Read<'_>) -> Option<(String, String)> {
    NAMES.iter().map(|n| join(dir, n)).find_map(|path| read(&path).map(|text| (path, text)))
}

/// Builds the kustomization in `dir`.
pub fn build(dir: &str, read: &Read<'_>) -> Result<Vec<Object>, BuildError> {
    build_at(dir, read, Vec::new(), 0)
}

/// `a/b` + `../c` -> `a/c`.
pub fn join(dir: &str, path: &str) -> String {
    let mut parts: Vec<&str> =
        if path.starts_with('/') || dir.is_empty() || dir == "." { Vec::new() } else { dir.split('/').collect() };
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

fn strings(k: &Value, key: &str) -> Vec<String> {
    k.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(|v| v.as_str().map(str::to_owned)).collect()
}

fn build_at(dir: &str, read: &Read<'_>, mut objects: Vec<Object>, depth: usize) -> Result<Vec<Object>, BuildError> {
    if depth > MAX_DEPTH {
        return fail(format!("kustomizations nested more than {MAX_DEPTH} deep at {dir}"));
    }
    let (file, text) = kustomization_file(dir, read).ok_or_else(|| format!("{dir}: no kustomization.yaml"))?;
    let k = parse(&file, &text)?.into_iter().next().unwrap_or(Value::Null);
    for unsupported in ["helmCharts", "transformers", "generators", "vars", "openapi", "crds"] {
        if k.get(unsupported).is_some() {
            return fail(format!("{file}: `{unsupported}` is not supported by the built-in builder"));
        }
    }
    for entry in strings(&k, "resources").iter().chain(&strings(&k, "bases")) {
        if entry.contains("://") || entry.starts_with("github.com/") || entry.starts_with("git@") {
            return fail(format!("{file}: remote resource {entry} is not fetched"));
        }
        let path = join(dir, entry);
        if kustomization_file(&path, read).is_some() {
            objects = build_at(&path, read, objects, depth + 1)?;
        } else if let Some(text) = read(&path) {
            for (document, value) in parse(&path, &text)?.into_iter().enumerate() {
                push_object(&mut objects, value, &path, document);
            }
        } else {
            return fail(format!("{file}: resource {entry} not found"));
        }
    }
    let mut renamed = Vec::new();
    let options = k.get("generatorOptions").cloned().unwrap_or(Value::Null);
    let read_here = |path: &str| read(&join(dir, path));
    for (key, kind) in [("configMapGenerator", "ConfigMap"), ("secretGenerator", "Secret")] {
        for spec in k.get(key).and_then(Value::as_array).into_iter().flatten() {
            let value = generate::generate(kind, spec, &options, &read_here).map_err(|e| format!("{file}: {e}"))?;
            let base = spec.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
            let name = value.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default().to_owned();
            renamed.push((kind.to_owned(), base.clone(), name));
            objects.push(Object {
                value,
                file: file.clone(),
                document: 0,
                former_names: vec![base],
                patches: Vec::new(),
            });
        }
    }
    transform::update_references(&mut objects, &renamed);
    for component in strings(&k, "components") {
        objects = build_at(&join(dir, &component), read, objects, depth + 1)?;
    }
    for path in strings(&k, "patchesStrategicMerge") {
        let (text, from) = match read(&join(dir, &path)) {
            Some(text) => (text, Some(join(dir, &path))),
            None => (path.clone(), None),
        };
        for (document, patch) in parse(&file, &text)?.into_iter().enumerate() {
            let source = from.as_deref().map(|f| (f, document));
            apply_patch(&mut objects, &patch, None, &file, source)?;
        }
    }
    for entry in k.get("patches").and_then(Value::as_array).into_iter().flatten() {
        for (from, document, patch) in patch_documents(entry, dir, read, &file)? {
            let source = from.as_deref().map(|f| (f, document));
            apply_patch(&mut objects, &patch, entry.get("target"), &file, source)?;
        }
    }
    if let Some(ns) = k.get("namespace").and_then(Value::as_str) {
        transform::namespace(&mut objects, ns);
    }
    let prefix = k.get("namePrefix").and_then(Value::as_str).unwrap_or_default();
    let suffix = k.get("nameSuffix").and_then(Value::as_str).unwrap_or_default();
    if !prefix.is_empty() || !suffix.is_empty() {
        for object in &mut objects {
            if let Some(name) = object.value.pointer("/metadata/name").and_then(Value::as_str) {
                object.former_names.push(name.to_owned());
            }
        }
        let renamed = transform::rename(&mut objects, prefix, suffix);
        transform::update_references(&mut objects, &renamed);
    }
    if let Some(Value::Object(pairs)) = k.get("commonLabels") {
        transform::labels(&mut objects, pairs, true, true);
    }
    for entry in k.get("labels").and_then(Value::as_array).into_iter().flatten() {
        let pairs = entry.get("pairs").and_then(Value::as_object).cloned().unwrap_or_default();
        let flag = |key: &str| entry.get(key).and_then(Value::as_bool).unwrap_or(false);
        transform::labels(&mut objects, &pairs, flag("includeSelectors"), flag("includeTemplates"));
    }
    if let Some(Value::Object(pairs)) = k.get("commonAnnotations") {
        transform::annotations(&mut objects, pairs);
    }
    for entry in k.get("patchesJson6902").and_then(Value::as_array).into_iter().flatten() {
        for (_, _, patch) in patch_documents(entry, dir, read, &file)? {
            apply_patch(&mut objects, &patch, entry.get("target"), &file, None)?;
        }
    }
    if let Some(Value::Array(rules)) = k.get("replicas") {
        transform::replicas(&mut objects, rules);
    }
    let image_specs = image_field_specs(&k, dir, read, &file)?;
    if let Some(Value::Array(rules)) = k.get("images") {
        transform::images(&mut objects, rules, &image_specs);
    }
    if let Some(Value::Array(rules)) = k.get("replacements") {
        replacements::apply(&mut objects, rules, &file)?;
    }
    Ok(objects)
}

/// The image field specs of the kustomization's `configurations` files: (kind, path). Other kinds
/// of transformer settings are refused by name (they would change the build unseen).
fn image_field_specs(k: &Value, dir: &str, read: &Read<'_>, file: &str) -> Result<Vec<(String, String)>, BuildError> {
    let mut specs = Vec::new();
    for name in strings(k, "configurations") {
        let path = join(dir, &name);
        let text = read(&path).ok_or_else(|| format!("{file}: configurations file {name} not found"))?;
        for doc in parse(&path, &text)? {
            for (key, value) in doc.as_object().into_iter().flatten() {
                if key != "images" {
                    return fail(format!("{path}: `{key}` field specs are not supported by the built-in builder"));
                }
                for spec in value.as_array().into_iter().flatten() {
                    let kind = spec.get("kind").and_then(Value::as_str).unwrap_or_default().to_owned();
                    let field = spec.get("path").and_then(Value::as_str).unwrap_or_default().to_owned();
                    specs.push((kind, field));
                }
            }
        }
    }
    Ok(specs)
}

fn parse(file: &str, text: &str) -> Result<Vec<Value>, BuildError> {
    crate::normalize::yaml_tree::parse_values(text)
        .map(|docs| docs.into_iter().filter(|d| !d.is_null()).collect())
        .map_err(|e| BuildError {
            message: format!("{file}:{}:{}: {}", e.position.line, e.position.column, e.message),
            parse: Some((file.to_owned(), e.position.line, e.position.column, e.message)),
        })
}

/// Adds a document (a `List`'s items one by one).
fn push_object(objects: &mut Vec<Object>, value: Value, file: &str, document: usize) {
    if value.get("kind").and_then(Value::as_str) == Some("List") {
        for item in value.get("items").and_then(Value::as_array).into_iter().flatten() {
            push_object(objects, item.clone(), file, document);
        }
        return;
    }
    objects.push(Object { value, file: file.to_owned(), document, former_names: Vec::new(), patches: Vec::new() });
}

/// The documents of a `patches`/`patchesJson6902` entry: its `path` file or inline `patch`.
/// Each document with the file it is in (none for an inline patch) and its index there.
type PatchDocument = (Option<String>, usize, Value);

fn patch_documents(entry: &Value, dir: &str, read: &Read<'_>, file: &str) -> Result<Vec<PatchDocument>, BuildError> {
    if let Some(path) = entry.get("path").and_then(Value::as_str) {
        let full = join(dir, path);
        let text = read(&full).ok_or_else(|| format!("{file}: patch file {path} not found"))?;
        return Ok(parse(&full, &text)?.into_iter().enumerate().map(|(i, v)| (Some(full.clone()), i, v)).collect());
    }
    match entry.get("patch") {
        Some(Value::String(text)) => {
            Ok(parse(file, text)?.into_iter().enumerate().map(|(i, v)| (None, i, v)).collect())
        }
        Some(other) => Ok(vec![(None, 0, other.clone())]),
        None => fail(format!("{file}: a patch without `path` or `patch`")),
    }
}

fn text_at<'a>(value: &'a Value, pointer: &str) -> &'a str {
    value.pointer(pointer).and_then(Value::as_str).unwrap_or_default()
}

/// Whether a value matches a target field (Kustomize reads target names as anchored patterns).
fn matches(pattern: Option<&str>, value: &str) -> bool {
    let Some(pattern) = pattern else { return true };
    regex::Regex::new(&format!("^(?:{pattern})$")).map_or(pattern == value, |re| re.is_match(value))
}

pub(super) fn selected(object: &Object, target: &Map<String, Value>) -> bool {
    let field = |key: &str| target.get(key).and_then(Value::as_str);
    let api = text_at(&object.value, "/apiVersion");
    let (group, version) = api.rsplit_once('/').unwrap_or(("", api));
    let names: Vec<&str> = std::iter::once(text_at(&object.value, "/metadata/name"))
        .chain(object.former_names.iter().map(String::as_str))
        .collect();
    let labels_match = |key: &str, pointer: &str| {
        field(key).is_none_or(|selector| {
            selector.split(',').all(|term| match term.split_once('=') {
                Some((k, v)) => {
                    object.value.pointer(pointer).and_then(|l| l.get(k.trim())).and_then(Value::as_str)
                        == Some(v.trim())
                }
                None => object.value.pointer(pointer).and_then(|l| l.get(term.trim())).is_some(),
            })
        })
    };
    matches(field("group"), group)
        && matches(field("version"), version)
        && matches(field("kind"), text_at(&object.value, "/kind"))
        && names.iter().any(|n| matches(field("name"), n))
        && matches(field("namespace"), text_at(&object.value, "/metadata/namespace"))
        && labels_match("labelSelector", "/metadata/labels")
        && labels_match("annotationSelector", "/metadata/annotations")
}

/// Applies one patch document: a list is a JSON patch, a map a strategic merge patch; without a
/// target, a strategic merge patch names its object by kind and name.
fn apply_patch(
    objects: &mut Vec<Object>,
    patch: &Value,
    target: Option<&Value>,
    file: &str,
    source: Option<(&str, usize)>,
) -> Result<(), BuildError> {
    let target = target.and_then(Value::as_object);
    let mut hit = false;
    let deletes = patch.get("$patch").and_then(Value::as_str) == Some("delete");
    let mut deleted = Vec::new();
    for (index, object) in objects.iter_mut().enumerate() {
        let chosen = match target {
            Some(t) => selected(object, t),
            None => {
                let same_kind = text_at(patch, "/kind") == text_at(&object.value, "/kind");
                let name = text_at(patch, "/metadata/name");
                same_kind
                    && (text_at(&object.value, "/metadata/name") == name
                        || object.former_names.iter().any(|n| n == name))
            }
        };
        if !chosen {
            continue;
        }
        hit = true;
        if deletes {
            deleted.push(index);
            continue;
        }
        match patch {
            Value::Array(operations) => {
                merge_patch::json_patch(&mut object.value, operations).map_err(|e| format!("{file}: {e}"))?
            }
            _ => {
                let mut patch = patch.clone();
                if target.is_some()
                    && let Some(meta) = patch.get_mut("metadata").and_then(Value::as_object_mut)
                {
                    // A targeted patch does not rename its targets.
                    meta.remove("name");
                    meta.remove("namespace");
                }
                merge_patch::strategic_merge(&mut object.value, &patch);
                if let Some((from, document)) = source {
                    object.patches.push((from.to_owned(), document));
                }
            }
        }
    }
    for index in deleted.into_iter().rev() {
        objects.remove(index);
    }
    if !hit && target.is_none() {
        return fail(format!(
            "{file}: no resource matches strategic merge patch {}/{}",
            text_at(patch, "/kind"),
            text_at(patch, "/metadata/name")
        ));
    }
    Ok(())
}
